package output

import (
	"bytes"
	"strings"
	"testing"

	"github.com/icpcheck/icpcheck/engine"
)

// terraformResult is a Terraform plan's result: its findings and
// consequences name the record's address and the resource behind it.
func terraformResult() engine.Result {
	return engine.Result{
		File:  "infra/tf.json",
		Kind:  engine.KindTerraform,
		Notes: []string{"the Terraform plan is not complete"},
		Violations: []engine.Violation{{
			Rule: "ICP101", Severity: "deny", Title: "Served without active access",
			Message: "Action alicloud_alidns_record.apex serves example.com at alibaba-cloud",
			Path:    "/resource_changes/1", Line: 147, Action: "alicloud_alidns_record.apex",
			Domain: "example.com", Address: "alicloud_alidns_record.apex", TargetAddress: "alicloud_instance.web",
			Sources: []string{"A13"},
		}},
		Consequences: []engine.Consequence{{
			Action: "alicloud_alidns_record.apex", Type: "point_domain",
			Address: "alicloud_alidns_record.apex", TargetAddress: "alicloud_instance.web",
			Effects: []string{"example.com is served from alibaba-cloud (a mainland server)"},
		}},
	}
}

// TestEveryFormatShowsTerraformAddresses: each format names the record and
// the resource behind it, and points at the record's line.
func TestEveryFormatShowsTerraformAddresses(t *testing.T) {
	for _, format := range Formats() {
		out := string(render(t, format, Options{Rules: sampleRules()}, []engine.Result{terraformResult()}))
		for _, want := range []string{"alicloud_alidns_record.apex", "alicloud_instance.web", "147"} {
			if !strings.Contains(out, want) {
				t.Errorf("%s: output lacks %q:\n%s", format, want, out)
			}
		}
		if format != "sarif" && format != "junit" && !strings.Contains(out, "the Terraform plan is not complete") {
			t.Errorf("%s: the note is missing:\n%s", format, out)
		}
		if format != "json" && format != "sarif" && !strings.Contains(out, "resource alicloud_alidns_record.apex, target alicloud_instance.web") {
			t.Errorf("%s: the place does not name the resource and its target:\n%s", format, out)
		}
	}
}

func TestExplainShowsTargetAndNotes(t *testing.T) {
	var buf bytes.Buffer
	if err := Explain(&buf, terraformResult(), Options{}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{"Note: the Terraform plan is not complete", "1. alicloud_alidns_record.apex point_domain  denied", "served by alicloud_instance.web"} {
		if !strings.Contains(out, want) {
			t.Errorf("explain lacks %q:\n%s", want, out)
		}
	}
}
