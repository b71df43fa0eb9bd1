package output

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/icpcheck/icpcheck/engine"
	"github.com/icpcheck/icpcheck/internal/golden"
	"github.com/icpcheck/icpcheck/internal/suppress"
)

// Accepted findings and exception notices, in every format.

// suppressedResults are the samples with the first finding accepted by an
// exception and the second by the baseline.
func suppressedResults() []engine.Result {
	results := sampleResults()
	vs := results[0].Violations
	vs[0].Suppressed = &engine.Suppression{Kind: engine.SuppressedByException, Reason: "renewal booked | OPS-7", Expires: "2026-12-31", Source: ".icpcheck.yaml:9"}
	vs[1].Suppressed = &engine.Suppression{Kind: engine.SuppressedByBaseline, Reason: "present in the baseline", Source: "icpcheck-baseline.json"}
	return results
}

func sampleNotices() []suppress.Notice {
	return []suppress.Notice{
		{Source: ".icpcheck.yaml:3", Rule: "ICP101", Status: suppress.StatusExpired, Message: "exception for ICP101 expired on 2026-01-31 and no longer suppresses"},
		{Source: ".icpcheck.yaml:14", Rule: "ICP203", Status: suppress.StatusStale, Message: "exception for ICP203 matched no finding"},
	}
}

func TestSuppressedGolden(t *testing.T) {
	for _, format := range Formats() {
		for _, show := range []bool{false, true} {
			name := format + "-suppressed"
			if show {
				name += "-shown"
			}
			t.Run(name, func(t *testing.T) {
				got := renderWithNotices(t, format, Options{Rules: sampleRules(), ShowSuppressed: show}, suppressedResults(), sampleNotices())
				golden.Assert(t, filepath.Join("testdata", name+".golden"), got)
			})
		}
	}
}

func TestSummaryCountsAccepted(t *testing.T) {
	var sum Summary
	for _, r := range suppressedResults() {
		sum.Add(r)
	}
	var plain Summary
	for _, r := range sampleResults() {
		plain.Add(r)
	}
	if sum.Suppressed != 1 || sum.Baselined != 1 || sum.Warn != plain.Warn-1 || sum.Deny != plain.Deny-1 {
		t.Errorf("summary %+v (without suppression %+v): want one warn suppressed and one deny baselined", sum, plain)
	}
	if line := summaryLine(sum); !strings.HasSuffix(line, ", 1 suppressed, 1 in the baseline") {
		t.Errorf("summary line %q", line)
	}
}
