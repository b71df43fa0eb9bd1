//go:build unix

package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLoadRefusesProcFiles: a .icpcheck.yaml from a pull request that links
// to /proc/self/environ is refused unread (it reports a size of 0), so no
// error can quote the runner's environment.
func TestLoadRefusesProcFiles(t *testing.T) {
	if _, err := os.Stat("/proc/self/environ"); err != nil {
		t.Skip("no /proc here")
	}
	t.Setenv("ICPCHECK_SECRET_FOR_TEST", "s3cr3t-value")
	link := filepath.Join(t.TempDir(), ".icpcheck.yaml")
	if err := os.Symlink("/proc/self/environ", link); err != nil {
		t.Fatal(err)
	}
	_, err := Load(link)
	if err == nil || !strings.Contains(err.Error(), "changed size while it was read") || strings.Contains(err.Error(), "s3cr3t") {
		t.Errorf("err = %v, want a refusal that quotes nothing", err)
	}
}
