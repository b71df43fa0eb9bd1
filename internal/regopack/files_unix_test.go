//go:build unix

package regopack

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

func TestPathsRefuseWhatIsNotARegularFile(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "ok.rego"), []byte("package x\n\ny := 1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.rego"), 0o644); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	if err := os.Symlink("/dev/zero", filepath.Join(dir, "zero.json")); err != nil {
		t.Fatal(err)
	}
	for _, paths := range [][]string{{dir}, {filepath.Join(dir, "pipe.rego")}, {"/dev/zero"}} {
		done := make(chan error, 1)
		go func() { _, err := Paths(paths, false); done <- err }()
		select {
		case err := <-done:
			if err == nil || !strings.Contains(err.Error(), ", not a regular file: give Rego, JSON or YAML files") {
				t.Errorf("%v: err = %v, want a refusal", paths, err)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("%v: loading hung", paths)
		}
	}
}

func TestPathsRefuseOversizedFiles(t *testing.T) {
	big := filepath.Join(t.TempDir(), "big.json")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(maxFileSize + 1); err != nil { // sparse: no disk used
		t.Fatal(err)
	}
	f.Close()
	if _, err := Paths([]string{filepath.Dir(big)}, true); err == nil || !strings.Contains(err.Error(), "larger than the 10 MiB") {
		t.Errorf("err = %v, want a refusal naming the limit", err)
	}
}
