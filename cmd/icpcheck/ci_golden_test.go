package main

import (
	"os"
	"strings"
	"testing"

	"github.com/icpcheck/icpcheck/internal/golden"
)

// TestCIGolden runs the plans through a config with a used, an expired
// and a stale exception, and a baseline of one plan's findings: the text
// (with --show-suppressed) and JSON reports, the notices on standard
// error and the baseline file itself are golden.
func TestCIGolden(t *testing.T) {
	chdirRoot(t)
	const baseline = "fixtures/ci/baseline.json"
	written := "fixtures/ci/baseline.written.json"
	t.Cleanup(func() { os.Remove(written) })
	code, _, errOut := runCLI(t, "", "check", "--config", "fixtures/ci/icpcheck.yaml", "--write-baseline", written, "fixtures/plans/migration-without-wait.json")
	if code != exitFindings {
		t.Fatalf("writing the baseline: exit %d, %s", code, errOut)
	}
	raw, err := os.ReadFile(written)
	if err != nil {
		t.Fatal(err)
	}
	golden.Assert(t, baseline, raw)

	args := []string{"check", "--config", "fixtures/ci/icpcheck.yaml", "--baseline", baseline, "--no-color"}
	code, out, errOut := runCLI(t, "", append(args, "--show-suppressed", "fixtures/plans")...)
	golden.Assert(t, "fixtures/ci/plans.golden.txt", []byte(out))
	golden.Assert(t, "fixtures/ci/notices.golden.txt", []byte(errOut))
	if code != exitFindings {
		t.Errorf("exit %d, want 1: other plans still fail", code)
	}
	_, out, _ = runCLI(t, "", append(args, "-o", "json", "fixtures/plans")...)
	golden.Assert(t, "fixtures/ci/plans.golden.json", []byte(out))
	r := parseReport(t, out)
	// The ICP501s are accepted by the exception, so the baseline holds the
	// plan's two other findings.
	if r.Summary.Baselined != 2 || r.Summary.Suppressed == 0 || len(r.Notices) != 2 {
		t.Errorf("summary %+v, notices %+v: want the baselined plan's 2 findings, suppressed ICP501s, 2 notices", r.Summary, r.Notices)
	}
	for _, res := range r.Results {
		for _, v := range res.Violations {
			if strings.HasSuffix(res.File, "migration-wrong-order.json") && v.Rule == "ICP304" && v.Suppressed != nil {
				t.Error("the expired exception still suppresses ICP304 in migration-wrong-order.json")
			}
		}
	}
}
