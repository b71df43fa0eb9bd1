package engine

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	tfjson "github.com/hashicorp/terraform-json"
	"github.com/open-policy-agent/opa/v1/ast"
)

// A Terraform plan is the JSON of `terraform show -json tf.plan`. It has no
// "kind": it is recognised by the members Terraform writes. Its format is
// checked with HashiCorp's own decoder (terraform-json); the conversion to a
// DeploymentPlan is Rego (package icp.terraform), so that an OPA server with
// the bundle answers the same.

// terraformMembers are top-level members of Terraform's JSON output, any of
// which marks a document without "kind" as Terraform's.
var terraformMembers = []string{"format_version", "terraform_version", "resource_changes", "planned_values", "prior_state"}

func looksLikeTerraform(doc map[string]any) bool {
	for _, m := range terraformMembers {
		if _, ok := doc[m]; ok {
			return true
		}
	}
	return false
}

// checkTerraform accepts a plan of format 1.x that did not error, and says
// what the document is otherwise.
func checkTerraform(doc map[string]any) *InputError {
	if doc["errored"] == true {
		return &InputError{Pointer: "/errored", Message: "the Terraform plan errored (\"errored\": true): its changes are not the ones apply would make; fix the errors terraform plan printed and plan again"}
	}
	_, hasChanges := doc["resource_changes"]
	_, hasPlanned := doc["planned_values"]
	if _, hasValues := doc["values"]; hasValues && !hasChanges && !hasPlanned {
		return &InputError{Message: "this is a Terraform state (terraform show -json of a state), not a plan: save the plan with terraform plan -out tf.plan and give the output of terraform show -json tf.plan"}
	}
	version, _ := doc["format_version"].(string)
	if version == "" {
		return &InputError{Pointer: "/format_version", Message: "a Terraform plan without \"format_version\": give the output of terraform show -json tf.plan (format 1.x)"}
	}
	if major, _, _ := strings.Cut(version, "."); major != "1" {
		return &InputError{Pointer: "/format_version", Message: fmt.Sprintf("Terraform plan format_version %q is not supported: icpcheck reads format 1.x (terraform show -json of Terraform 1.x)", version)}
	}
	raw, err := json.Marshal(doc)
	if err != nil {
		return &InputError{Message: "Terraform plan: " + err.Error()}
	}
	var plan tfjson.Plan
	plan.UseJSONNumber(true)
	if err := plan.UnmarshalJSON(raw); err != nil {
		return &InputError{Message: "not a Terraform plan as terraform show -json writes it: " + err.Error()}
	}
	if err := plan.Validate(); err != nil {
		return &InputError{Pointer: "/format_version", Message: "Terraform plan: " + err.Error()}
	}
	return nil
}

// terraformInput: a Terraform plan's input is {"filing": snapshot,
// "terraform": plan, "regions": {provider: region}}. The plan names no
// snapshot: the run must give one.
func terraformInput(e *Engine, doc map[string]any, _ Input, opts Options) (map[string]any, *InputError) {
	if opts.Filing == "" {
		return nil, &InputError{Setting: SettingFiling, Message: "a Terraform plan names no filing snapshot: give the snapshot it acts on"}
	}
	filing, ierr := e.readFiling(opts.Filing, opts)
	if ierr != nil {
		return nil, ierr
	}
	regions := make(map[string]any, len(opts.Regions))
	for p, r := range opts.Regions {
		regions[p] = r
	}
	return map[string]any{"filing": filing, "terraform": doc, "regions": regions}, nil
}

// derivedPlanQuery reads the DeploymentPlan that icp.terraform derives and
// what it leaves out.
const derivedPlanQuery = `plan := data.icp.terraform.plan
unresolved := [m | some m in data.icp.terraform.unresolved]`

// DerivePlan returns the DeploymentPlan that the policies derive from one
// Terraform plan, for a person to review, and why records that move a
// domain are left out of it.
func (e *Engine) DerivePlan(ctx context.Context, in Input, opts Options) (any, []string, *InputError) {
	opts.Limits = opts.Limits.withDefaults()
	if in.Err != nil {
		return nil, nil, in.Err
	}
	doc, k, ierr := e.readDocument(ctx, in.Data, opts.Limits)
	if ierr != nil {
		return nil, nil, ierr
	}
	if k.Name != KindTerraform {
		return nil, nil, &InputError{Message: fmt.Sprintf("this is a %s, not a Terraform plan (terraform show -json output)", k.Name)}
	}
	input, ierr := k.assemble(e, doc, in, opts)
	if ierr != nil {
		return nil, nil, ierr
	}
	setLang(input, opts.Lang) // of what the plan leaves out (ICP906)
	value, err := ast.InterfaceToValue(input)
	if err != nil {
		return nil, nil, &InputError{Message: "convert document for evaluation: " + err.Error()}
	}
	ctx, cancel := context.WithTimeout(ctx, opts.Limits.Timeout)
	defer cancel()
	queries, err := e.queries(ctx, k, opts.Limits.Timeout)
	if err != nil {
		return nil, nil, &InputError{Message: err.Error()}
	}
	rs, err := queries.eval(ctx, queries.derive, value)
	if err != nil {
		return nil, nil, &InputError{Message: "evaluate policies: " + err.Error()}
	}
	if len(rs) != 1 {
		return nil, nil, &InputError{Message: "the policies derive no DeploymentPlan (data.icp.terraform.plan is undefined)"}
	}
	return rs[0].Bindings["plan"], stringList(rs[0].Bindings["unresolved"]), nil
}
