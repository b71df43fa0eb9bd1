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
	data      []string
	province  string
	provider  string
	config    configFlags // the policies and data the checking commands use
	lang      string
}

func rulesCommand() command {
	return command{
		name:    "rules",
		args:    "[flags]",
		summary: "list the rule catalogue, from the policies' METADATA, and the province and provider variations",
		example: `icpcheck rules
icpcheck rules -o markdown > RULES.md
icpcheck rules -p company-policies/ -o json
icpcheck rules --province HN --provider tencent-cloud`,
		setup: func(fs *pflag.FlagSet) runFunc {
			f := &rulesFlags{}
			fs.StringVarP(&f.output, "output", "o", "text", "output `format`: "+strings.Join(catalogue.Formats(), ", "))
			annotateValues(fs, "output", catalogue.Formats())
			fs.StringArrayVarP(&f.policies, "policy", "p", nil, "Rego `path` (file or folder) whose rules join the catalogue (repeatable)")
			fs.BoolVar(&f.noBuiltin, "no-builtin", false, "list only the -p policies' rules")
			fs.StringArrayVarP(&f.data, "data", "d", nil, "JSON or YAML `file` merged over the embedded data (repeatable)")
			fs.StringVar(&f.province, "province", "", "list only this province's variations (a `code` such as HN)")
			fs.StringVar(&f.provider, "provider", "", "list only this provider's variations (its `name`: an id such as tencent-cloud, or an alias such as aliyun or 腾讯云)")
			f.config.register(fs)
			registerLang(fs, &f.lang)
			return func(ctx context.Context, a *app, args []string) int {
				c := command{name: "rules"}
				if len(args) > 0 {
					return a.usageFailure(c, usageError{"rules takes no arguments"})
				}
				cfg, err := f.config.load(a)
				if err != nil {
					return a.usageFailure(c, err)
				}
				fromConfig(fs, "policy", cfg, "policies", func() { f.policies = cfg.Policies })
				fromConfig(fs, "data", cfg, "data", func() { f.data = cfg.Data })
				if err := resolveLang(a, fs, cfg, &f.lang); err != nil {
					return a.usageFailure(c, err)
				}
				if err := catalogue.CheckFormat(f.output); err != nil {
					return a.usageFailure(c, err)
				}
				eng, err := engine.New(ctx, engine.Config{Pack: a.pack, Policies: f.policies, NoBuiltin: f.noBuiltin, Data: f.data})
				if err != nil {
					fmt.Fprintf(a.stderr, "icpcheck rules: %v\n", err)
					return exitError
				}
				all, err := eng.Variations(ctx, f.lang, f.provider)
				if err != nil {
					fmt.Fprintf(a.stderr, "icpcheck rules: %v\n", err)
					return exitError
				}
				variations, err := catalogue.Select(all, f.province, all.Provider)
				if err != nil {
					return a.usageFailure(c, err)
				}
				if err := catalogue.Write(a.stdout, f.output, catalogue.Catalogue{Rules: localRules(eng.Rules(), f.lang), Variations: variations, Lang: f.lang}); err != nil {
					return a.writeFailure("rules", err)
				}
				return exitOK
			}
		},
	}
}
