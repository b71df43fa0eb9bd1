package output

import (
	"strings"
	"testing"

	"github.com/icpcheck/icpcheck/engine"
)

// TestInterruptedRunSaysSo: every format's report of an interrupted run
// says it is incomplete, where a reader or a tool looks for the outcome.
func TestInterruptedRunSaysSo(t *testing.T) {
	want := map[string]string{
		"text":     "INTERRUPTED before every document was checked: this report is incomplete\n",
		"json":     `"interrupted": true`,
		"github":   "::error title=icpcheck interrupted::",
		"markdown": "## ⏹️ icpcheck: INTERRUPTED (",
		"sarif":    `"executionSuccessful": false`,
		"junit":    `<error message="1 document: 0 deny, 0 warn, 0 errors; INTERRUPTED`,
	}
	for _, format := range Formats() {
		r := sampleResults()[0]
		r.Violations = nil
		out := string(renderSummary(t, format, Options{Rules: sampleRules()}, []engine.Result{r}, Summary{Interrupted: true}))
		if !strings.Contains(out, want[format]) {
			t.Errorf("%s: report lacks %q:\n%s", format, want[format], out)
		}
	}
}
