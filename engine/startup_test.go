package engine

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
)

// startupPolicy has an input-free value (limit) that an input-dependent
// rule reads through a function, a with statement that replaces the
// input-free rule that limit reads (base), and an input-free value that
// the with statement cannot change (unit).
const startupPolicy = `package icp.filing

base := 7

limit := base + 3

unit := "websites"

over(n) if n > limit

deny contains {"rule": "T1", "msg": sprintf("%d %s, over %d", [count(input.websites) * 20, unit, limit])} if over(count(input.websites) * 20)

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
	limit, ok := q.startup.get(ast.MustParseRef("data.icp.filing.limit"), 0)
	if !ok || limit == nil || limit.String() != "10" {
		t.Errorf("limit: %v, %v; want 10 evaluated at start", limit, ok)
	}
	// deny reads input; over is a function.
	for _, ref := range []string{"data.icp.filing.deny", "data.icp.filing.over"} {
		if _, ok := q.startup.get(ast.MustParseRef(ref), 0); ok {
			t.Errorf("%s evaluated at start", ref)
		}
	}
	// Under a with statement: limit reads base, which one replaces; unit
	// reads nothing that one replaces.
	if _, ok := q.startup.get(ast.MustParseRef("data.icp.filing.limit"), 1); ok {
		t.Error("limit served under a with statement that replaces what it reads")
	}
	if unit, ok := q.startup.get(ast.MustParseRef("data.icp.filing.unit"), 1); !ok || unit.String() != `"websites"` {
		t.Errorf("unit under a with statement: %v, %v; want \"websites\"", unit, ok)
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
		if want := "T1: 20 websites, over 10; T2: the limit replaced"; strings.Join(got, "; ") != want {
			t.Errorf("got %q, want %q", strings.Join(got, "; "), want)
		}
	}
}

// TestStartupValuesUnderInputWith: with statements that replace only input
// (and input-dependent rules), as the pack's do, leave the values good.
func TestStartupValuesUnderInputWith(t *testing.T) {
	policy := strings.Replace(startupPolicy, "over(0) with data.icp.filing.base as -4", `over(count(input.websites)) with input as {"websites": numbers.range(0, 20)}`, 1)
	e, q := startupEngine(t, policy)
	if _, ok := q.startup.get(ast.MustParseRef("data.icp.filing.limit"), 1); !ok {
		t.Error("not served under with input")
	}
	res := checkAll(t, e, Options{}, []byte(minimalSnapshot))
	if vs := res[0].Violations; len(vs) != 2 || vs[0].Message != "20 websites, over 10" || vs[1].Rule != "T2" {
		t.Errorf("violations %+v, want T1 (20, over 10) and T2", vs)
	}
}

// TestStartupValuesUnderFunctionWith: a with statement that replaces a
// function (as the pack's plan judgement replaces result.judged) keeps the
// values that do not call it, and only those, under with statements.
func TestStartupValuesUnderFunctionWith(t *testing.T) {
	e, q := startupEngine(t, `package icp.filing

judged(_) := true

never(_) := false

table := {"a": 1, "b": 2}

judged_table := {k | some k, _ in table; judged(k)}

deny contains {"rule": "T1", "msg": sprintf("%d of %d", [count(judged_table), count(table)])} if input.kind

warn contains {"rule": "T2", "msg": sprintf("%d of %d", [count(judged_table), count(table)])} if {
	input.kind
	count(judged_table) == 0 with judged as never
}
`)
	if _, ok := q.startup.get(ast.MustParseRef("data.icp.filing.table"), 1); !ok {
		t.Error("table, which calls no replaced function, not served under with")
	}
	if _, ok := q.startup.get(ast.MustParseRef("data.icp.filing.judged_table"), 1); ok {
		t.Error("judged_table served under a with statement that replaces the function it calls")
	}
	res := checkAll(t, e, Options{}, []byte(minimalSnapshot))
	if vs := res[0].Violations; len(vs) != 2 || vs[0].Message != "2 of 2" || vs[1].Message != "2 of 2" {
		t.Errorf("violations %+v, want T1 and T2, 2 of 2", vs)
	}
}

// TestStartupValueThatFails: a rule whose evaluation fails at start (a
// conflict) is left to each evaluation, which reports it as before.
func TestStartupValueThatFails(t *testing.T) {
	e, q := startupEngine(t, `package icp.filing

pick := x if some x in [1, 2]

deny contains {"rule": "T1", "msg": "m"} if input.kind == sprintf("%d", [pick])
`)
	if _, ok := q.startup.get(ast.MustParseRef("data.icp.filing.pick"), 0); ok {
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
