package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/spf13/pflag"

	"github.com/icpcheck/icpcheck/engine"
	"github.com/icpcheck/icpcheck/output/catalogue"
)

type rulesFlags struct {
	output    string
	policies  []string
	noBuiltin bool
}

func rulesCommand() command {
	return command{
		name:    "rules",
		args:    "[flags]",
		summary: "list the rule catalogue, from the policies' METADATA",
		example: `icpcheck rules
icpcheck rules -o markdown > RULES.md
icpcheck rules -p company-policies/ -o json`,
		setup: func(fs *pflag.FlagSet) runFunc {
			f := &rulesFlags{}
			fs.StringVarP(&f.output, "output", "o", "text", "output `format`: "+strings.Join(catalogue.Formats(), ", "))
			annotateValues(fs, "output", catalogue.Formats())
			fs.StringArrayVarP(&f.policies, "policy", "p", nil, "Rego `path` (file or folder) whose rules join the catalogue (repeatable)")
			fs.BoolVar(&f.noBuiltin, "no-builtin", false, "list only the -p policies' rules")
			return func(ctx context.Context, a *app, args []string) int {
				c := command{name: "rules"}
				if len(args) > 0 {
					return a.usageFailure(c, usageError{"rules takes no arguments"})
				}
				if err := catalogue.CheckFormat(f.output); err != nil {
					return a.usageFailure(c, err)
				}
				eng, err := engine.New(ctx, engine.Config{Pack: a.pack, Policies: f.policies, NoBuiltin: f.noBuiltin})
				if err != nil {
					fmt.Fprintf(a.stderr, "icpcheck rules: %v\n", err)
					return exitError
				}
				if err := catalogue.Write(a.stdout, f.output, eng.Rules()); err != nil {
					return a.writeFailure("rules", err)
				}
				return exitOK
			}
		},
	}
}
