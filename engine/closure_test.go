package engine

import (
	"context"
	"maps"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/icpcheck/icpcheck/internal/regopack"
	"github.com/icpcheck/icpcheck/policies"
)

func parseModules(t *testing.T, sources map[string]string) map[string]*ast.Module {
	t.Helper()
	out := make(map[string]*ast.Module, len(sources))
	for name, src := range sources {
		m, err := ast.ParseModuleWithOpts(name, src, ast.ParserOptions{RegoVersion: ast.RegoV1})
		if err != nil {
			t.Fatal(err)
		}
		out[name] = m
	}
	return out
}

func TestReachable(t *testing.T) {
	modules := parseModules(t, map[string]string{
		"entry.rego":   "package app.entry\n\nimport data.lib.util\n\ndeny contains util.x if data.tables.limit > 1\n",
		"entry2.rego":  "package app.entry\n\nwarn contains 1 if data.helpers.y[input.k]\n",
		"sub.rego":     "package app.entry.sub\n\nz := 1\n",
		"util.rego":    "package lib.util\n\nx := data.lib.deep.v\n",
		"deep.rego":    "package lib.deep\n\nv := 1\n",
		"helpers.rego": "package helpers\n\ny := {\"a\": true}\n",
		"other.rego":   "package app.other\n\nq := data.lib.util.x\n",
		"dynamic.rego": "package dyn\n\nall := data[input.p]\n",
	})
	names := func(ms map[string]*ast.Module) string {
		return strings.Join(slices.Sorted(maps.Keys(ms)), " ")
	}
	for _, tc := range []struct {
		roots []string
		want  string
	}{
		// Both modules of the package, the package under it, what the
		// import names and what that names in turn, and a data reference
		// with a variable in it; not app.other, which nothing names.
		{[]string{"app.entry"}, "deep.rego entry.rego entry2.rego helpers.rego sub.rego util.rego"},
		{[]string{"lib.deep"}, "deep.rego"},
		{[]string{"app"}, "deep.rego entry.rego entry2.rego helpers.rego other.rego sub.rego util.rego"},
		// data[x] could be any package.
		{[]string{"dyn"}, "deep.rego dynamic.rego entry.rego entry2.rego helpers.rego other.rego sub.rego util.rego"},
		{[]string{"nothing.here"}, ""},
	} {
		if got := names(reachable(modules, tc.roots)); got != tc.want {
			t.Errorf("%v: reached %q, want %q", tc.roots, got, tc.want)
		}
	}
}

// TestSnapshotsCompileWithoutPlans: checking snapshots compiles the
// snapshot rules and the library they read, not the plan simulation, the
// plan rules or the Terraform conversion; a plan then compiles its own.
func TestSnapshotsCompileWithoutPlans(t *testing.T) {
	e := newTestEngine(t, Config{})
	if res := checkAll(t, e, Options{Jobs: 4}, []byte(minimalSnapshot), []byte(minimalSnapshot)); res[0].Err != nil {
		t.Fatal(res[0].Err)
	}
	c, err := e.compiler("icp.filing")
	if err != nil {
		t.Fatal(err)
	}
	for name := range c.Modules {
		if strings.Contains(name, "/plan/") || strings.Contains(name, "/terraform/") || strings.Contains(name, "/variations/") {
			t.Errorf("a snapshot compiled %s", name)
		}
	}
	if len(c.Modules) == 0 || len(c.Modules) >= len(e.modules) {
		t.Errorf("a snapshot compiled %d of %d modules", len(c.Modules), len(e.modules))
	}
	compiled := 0
	e.compiled.Range(func(_, _ any) bool { compiled++; return true })
	if compiled != 1 {
		t.Errorf("%d compilations for snapshots alone, want 1", compiled)
	}
}

// TestLazyCompilationJudgesAsWhole: every fixture gets the same result
// from the policies compiled per kind as from the whole pack compiled at
// once (as with policies of the user's).
func TestLazyCompilationJudgesAsWhole(t *testing.T) {
	lazy := newTestEngine(t, Config{})
	whole := newTestEngine(t, Config{})
	var err error
	if whole.whole, err = compile(whole.modules, whole.typeSchemas); err != nil {
		t.Fatal(err)
	}
	args := []string{"../fixtures/filings", "../fixtures/plans", "../fixtures/invalid", "../fixtures/invalid-plans"}
	opts := Options{Jobs: 2, Before: true, Limits: DefaultLimits()}
	collect := func(e *Engine) []Result {
		var out []Result
		if err := e.Check(context.Background(), Inputs(args, nil, 0), opts, func(r Result) error {
			out = append(out, r)
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		return out
	}
	got, want := collect(lazy), collect(whole)
	if len(got) < 20 || len(got) != len(want) {
		t.Fatalf("%d results per kind, %d whole", len(got), len(want))
	}
	for i := range got {
		if !reflect.DeepEqual(got[i], want[i]) {
			t.Errorf("%s: compiled per kind\n%+v\nwhole\n%+v", got[i].File, got[i], want[i])
		}
	}
}

// TestCatalogueWithoutCompiling: the rule catalogue read from the parsed
// modules is the one the compiler's annotation set gives.
func TestCatalogueWithoutCompiling(t *testing.T) {
	set, err := regopack.Pack(policies.FS(), false)
	if err != nil {
		t.Fatal(err)
	}
	modules := set.Modules()
	as, err := annotationSet(modules)
	if err != nil {
		t.Fatal(err)
	}
	c, err := compile(modules, nil)
	if err != nil {
		t.Fatal(err)
	}
	got, want := catalogue(as), catalogue(c.GetAnnotationSet())
	if len(got) < 30 || !reflect.DeepEqual(got, want) {
		t.Errorf("catalogue of %d rules without compiling, %d compiled; differ: %v", len(got), len(want), !reflect.DeepEqual(got, want))
	}
}
