package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDataOverrideChangesVerdict: province data corrected with -d changes a
// verdict: a shell subject in Hubei may not add a website (ICP211) until
// the data says Hubei allows it.
func TestDataOverrideChangesVerdict(t *testing.T) {
	chdirRoot(t)
	const plan = "fixtures/plans/icp211-shell-subject-in-hubei-adds-website.json"
	code, out, _ := runCLI(t, "", "check", "--no-color", plan)
	if code != exitFindings || !strings.Contains(out, "ICP211") {
		t.Fatalf("without -d: exit %d, want 1 with ICP211:\n%s", code, out)
	}
	code, out, errOut := runCLI(t, "", "check", "--no-color", "-d", "fixtures/data/hubei-shell-subjects-may-add.json", plan)
	if code != exitOK || strings.Contains(out, "ICP211") {
		t.Errorf("with -d: exit %d, want 0 without ICP211:\n%s%s", code, out, errOut)
	}
}

// TestBadData: a -d file that gives a province or provider field the wrong
// type, or names an unknown province, is exit 2 with one line naming the
// field (and listing the codes) and the file.
func TestBadData(t *testing.T) {
	chdirRoot(t)
	for _, tc := range []struct{ name, data, want string }{
		{"wrong type", `{"icp": {"providers": {"alibaba-cloud": {"order_idle_delete_days": "45"}}}}`,
			"data.icp.providers.alibaba-cloud.order_idle_delete_days: got string, want integer"},
		{"unknown province", `{"icp": {"provinces": {"HUN": {"shell_subject_may_add": true}}}}`,
			`data.icp.provinces: unknown key "HUN": use one of AH, BJ, CQ,`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			file := filepath.Join(t.TempDir(), "override.json")
			if err := os.WriteFile(file, []byte(tc.data), 0o644); err != nil {
				t.Fatal(err)
			}
			for _, args := range [][]string{
				{"validate", "-d", file, "fixtures/filings/clean-single-site.json"},
				{"check", "-d", file, "fixtures/plans/clean-migration.json"},
				{"rules", "-d", file},
			} {
				code, out, errOut := runCLI(t, "", args...)
				if code != exitError || out != "" || !strings.Contains(errOut, tc.want) || !strings.Contains(errOut, file) || strings.Count(strings.TrimSpace(errOut), "\n") > 0 {
					t.Errorf("%v: exit %d, stdout %q, stderr %q; want exit 2 and one line with %q", args[0], code, out, errOut, tc.want)
				}
			}
		})
	}
}

// TestDataFileWithDuplicateKeyIsAnError: a -d file that gives
// expiry_warning_days twice is a usage failure (exit 2, one line naming the
// file and place), never a silently switched-off ICP105.
func TestDataFileWithDuplicateKeyIsAnError(t *testing.T) {
	chdirRoot(t)
	data := filepath.Join(t.TempDir(), "thresholds.json")
	if err := os.WriteFile(data, []byte(`{"icp": {"thresholds": {"expiry_warning_days": 30,
  "expiry_warning_days": 0}}}`), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCLI(t, "", "validate", "-d", data, "fixtures/filings/icp105-instance-expiring.json")
	want := data + `:2:3: duplicate key "expiry_warning_days" in the object at /icp/thresholds`
	if code != exitError || out != "" || !strings.Contains(errOut, want) || strings.Count(errOut, "\n") != 1 {
		t.Errorf("exit %d, stdout %q, stderr %q; want exit 2 and one line containing %q", code, out, errOut, want)
	}
}
