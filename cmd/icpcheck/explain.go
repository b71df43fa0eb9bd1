package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/spf13/pflag"

	"github.com/icpcheck/icpcheck/engine"
	"github.com/icpcheck/icpcheck/output"
)

type explainFlags struct {
	policies  []string
	noBuiltin bool
	data      []string
	asOf      string
	filing    string
	noColor   bool
}

func explainCommand() command {
	return command{
		name:    "explain",
		args:    "[flags] FILE",
		summary: "a person's report: each domain's accessibility and each action's consequences, with reasons",
		example: `icpcheck explain fixtures/filings/icp101-dns-at-provider-without-access.json
icpcheck explain fixtures/plans/clean-migration.json`,
		flags: func(fs *pflag.FlagSet) any {
			f := &explainFlags{}
			fs.StringArrayVarP(&f.policies, "policy", "p", nil, "Rego `path` (file or folder) evaluated with the embedded policies (repeatable)")
			fs.BoolVar(&f.noBuiltin, "no-builtin", false, "evaluate only the -p policies, not the embedded ones")
			fs.StringArrayVarP(&f.data, "data", "d", nil, "JSON or YAML `file` merged over the embedded data (repeatable)")
			fs.StringVar(&f.asOf, "as-of", "", "judge as of this `time` (RFC 3339 or YYYY-MM-DD) instead of the snapshot's as_of")
			fs.StringVar(&f.filing, "filing", "", "for a plan, the filing snapshot `file` it acts on, instead of its \"filing\"")
			fs.BoolVar(&f.noColor, "no-color", false, "never colour the output (colour is used only on a terminal)")
			return f
		},
		run: func(ctx context.Context, a *app, v any, args []string) int {
			f := v.(*explainFlags)
			c := command{name: "explain"}
			if len(args) != 1 {
				return a.usageFailure(c, usageError{"give one snapshot or plan to explain"})
			}
			opts := engine.Options{Filing: f.filing, Jobs: 1, Before: true}
			if f.asOf != "" {
				t, err := parseTime(f.asOf)
				if err != nil {
					return a.usageFailure(c, err)
				}
				opts.AsOf = t
			}
			eng, err := engine.New(ctx, engine.Config{Pack: a.pack, NoBuiltin: f.noBuiltin, Policies: f.policies, Data: f.data})
			if err != nil {
				fmt.Fprintf(a.stderr, "icpcheck explain: %v\n", err)
				return exitError
			}
			formatOpts := output.Options{Color: a.colorAllowed(f.noColor), Rules: eng.Rules()}
			var sum output.Summary
			err = eng.Check(ctx, engine.Inputs(args, a.stdin, 0), opts, func(r engine.Result) error {
				sum.Add(r)
				return output.Explain(a.stdout, r, formatOpts)
			})
			var intr *engine.Interrupted
			if errors.As(err, &intr) {
				return a.interrupted("explain", intr)
			}
			if err != nil {
				return a.writeFailure("explain", err)
			}
			return exitCode(sum, false)
		},
	}
}
