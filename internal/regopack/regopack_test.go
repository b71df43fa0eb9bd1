package regopack

import (
	"strings"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"

	_ "github.com/icpcheck/icpcheck/internal/golden" // accept -update like every test binary
	"github.com/icpcheck/icpcheck/policies"
)

// TestPack: the embedded pack's files are named as in the repository,
// tests come only when asked for, and schemas/ is never data.
func TestPack(t *testing.T) {
	withTests, err := Pack(policies.FS(), true)
	if err != nil {
		t.Fatal(err)
	}
	without, err := Pack(policies.FS(), false)
	if err != nil {
		t.Fatal(err)
	}
	mainFile := withTests.Files["policies/icp/filing/main.rego"]
	if mainFile == nil || mainFile.Parsed.Package.Location.File != "policies/icp/filing/main.rego" {
		t.Fatalf("policies/icp/filing/main.rego missing or misnamed; files: %v", withTests.Names())
	}
	tests := 0
	for _, name := range withTests.Names() {
		if IsTest(name) {
			tests++
		}
	}
	if tests == 0 || len(without.Files) != len(withTests.Files)-tests {
		t.Errorf("%d files with tests (%d tests), %d without", len(withTests.Files), tests, len(without.Files))
	}
	for _, name := range without.Names() {
		if IsTest(name) {
			t.Errorf("tests left out, yet %s is there", name)
		}
	}
	if len(withTests.Data) != 1 || withTests.Data["icp"] == nil {
		t.Errorf("data has keys %v, want only icp", withTests.Data)
	}
}

func TestSchemas(t *testing.T) {
	ss, err := Schemas(policies.FS())
	if err != nil {
		t.Fatal(err)
	}
	for _, ref := range []string{"schema.filing.v1", "schema.plan.v1"} {
		if ss.Get(ast.MustParseRef(ref)) == nil {
			t.Errorf("%s missing", ref)
		}
	}
}

// TestAdd: data from two places merge; equal values agree, different ones
// are a conflict naming the path.
func TestAdd(t *testing.T) {
	set := NewSet()
	set.Data = map[string]any{"icp": map[string]any{"thresholds": map[string]any{"a": 1, "b": 2}}}
	same := NewSet()
	same.Data = map[string]any{"icp": map[string]any{"thresholds": map[string]any{"a": 1}}, "acme": true}
	if err := set.Add(same); err != nil || set.Data["acme"] != true {
		t.Errorf("merge of agreeing data: %v, %v", err, set.Data)
	}
	other := NewSet()
	other.Data = map[string]any{"icp": map[string]any{"thresholds": map[string]any{"b": 3}}}
	if err := set.Add(other); err == nil || !strings.Contains(err.Error(), "data.icp.thresholds.b") {
		t.Errorf("conflict: %v, want an error naming data.icp.thresholds.b", err)
	}
}
