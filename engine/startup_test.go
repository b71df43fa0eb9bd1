package engine

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
)

// startupPolicy has an input-free value (limit) that an input-dependent
// rule reads through a function, and a with statement that replaces the
// input-free rule that limit reads (base).
const startupPolicy = `package icp.filing

base := 7

limit := base + 3

over(n) if n > limit

deny contains {"rule": "T1", "msg": sprintf("%d, over %d", [count(input.websites) * 20, limit])} if over(count(input.websites) * 20)

warn contains {"rule": "T2", "msg": "the limit replaced"} if {
	over(0) with data.icp.filing.base as -4
}
`

func startupEngine(t *testing.T, policy string) (*Engine, *kindQueries) {
	t.Helper()
	e := newTestEngine(t, Config{NoBuiltin: true, Policies: []string{writeFile(t, "startup.rego", policy)}})
	k, _ := LookupKind(KindSnapshot)
	q, err := e.queries(context.Background(), k, time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	return e, q
}

func TestStartupValues(t *testing.T) {
	_, q := startupEngine(t, startupPolicy)
	limit, ok := q.startup.get(ast.MustParseRef("data.icp.filing.limit"))
	if !ok || limit == nil || limit.String() != "10" {
		t.Errorf("limit: %v, %v; want 10 evaluated at start", limit, ok)
	}
	// deny reads input; over is a function.
	for _, ref := range []string{"data.icp.filing.deny", "data.icp.filing.over"} {
		if _, ok := q.startup.get(ast.MustParseRef(ref)); ok {
			t.Errorf("%s evaluated at start", ref)
		}
	}
	if q.startup.underWith {
		t.Error("served under a with statement that replaces it")
	}
}

// TestStartupValuesGiveWayToWith: a with statement that replaces an
// input-free rule sees its replacement, not the value from the start.
func TestStartupValuesGiveWayToWith(t *testing.T) {
	e, _ := startupEngine(t, startupPolicy)
	res := checkAll(t, e, Options{}, []byte(minimalSnapshot), []byte(minimalSnapshot))
	for _, r := range res {
		var got []string
		for _, v := range r.Violations {
			got = append(got, v.Rule+": "+v.Message)
		}
		if want := "T1: 20, over 10; T2: the limit replaced"; strings.Join(got, "; ") != want {
			t.Errorf("got %q, want %q", strings.Join(got, "; "), want)
		}
	}
}

// TestStartupValuesUnderInputWith: with statements that replace only input
// (and input-dependent rules), as the pack's do, leave the values good.
func TestStartupValuesUnderInputWith(t *testing.T) {
	policy := strings.Replace(startupPolicy, "over(0) with data.icp.filing.base as -4", `over(count(input.websites)) with input as {"websites": numbers.range(0, 20)}`, 1)
	e, q := startupEngine(t, policy)
	if !q.startup.underWith {
		t.Error("not served under with input")
	}
	res := checkAll(t, e, Options{}, []byte(minimalSnapshot))
	if vs := res[0].Violations; len(vs) != 2 || vs[0].Message != "20, over 10" || vs[1].Rule != "T2" {
		t.Errorf("violations %+v, want T1 (20, over 10) and T2", vs)
	}
}

// TestStartupValueThatFails: a rule whose evaluation fails at start (a
// conflict) is left to each evaluation, which reports it as before.
func TestStartupValueThatFails(t *testing.T) {
	e, q := startupEngine(t, `package icp.filing

pick := x if some x in [1, 2]

deny contains {"rule": "T1", "msg": "m"} if input.kind == sprintf("%d", [pick])
`)
	if _, ok := q.startup.get(ast.MustParseRef("data.icp.filing.pick")); ok {
		t.Error("a conflicting rule was evaluated at start")
	}
	res := checkAll(t, e, Options{}, []byte(minimalSnapshot))
	if res[0].Err == nil || !strings.Contains(res[0].Err.Message, "conflict") {
		t.Errorf("err %v, want the conflict", res[0].Err)
	}
}

// TestKindsPreparedOnceUnderConcurrency: documents of every kind checked on
// many workers at once share one preparation per kind and its start-up
// values (run with -race in CI).
func TestKindsPreparedOnceUnderConcurrency(t *testing.T) {
	e := newTestEngine(t, Config{})
	filing := writeFile(t, "filing.json", minimalSnapshot)
	plan := []byte(`{"kind": "DeploymentPlan", "version": 1, "actions": []}`)
	var docs [][]byte
	for i := range 40 {
		if i%2 == 0 {
			docs = append(docs, plan)
		} else {
			docs = append(docs, []byte(minimalSnapshot))
		}
	}
	res := checkAll(t, e, Options{Filing: filing, Jobs: 8}, docs...)
	for i, r := range res {
		if r.Err != nil {
			t.Fatalf("document %d: %v", i, r.Err)
		}
	}
	prepared := 0
	e.prepared.Range(func(_, _ any) bool { prepared++; return true })
	if prepared != 2 {
		t.Errorf("%d kinds prepared, want 2", prepared)
	}
}
