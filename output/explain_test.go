package output

import (
	"bytes"
	"strings"
	"testing"

	"github.com/icpcheck/icpcheck/engine"
)

// A plan's explanation opens with the denied actions in order, leaves out
// a consequence that a violation already says word for word, and shows the
// states a domain passed through.
func TestExplainPlan(t *testing.T) {
	r := engine.Result{
		File: "plan.json", Kind: engine.KindPlan,
		Violations: []engine.Violation{
			{Rule: "ICP304", Severity: "deny", Action: "drop", Message: "Action drop leaves shop with no access."},
			{Rule: "ICP501", Severity: "warn", Action: "drop", Message: "Action drop cancels the access of website shop at old: example.com can no longer be served from old. The number stays valid."},
			{Rule: "ICP101", Severity: "deny", Action: "dns", Message: "Action dns serves example.com where shop has no access."},
		},
		Consequences: []engine.Consequence{
			{Action: "xfer", Type: "submit_transfer", Effects: []string{"transfer xfer is submitted"}},
			{Action: "dns", Type: "point_domain", Effects: []string{"example.com is served from new"}},
			{Action: "drop", Type: "cancel_access", Effects: []string{
				"website shop's access at old is cancelled: example.com can no longer be served from old",
				"website shop keeps its ICP number",
			}},
		},
		Accessibility: []engine.DomainState{{
			Website: "shop", Domain: "example.com", State: "blocked", Reasons: []string{"ICP101"},
			Before: ptr("accessible"), Worst: "blocked",
			Timeline: []engine.StateRun{
				{From: 0, To: 1, State: "accessible", Actions: []string{"xfer"}},
				{From: 2, To: 2, State: "at_risk", Reasons: []string{"ICP102"}, Actions: []string{"dns"}},
				{From: 3, To: 3, State: "blocked", Reasons: []string{"ICP101"}, Actions: []string{"drop"}},
			},
		}},
	}
	var out bytes.Buffer
	if err := Explain(&out, r, Options{Rules: sampleRules()}); err != nil {
		t.Fatal(err)
	}
	got := out.String()
	for _, want := range []string{
		"Fix first\n  2. dns point_domain: ICP101 Served without active access\n  3. drop cancel_access: ICP304\n\nActions\n",
		"     - website shop keeps its ICP number\n",
		"  example.com  accessible  ->  blocked  (at_risk at step 2: dns; ICP102) (ICP101)\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("explain lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "- website shop's access at old is cancelled") {
		t.Errorf("explain repeats ICP501's words in a bullet:\n%s", got)
	}
}

// A plan without a deny has no "Fix first".
func TestExplainPlanWithoutDeny(t *testing.T) {
	var out bytes.Buffer
	r := engine.Result{File: "plan.json", Kind: engine.KindPlan, Consequences: []engine.Consequence{{Action: "a", Effects: []string{"x"}}}}
	if err := Explain(&out, r, Options{}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out.String(), "Fix first") {
		t.Errorf("Fix first without a denied action:\n%s", out.String())
	}
}
