package engine

import (
	"fmt"
	"sort"
	"strings"
)

// Kind is one kind of input document and everything the engine needs to
// judge it: how to recognise it once decoded, how to check its format,
// which package answers for it and how that package's input is assembled.
// The format a document was written in (JSON, NDJSON, YAML) is the reader's
// business (decodeDocument): a kind sees the decoded value only. This is
// the product's policy interface (README), not ICP knowledge: the rules
// themselves live in Rego.
type Kind struct {
	Name      string // the document's "kind" field, or the name of a recognised format
	Schema    string // folder under schemas/ holding v<version>.json; "" when the kind has none
	Namespace string // Rego package of the entry points
	// Judges lists the packages whose rules judge the kind: its own, and
	// for a Terraform plan the plan rules that judge the plan it derives.
	Judges []string
	// ActsOnFiling: the document's actions are judged against a filing
	// snapshot (a plan), so reports show each action and the states before
	// and after it.
	ActsOnFiling bool

	// recognise says whether a document without "kind" is of this kind;
	// nil for kinds that are named by their "kind" field.
	recognise func(doc map[string]any) bool
	// check validates a recognised document's format beyond its schema
	// (nil when the schema says it all).
	check func(doc map[string]any) *InputError
	// assemble builds the input of the kind's entry points.
	assemble func(e *Engine, doc map[string]any, in Input, opts Options) (map[string]any, *InputError)
}

// The kinds of document icpcheck reads.
const (
	KindSnapshot  = "FilingSnapshot"
	KindPlan      = "DeploymentPlan"
	KindTerraform = "TerraformPlan"
)

// kinds is the registry, in the order a document without "kind" is
// matched against it. (A function, not a variable: the kinds' functions
// read the registry themselves.)
func kinds() []Kind {
	return []Kind{
		{Name: KindSnapshot, Schema: "filing", Namespace: "icp.filing", Judges: []string{"icp.filing"},
			assemble: snapshotInput},
		{Name: KindPlan, Schema: "plan", Namespace: "icp.plan", Judges: []string{"icp.plan"}, ActsOnFiling: true,
			assemble: planInput},
		{Name: KindTerraform, Namespace: "icp.terraform", Judges: []string{"icp.terraform", "icp.plan"}, ActsOnFiling: true,
			recognise: looksLikeTerraform, check: checkTerraform, assemble: terraformInput},
	}
}

// supportedVersion is the one version of each kind that has a schema.
const supportedVersion = 1

// LookupKind returns the kind with the given name.
func LookupKind(name string) (Kind, bool) {
	for _, k := range kinds() {
		if k.Name == name {
			return k, true
		}
	}
	return Kind{}, false
}

// KindNames lists the known kinds, sorted.
func KindNames() []string {
	names := make([]string, 0, len(kinds()))
	for _, k := range kinds() {
		names = append(names, k.Name)
	}
	sort.Strings(names)
	return names
}

// namedKinds lists the kinds that a document names in its "kind" field.
func namedKinds() []string {
	var names []string
	for _, k := range kinds() {
		if k.recognise == nil {
			names = append(names, k.Name)
		}
	}
	sort.Strings(names)
	return names
}

// identify reads kind and version from a decoded document, or recognises
// a document without "kind" by its shape.
func identify(doc any) (Kind, *InputError) {
	obj, ok := doc.(map[string]any)
	if !ok {
		return Kind{}, &InputError{Message: "a document must be a JSON object with \"kind\" and \"version\", or the output of `terraform show -json`", Pointer: ""}
	}
	known := strings.Join(namedKinds(), ", ")
	raw, present := obj["kind"]
	if !present {
		for _, k := range kinds() {
			if k.recognise != nil && k.recognise(obj) {
				return k, nil
			}
		}
	}
	name, ok := raw.(string)
	if !ok {
		return Kind{}, &InputError{Message: fmt.Sprintf("missing or non-string \"kind\": set it to one of %s (a Terraform plan is recognised by its \"format_version\" and \"resource_changes\")", known), Pointer: "/kind"}
	}
	k, ok := LookupKind(name)
	if !ok || k.recognise != nil {
		return Kind{}, &InputError{Message: fmt.Sprintf("unknown kind %q: known kinds are %s", name, known), Pointer: "/kind"}
	}
	if v := fmt.Sprint(obj["version"]); v != fmt.Sprint(supportedVersion) {
		if _, present := obj["version"]; !present {
			v = "missing"
		}
		return Kind{}, &InputError{Message: fmt.Sprintf("unsupported %s version %s: known versions are %d", name, v, supportedVersion), Pointer: "/version"}
	}
	return k, nil
}
