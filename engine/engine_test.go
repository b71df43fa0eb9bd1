package engine

import (
	"context"
	"iter"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/icpcheck/icpcheck/policies"
)

func newTestEngine(t testing.TB, cfg Config) *Engine {
	t.Helper()
	if cfg.Pack == nil {
		cfg.Pack = policies.FS()
	}
	e, err := New(context.Background(), cfg)
	if err != nil {
		t.Fatalf("engine.New: %v", err)
	}
	return e
}

func fixture(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "fixtures", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// checkAll runs Check over documents and returns the results in order.
func checkAll(t testing.TB, e *Engine, opts Options, docs ...[]byte) []Result {
	t.Helper()
	inputs := func(yield func(Input) bool) {
		for i, d := range docs {
			if !yield(Input{Name: "doc" + string(rune('A'+i%26)), Dir: ".", Data: d}) {
				return
			}
		}
	}
	var out []Result
	if err := e.Check(context.Background(), inputs, opts, func(r Result) error {
		out = append(out, r)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return out
}

func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

const minimalSnapshot = `{"kind": "FilingSnapshot", "version": 1, "as_of": "2026-11-20T08:00:00Z",
 "subject": {"name": "Example Co.", "type": "enterprise", "province": "ZJ", "icp_number": "浙ICP备12345678号", "status": "active"},
 "websites": [{"id": "shop", "name": "Shop", "domains": ["example.com"], "icp_number": "浙ICP备12345678号-1", "status": "active",
   "access": [{"provider": "other-cloud", "status": "active"}]}],
 "hosting": [{"domain": "example.com", "provider": "other-cloud", "mainland": true}]}`

func TestUserPolicyJoinsBuiltinRules(t *testing.T) {
	policy := writeFile(t, "approved.rego", `package icp.filing

deny contains {"rule": "ACME001", "msg": sprintf("%s is served by %s, which is not an approved provider", [h.domain, h.provider]), "path": sprintf("/hosting/%d", [i])} if {
	some i, h in input.hosting
	not h.provider in {"alibaba-cloud"}
}
`)
	for _, noBuiltin := range []bool{false, true} {
		e := newTestEngine(t, Config{Policies: []string{policy}, NoBuiltin: noBuiltin})
		res := checkAll(t, e, Options{}, []byte(minimalSnapshot))[0]
		if res.Err != nil {
			t.Fatalf("noBuiltin=%v: %v", noBuiltin, res.Err)
		}
		if len(res.Violations) != 1 || res.Violations[0].Rule != "ACME001" || res.Violations[0].Line != 5 {
			t.Errorf("noBuiltin=%v: violations %+v, want one ACME001 on line 5", noBuiltin, res.Violations)
		}
		if gotAccess := len(res.Accessibility) > 0; gotAccess == noBuiltin {
			t.Errorf("noBuiltin=%v: accessibility %v", noBuiltin, res.Accessibility)
		}
	}
}

func TestDataOverridesThreshold(t *testing.T) {
	doc := strings.Replace(minimalSnapshot, `"mainland": true}`, `"mainland": true, "resource": {"type": "ecs", "expires_at": "2026-12-30T08:00:00Z"}}`, 1)
	warned := func(e *Engine) bool {
		for _, v := range checkAll(t, e, Options{}, []byte(doc))[0].Violations {
			if v.Rule == "ICP105" {
				return true
			}
		}
		return false
	}
	if warned(newTestEngine(t, Config{})) {
		t.Fatal("expiry 40 days out warned with the default 30-day threshold")
	}
	data := writeFile(t, "thresholds.yaml", "icp:\n  thresholds:\n    expiry_warning_days: 60\n")
	if !warned(newTestEngine(t, Config{Data: []string{data}})) {
		t.Error("expiry 40 days out did not warn with a 60-day threshold from -d")
	}
}

func TestPoliciesCannotReachTheNetwork(t *testing.T) {
	for _, builtin := range []string{"http.send", "net.lookup_ip_addr"} {
		call := `http.send({"method": "GET", "url": "http://127.0.0.1"})`
		if builtin == "net.lookup_ip_addr" {
			call = `net.lookup_ip_addr("example.com")`
		}
		policy := writeFile(t, "net.rego", "package icp.filing\n\ndeny contains x if {\n\tx := "+call+"\n}\n")
		_, err := New(context.Background(), Config{Pack: policies.FS(), Policies: []string{policy}})
		if err == nil || !strings.Contains(err.Error(), builtin) || !strings.Contains(err.Error(), "net.rego:4") {
			t.Errorf("%s: err = %v, want a compile error naming it and its line", builtin, err)
		}
	}
}

func TestPolicyThatDoesNotCompile(t *testing.T) {
	policy := writeFile(t, "broken.rego", "package icp.filing\n\ndeny contains x if {\n\ty := 1\n}\n")
	_, err := New(context.Background(), Config{Pack: policies.FS(), Policies: []string{policy}})
	if err == nil || !strings.Contains(err.Error(), "broken.rego:3") {
		t.Errorf("err = %v, want file:line of the unsafe rule", err)
	}
}

// TestEveryKindJudgedByItsKind: one run judges a snapshot and a plan each
// by its own kind, whichever command walks them.
func TestEveryKindJudgedByItsKind(t *testing.T) {
	e := newTestEngine(t, Config{})
	filing := writeFile(t, "filing.json", minimalSnapshot)
	plan := `{"kind": "DeploymentPlan", "version": 1, "actions": []}`
	res := checkAll(t, e, Options{Filing: filing}, []byte(plan), []byte(minimalSnapshot))
	if res[0].Err != nil || res[0].Kind != KindPlan {
		t.Errorf("plan: %+v", res[0])
	}
	if res[1].Err != nil || res[1].Kind != KindSnapshot {
		t.Errorf("snapshot: %+v", res[1])
	}
}

func TestPlanWithMissingFiling(t *testing.T) {
	e := newTestEngine(t, Config{})
	plan := `{"kind": "DeploymentPlan", "version": 1, "filing": "no/such/snapshot.json", "actions": []}`
	res := checkAll(t, e, Options{}, []byte(plan))[0]
	if res.Err == nil || !strings.Contains(res.Err.Message, filepath.Join("no", "such", "snapshot.json")) || res.Err.Line != 1 {
		t.Errorf("missing filing: %+v", res.Err)
	}
}

func TestCheckKeepsInputOrder(t *testing.T) {
	e := newTestEngine(t, Config{})
	docs := make([][]byte, 50)
	for i := range docs {
		docs[i] = []byte(minimalSnapshot)
		if i%7 == 3 {
			docs[i] = []byte("{broken")
		}
	}
	for _, jobs := range []int{1, 8} {
		names := func(yield func(Input) bool) {
			for i, d := range docs {
				if !yield(Input{Name: strings.Repeat("x", i), Data: d}) {
					return
				}
			}
		}
		i := 0
		err := e.Check(context.Background(), names, Options{Jobs: jobs}, func(r Result) error {
			if len(r.File) != i {
				t.Errorf("-j %d: result %d is %d", jobs, i, len(r.File))
			}
			if (r.Err != nil) != (i%7 == 3) {
				t.Errorf("-j %d: result %d error %v", jobs, i, r.Err)
			}
			i++
			return nil
		})
		if err != nil || i != len(docs) {
			t.Fatalf("-j %d: %d results, err %v", jobs, i, err)
		}
	}
}

// TestDocumentsShareOneCompilation shows that checking documents does not
// compile the policies again: over 1,000 documents, each allocates less than
// a tenth of what one compilation (the first document's) does, so none can
// be paying for one.
func TestDocumentsShareOneCompilation(t *testing.T) {
	ctx := context.Background()
	compileAllocs := testing.AllocsPerRun(1, func() {
		e, err := New(ctx, Config{Pack: policies.FS()})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := e.queries(ctx, kinds()[0], time.Minute); err != nil {
			t.Fatal(err)
		}
	})
	e := newTestEngine(t, Config{})
	doc := []byte(minimalSnapshot)
	thousand := iter.Seq[Input](func(yield func(Input) bool) {
		for range 1000 {
			if !yield(Input{Name: "doc.json", Data: doc}) {
				return
			}
		}
	})
	checked := 0
	perThousand := testing.AllocsPerRun(1, func() {
		checked = 0
		_ = e.Check(ctx, thousand, Options{Jobs: 2}, func(r Result) error {
			if r.Err != nil {
				t.Fatal(r.Err)
			}
			checked++
			return nil
		})
	})
	if checked != 1000 {
		t.Fatalf("checked %d documents, want 1000", checked)
	}
	t.Logf("one compilation: %.0f allocs; 1,000 documents: %.0f allocs (%.0f each)", compileAllocs, perThousand, perThousand/1000)
	if perThousand/1000*10 > compileAllocs {
		t.Errorf("a document costs %.0f allocs, over a tenth of a compilation (%.0f): is something compiled per document?", perThousand/1000, compileAllocs)
	}
}

func BenchmarkCheckSnapshot(b *testing.B) {
	e := newTestEngine(b, Config{})
	doc := fixture(b, "filings/clean-transfer-in-review.json")
	ctx := context.Background()
	in := Input{Name: "clean-transfer-in-review.json", Dir: ".", Data: doc}
	b.ReportAllocs()
	for b.Loop() {
		if r := e.checkDocument(ctx, in, Options{Limits: DefaultLimits()}); r.Err != nil {
			b.Fatal(r.Err)
		}
	}
}

func TestEvaluationTimeLimit(t *testing.T) {
	policy := writeFile(t, "slow.rego", `package icp.filing

deny contains {"rule": "SLOW", "msg": "never"} if {
	some i in numbers.range(1, 100000000)
	i < 0
}
`)
	e := newTestEngine(t, Config{Policies: []string{policy}})
	res := checkAll(t, e, Options{Limits: Limits{Timeout: 50 * time.Millisecond}}, []byte(minimalSnapshot), []byte(minimalSnapshot))
	for _, r := range res {
		if r.Err == nil || !strings.Contains(r.Err.Message, "50ms limit") || r.Err.Setting != SettingTimeout {
			t.Errorf("slow policy: %+v", r.Err)
		}
	}
}

func TestPanicBecomesTheDocumentsError(t *testing.T) {
	broken := &Engine{} // no schemas: validating a document dereferences nil
	res := broken.safeCheck(context.Background(), Input{Name: "a.json", Data: []byte(minimalSnapshot)}, Options{Limits: DefaultLimits()})
	if res.Err == nil || !strings.Contains(res.Err.Message, "internal error") || res.File != "a.json" {
		t.Errorf("panic: %+v", res)
	}
}

func TestPoliciesCannotBeNondeterministic(t *testing.T) {
	for call, builtin := range map[string]string{
		`time.now_ns()`:                            "time.now_ns",
		`rand.intn("x", 10)`:                       "rand.intn",
		`uuid.rfc4122("x")`:                        "uuid.rfc4122",
		`opa.runtime()`:                            "opa.runtime",
		`io.jwt.encode_sign_raw("{}", "{}", "{}")`: "io.jwt.encode_sign_raw",
	} {
		policy := writeFile(t, "nd.rego", "package icp.filing\n\ndeny contains x if {\n\tx := "+call+"\n}\n")
		_, err := New(context.Background(), Config{Pack: policies.FS(), Policies: []string{policy}})
		if err == nil || !strings.Contains(err.Error(), builtin+" is not available") || !strings.Contains(err.Error(), "nd.rego:4") {
			t.Errorf("%s: err = %v, want a compile error naming it, why, and its line", builtin, err)
		}
	}
}
