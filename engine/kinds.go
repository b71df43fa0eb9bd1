package engine

import (
	"fmt"
	"sort"
	"strings"
)

// Kind describes one kind of input document: where its schema lives in the
// policy pack and which package answers for it. This is the product's policy
// interface (README), not ICP knowledge: the rules themselves live in Rego.
type Kind struct {
	Name      string // the document's "kind" field
	Schema    string // folder under schemas/ holding v<version>.json
	Namespace string // Rego package of the entry points
	Command   string // the icpcheck command that checks this kind
}

// The kinds of document icpcheck reads.
const (
	KindSnapshot = "FilingSnapshot"
	KindPlan     = "DeploymentPlan"
)

var kinds = map[string]Kind{
	KindSnapshot: {Name: KindSnapshot, Schema: "filing", Namespace: "icp.filing", Command: "validate"},
	KindPlan:     {Name: KindPlan, Schema: "plan", Namespace: "icp.plan", Command: "check"},
}

// supportedVersion is the one version of each kind that has a schema.
const supportedVersion = 1

// LookupKind returns the kind with the given name.
func LookupKind(name string) (Kind, bool) {
	k, ok := kinds[name]
	return k, ok
}

// KindNames lists the known kinds, sorted.
func KindNames() []string {
	names := make([]string, 0, len(kinds))
	for n := range kinds {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// identify reads kind and version from a decoded document.
func identify(doc any) (Kind, *InputError) {
	obj, ok := doc.(map[string]any)
	if !ok {
		return Kind{}, &InputError{Message: "a document must be a JSON object with \"kind\" and \"version\"", Pointer: ""}
	}
	known := strings.Join(KindNames(), ", ")
	name, ok := obj["kind"].(string)
	if !ok {
		return Kind{}, &InputError{Message: fmt.Sprintf("missing or non-string \"kind\": set it to one of %s", known), Pointer: "/kind"}
	}
	k, ok := kinds[name]
	if !ok {
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

// CommandFor names the icpcheck command that evaluates a namespace.
func CommandFor(namespace string) (string, bool) {
	for _, k := range kinds {
		if k.Namespace == namespace {
			return k.Command, true
		}
	}
	return "", false
}
