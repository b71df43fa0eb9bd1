package main

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/spf13/pflag"

	"github.com/icpcheck/icpcheck/engine"
	"github.com/icpcheck/icpcheck/output"
)

type planFlags struct {
	filing    string
	regions   []string
	policies  []string
	noBuiltin bool
	data      []string
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
		flags: func(fs *pflag.FlagSet) any {
			f := &planFlags{}
			fs.StringVar(&f.filing, "filing", "", "the filing snapshot `file` the Terraform plan acts on (required)")
			fs.StringArrayVar(&f.regions, "region", nil, "`PROVIDER=REGION` of resources whose region only the environment sets (repeatable)")
			fs.StringArrayVarP(&f.policies, "policy", "p", nil, "Rego `path` (file or folder) evaluated with the embedded policies (repeatable)")
			fs.BoolVar(&f.noBuiltin, "no-builtin", false, "evaluate only the -p policies, not the embedded ones")
			fs.StringArrayVarP(&f.data, "data", "d", nil, "JSON or YAML `file` merged over the embedded data, e.g. a region table (repeatable)")
			return f
		},
		run: func(ctx context.Context, a *app, v any, args []string) int {
			return a.fromTerraform(ctx, v.(*planFlags), args)
		},
	}
}

func (a *app) fromTerraform(ctx context.Context, f *planFlags, args []string) int {
	c := command{name: "plan"}
	if len(args) != 2 || args[0] != "from-terraform" {
		return a.usageFailure(c, usageError{"usage: icpcheck plan from-terraform --filing SNAPSHOT FILE"})
	}
	regions, err := parseRegions(f.regions)
	if err != nil {
		return a.usageFailure(c, err)
	}
	eng, err := engine.New(ctx, engine.Config{Pack: a.pack, NoBuiltin: f.noBuiltin, Policies: f.policies, Data: f.data})
	if err != nil {
		fmt.Fprintf(a.stderr, "icpcheck plan: %v\n", err)
		return exitError
	}
	opts := engine.Options{Filing: f.filing, Regions: regions}
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
		fmt.Fprintf(a.stderr, "icpcheck plan: left out (ICP906): %s\n", msg)
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
