package engine

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/topdown"
)

// TestFlatCacheAnswersAsOPAs: a random run of puts, gets, pushes and pops
// (values, undefined marks, references that are prefixes of others,
// arguments that are objects) gets the same answers from flatCache as from
// OPA's own virtual cache.
func TestFlatCacheAnswersAsOPAs(t *testing.T) {
	refs := []ast.Ref{
		ast.MustParseRef("data.icp.lib.orders.covered"),
		ast.MustParseRef("data.icp.lib.orders"),
		ast.MustParseRef("data.icp.lib.orders.covered.x"),
		ast.MustParseRef("data.a.b.c.d.e.f.g.h.i"), // longer than an entry holds
	}
	for _, arg := range []string{`{"id": "a", "websites": ["x"]}`, `{"id": "b"}`, `"a"`, `1`, `[1, 2]`} {
		refs = append(refs, append(slices.Clone(refs[0]), ast.MustParseTerm(arg)))
	}
	values := []*ast.Term{nil, ast.StringTerm("v"), ast.BooleanTerm(false), ast.MustParseTerm(`{"k": [1]}`)}
	rng := rand.New(rand.NewPCG(1, 2))
	for run := range 200 {
		flat, opa := newFlatCache(), topdown.NewVirtualCache()
		depth := 0
		for step := range 60 {
			ref := refs[rng.IntN(len(refs))]
			switch op := rng.IntN(10); {
			case op < 4:
				v := values[rng.IntN(len(values))]
				// the evaluator reuses the slice it passes
				passed := slices.Clone(ref)
				flat.Put(passed, v)
				opa.Put(slices.Clone(ref), v)
				clear(passed)
			case op < 8:
				gotV, gotU := flat.Get(ref)
				wantV, wantU := opa.Get(ref)
				if !gotV.Equal(wantV) || gotU != wantU {
					t.Fatalf("run %d step %d: Get(%v) = %v, %v; OPA's %v, %v", run, step, ref, gotV, gotU, wantV, wantU)
				}
			case op == 8:
				flat.Push()
				opa.Push()
				depth++
			case depth > 0:
				flat.Pop()
				opa.Pop()
				depth--
			}
		}
		if got, want := keyStrings(flat.Keys()), keyStrings(opa.Keys()); !slices.Equal(got, want) {
			t.Fatalf("run %d: keys %v; OPA's %v", run, got, want)
		}
	}
}

func keyStrings(refs []ast.Ref) []string {
	out := make([]string, len(refs))
	for i, r := range refs {
		out[i] = fmt.Sprint(r)
	}
	slices.Sort(out)
	return out
}

// TestFlatCacheCollisions: references of one hash are told apart.
func TestFlatCacheCollisions(t *testing.T) {
	c := newFlatCache()
	a, b := ast.MustParseRef("data.a"), ast.MustParseRef("data.b")
	c.Put(a, ast.StringTerm("a"))
	// Put b under a's hash, as a collision would.
	c.top()[a.Hash()] = &cacheEntry{ref: b, value: ast.StringTerm("b"), next: c.top()[a.Hash()]}
	if v, _ := c.Get(a); !v.Equal(ast.StringTerm("a")) {
		t.Errorf("a: %v", v)
	}
	c.Put(a, nil)
	if v, undefined := c.Get(a); v != nil || !undefined {
		t.Errorf("a after undefined: %v, %v", v, undefined)
	}
	if len(c.top()) != 1 {
		t.Errorf("a put again made a new chain: %d", len(c.top()))
	}
}
