package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/spf13/pflag"

	"github.com/icpcheck/icpcheck/engine"
	"github.com/icpcheck/icpcheck/internal/suppress"
	"github.com/icpcheck/icpcheck/output"
)

// explainFlags are the groups explain shares with validate and check:
// it reports to a person, so it has no -o, limits or baseline.
type explainFlags struct {
	judgingFlags
	output outputFlags // --no-color and --lang only
}

func explainCommand() command {
	return command{
		name:    "explain",
		args:    "[flags] FILE",
		summary: "a person's report: each domain's accessibility and each action's consequences, with reasons",
		example: `icpcheck explain fixtures/filings/icp101-dns-at-provider-without-access.json
icpcheck explain fixtures/plans/clean-migration.json`,
		setup: func(fs *pflag.FlagSet) runFunc {
			f := &explainFlags{}
			f.policy.register(fs)
			f.document.register(fs)
			f.output.registerPerson(fs)
			f.config.register(fs)
			return func(ctx context.Context, a *app, args []string) int {
				return a.explain(ctx, f, fs, args)
			}
		},
	}
}

func (a *app) explain(ctx context.Context, f *explainFlags, fs *pflag.FlagSet, args []string) int {
	c := command{name: "explain"}
	if len(args) != 1 {
		return a.usageFailure(c, usageError{"give one snapshot or plan to explain"})
	}
	cfg, opts, err := f.settle(a, fs)
	if err != nil {
		return a.usageFailure(c, err)
	}
	if err := resolveLang(a, fs, cfg, &f.output.lang); err != nil {
		return a.usageFailure(c, err)
	}
	opts.Jobs, opts.Before, opts.Lang = 1, true, f.output.lang
	eng, err := engine.New(ctx, f.policy.engineConfig(a.pack))
	if err != nil {
		fmt.Fprintf(a.stderr, "icpcheck explain: %v\n", err)
		return exitError
	}
	formatOpts := f.output.options(a, eng.Rules())
	suppressor := suppress.New(cfg.ExceptionList(), nil, a.now(), eng.Rules())
	suppressor.Lang = f.output.lang
	var sum output.Summary
	err = eng.Check(ctx, engine.Inputs(args, a.stdin, 0), opts, func(r engine.Result) error {
		nameFlags(r.Err)
		suppressor.Apply(&r)
		sum.Add(r)
		return output.Explain(a.stdout, r, formatOpts)
	})
	a.writeNotices("explain", suppressor.Notices(), f.output.lang)
	var intr *engine.Interrupted
	if errors.As(err, &intr) {
		return a.interrupted("explain", intr)
	}
	if err != nil {
		return a.writeFailure("explain", err)
	}
	return exitCode(sum, false)
}
