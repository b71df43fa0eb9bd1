package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

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
