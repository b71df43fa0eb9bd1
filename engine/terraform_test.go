package engine

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
)

func TestTerraformRecognisedWithoutKind(t *testing.T) {
	for _, doc := range []string{
		`{"format_version": "1.2", "resource_changes": []}`,
		`{"resource_changes": []}`,
		`{"format_version": "1.0", "terraform_version": "1.9.8", "values": {}}`,
	} {
		k, ierr := identify(mustDecode(t, doc))
		if ierr != nil || k.Name != KindTerraform {
			t.Errorf("%s: kind %q, error %v", doc, k.Name, ierr)
		}
	}
	if _, ierr := identify(mustDecode(t, `{"actions": []}`)); ierr == nil || !strings.Contains(ierr.Message, "format_version") {
		t.Errorf("a document of no kind: %v", ierr)
	}
	if _, ierr := identify(mustDecode(t, `{"kind": "TerraformPlan", "version": 1}`)); ierr == nil {
		t.Error("TerraformPlan is recognised, never named")
	}
}

func mustDecode(t *testing.T, doc string) any {
	t.Helper()
	v, ierr := decodeDocument(context.Background(), []byte(doc), DefaultLimits().MaxDepth)
	if ierr != nil {
		t.Fatal(ierr)
	}
	return v
}

func TestTerraformFormatChecks(t *testing.T) {
	for _, c := range []struct{ doc, want, pointer string }{
		{`{"format_version": "2.0", "resource_changes": []}`, `format_version "2.0" is not supported`, "/format_version"},
		{`{"format_version": "0.2", "resource_changes": []}`, `format_version "0.2" is not supported`, "/format_version"},
		{`{"format_version": "1.2", "resource_changes": [], "errored": true}`, "errored", "/errored"},
		{`{"format_version": "1.0", "values": {"root_module": {}}}`, "Terraform state", ""},
		{`{"resource_changes": []}`, "without \"format_version\"", "/format_version"},
		{`{"format_version": "1.2", "resource_changes": {"a": 1}}`, "not a Terraform plan", ""},
		{`{"format_version": "1.x", "resource_changes": []}`, "invalid format version", ""},
	} {
		ierr := checkTerraform(mustDecode(t, c.doc).(map[string]any))
		if ierr == nil || !strings.Contains(ierr.Message, c.want) || ierr.Pointer != c.pointer {
			t.Errorf("%s: %+v, want %q at %q", c.doc, ierr, c.want, c.pointer)
		}
	}
	if ierr := checkTerraform(mustDecode(t, `{"format_version": "1.2", "resource_changes": []}`).(map[string]any)); ierr != nil {
		t.Errorf("a valid empty plan: %v", ierr)
	}
}

func TestTerraformNeedsAFiling(t *testing.T) {
	e := newTestEngine(t, Config{})
	plan := []byte(`{"format_version": "1.2", "resource_changes": []}`)
	res := checkAll(t, e, Options{}, plan)[0]
	if res.Err == nil || res.Err.Setting != SettingFiling || strings.Contains(res.Err.Message, "--") {
		t.Errorf("no filing: %+v (the engine names no flag)", res.Err)
	}
	filing := writeFile(t, "filing.json", minimalSnapshot)
	res = checkAll(t, e, Options{Filing: filing}, plan)[0]
	if res.Err != nil || res.Kind != KindTerraform {
		t.Errorf("with a filing: %+v", res)
	}
}

func TestDerivePlan(t *testing.T) {
	e := newTestEngine(t, Config{})
	filing, _ := filepath.Abs(filepath.Join("..", "fixtures", "terraform", "filings", "transfer-approved.json"))
	in := Input{Name: "tf.json", Dir: ".", Data: fixture(t, "terraform/cloudflare-module-eip.json")}
	plan, unresolved, ierr := e.DerivePlan(context.Background(), in, Options{Filing: filing})
	if ierr != nil || len(unresolved) != 0 {
		t.Fatal(ierr, unresolved)
	}
	actions := plan.(map[string]any)["actions"].([]any)
	if len(actions) != 3 || actions[2].(map[string]any)["type"] != "unpoint_domain" {
		t.Errorf("derived actions: %v", actions)
	}
	if err := e.schemas[KindPlan].Validate(plan); err != nil {
		t.Errorf("the derived plan is not valid against the plan schema: %v", err)
	}
	in.Data = fixture(t, "terraform/literal-ip.json")
	if _, unresolved, _ := e.DerivePlan(context.Background(), in, Options{Filing: filing}); len(unresolved) != 1 || !strings.Contains(unresolved[0], "203.0.113.50") {
		t.Errorf("a record left out: %v", unresolved)
	}
	in.Data = []byte(minimalSnapshot)
	if _, _, ierr := e.DerivePlan(context.Background(), in, Options{Filing: filing}); ierr == nil || !strings.Contains(ierr.Message, "not a Terraform plan") {
		t.Errorf("a snapshot: %v", ierr)
	}
}
