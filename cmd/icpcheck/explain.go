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
	config   configFlags
	policy   policyFlags
	output   outputFlags // --no-color only
	document documentFlags
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
			f.output.registerColor(fs)
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
	cfg, err := f.config.load(a)
	if err != nil {
		return a.usageFailure(c, err)
	}
	f.policy.applyConfig(fs, cfg)
	f.document.applyConfig(fs, cfg)
	opts, err := f.document.options()
	if err != nil {
		return a.usageFailure(c, err)
	}
	opts.Jobs, opts.Before = 1, true
	eng, err := engine.New(ctx, f.policy.engineConfig(a.pack))
	if err != nil {
		fmt.Fprintf(a.stderr, "icpcheck explain: %v\n", err)
		return exitError
	}
	formatOpts := f.output.options(a, eng.Rules())
	suppressor := suppress.New(cfg.ExceptionList(), nil, a.now(), eng.Rules())
	var sum output.Summary
	err = eng.Check(ctx, engine.Inputs(args, a.stdin, 0), opts, func(r engine.Result) error {
		nameFlags(r.Err)
		suppressor.Apply(&r)
		sum.Add(r)
		return output.Explain(a.stdout, r, formatOpts)
	})
	a.writeNotices("explain", suppressor.Notices())
	var intr *engine.Interrupted
	if errors.As(err, &intr) {
		return a.interrupted("explain", intr)
	}
	if err != nil {
		return a.writeFailure("explain", err)
	}
	return exitCode(sum, false)
}
