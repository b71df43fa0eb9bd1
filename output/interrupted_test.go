package output

import (
	"bytes"
	"strings"
	"testing"
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
		var buf bytes.Buffer
		f, err := New(format, &buf, Options{Rules: sampleRules()})
		if err != nil {
			t.Fatal(err)
		}
		r := sampleResults()[0]
		r.Violations = nil
		sum := Summary{Interrupted: true}
		sum.Add(r)
		if err := f.Begin(); err != nil {
			t.Fatal(err)
		}
		if err := f.Result(r); err != nil {
			t.Fatal(err)
		}
		if err := f.End(sum); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(buf.String(), want[format]) {
			t.Errorf("%s: report lacks %q:\n%s", format, want[format], buf.String())
		}
	}
}
