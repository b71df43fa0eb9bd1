package main

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/spf13/pflag"

	"github.com/icpcheck/icpcheck/engine"
	"github.com/icpcheck/icpcheck/output"
)

// planFlags are the groups plan from-terraform shares with check: the
// policies and data, and the snapshot and regions the plan is judged with.
type planFlags struct {
	judgingFlags
	lang string // of ICP906's notes on what the plan leaves out
}

// planCommand is `icpcheck plan from-terraform`: it prints the
// DeploymentPlan that the policies derive from a Terraform plan, so that a
// person can review what `check` judges.
func planCommand() command {
	return command{
		name:    "plan",
		args:    "from-terraform --filing SNAPSHOT [flags] FILE|-",
		summary: "print the DeploymentPlan derived from a Terraform plan (terraform show -json)",
		example: `icpcheck plan from-terraform --filing filings/current.json tf.json
icpcheck plan from-terraform --filing filings/current.json --region alibaba-cloud=cn-hangzhou tf.json > plan.json`,
		argValues: []string{"from-terraform"},
		setup: func(fs *pflag.FlagSet) runFunc {
			f := &planFlags{}
			f.policy.register(fs)
			f.document.register(fs)
			f.config.register(fs)
			registerLang(fs, &f.lang)
			return func(ctx context.Context, a *app, args []string) int {
				return a.fromTerraform(ctx, f, fs, args)
			}
		},
	}
}

func (a *app) fromTerraform(ctx context.Context, f *planFlags, fs *pflag.FlagSet, args []string) int {
	c := command{name: "plan"}
	if len(args) != 2 || args[0] != "from-terraform" {
		return a.usageFailure(c, usageError{"usage: icpcheck plan from-terraform --filing SNAPSHOT FILE"})
	}
	cfg, opts, err := f.settle(a, fs)
	if err != nil {
		return a.usageFailure(c, err)
	}
	if err := resolveLang(a, fs, cfg, &f.lang); err != nil {
		return a.usageFailure(c, err)
	}
	opts.Lang = f.lang
	eng, err := engine.New(ctx, f.policy.engineConfig(a.pack))
	if err != nil {
		fmt.Fprintf(a.stderr, "icpcheck plan: %v\n", err)
		return exitError
	}
	var in engine.Input
	for doc := range engine.Inputs(args[1:], a.stdin, 0) {
		in = doc
		break
	}
	plan, unresolved, ierr := eng.DerivePlan(ctx, in, opts)
	if ierr != nil {
		nameFlags(ierr)
		fmt.Fprintf(a.stderr, "icpcheck plan: %s\n", output.ErrorLine(in.Name, ierr))
		return exitError
	}
	out, err := json.MarshalIndent(inKindOrder(plan), "", "  ")
	if err != nil {
		fmt.Fprintf(a.stderr, "icpcheck plan: %v\n", err)
		return exitError
	}
	if _, err := fmt.Fprintf(a.stdout, "%s\n", out); err != nil {
		return a.writeFailure("plan", err)
	}
	// What the plan leaves out goes to standard error, so that the plan on
	// standard output stays a document of its own.
	for _, msg := range unresolved {
		fmt.Fprintf(a.stderr, "icpcheck plan: %s\n", msg)
	}
	return exitOK
}

// inKindOrder puts kind and version before actions, as people write a
// DeploymentPlan; a plan with other members (a user's own policy) is
// printed as it is.
func inKindOrder(plan any) any {
	m, ok := plan.(map[string]any)
	if !ok || len(m) != 3 || m["kind"] == nil || m["version"] == nil || m["actions"] == nil {
		return plan
	}
	return struct {
		Kind    any `json:"kind"`
		Version any `json:"version"`
		Actions any `json:"actions"`
	}{m["kind"], m["version"], m["actions"]}
}
