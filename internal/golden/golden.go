// Package golden compares test output with expected files kept in the
// repository. `go test ./... -update` rewrites them from the current output;
// every test package imports this one, so every test binary accepts -update.
package golden

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite golden files with the current output")

// Updating reports whether the run rewrites golden files.
func Updating() bool { return *update }

// Assert compares got with the golden file at path, or rewrites the file
// when -update is given. A difference is reported as a line diff, so a
// one-line change in a long report reads as one line.
func Assert(t testing.TB, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden file (run `go test ./... -update` to create it): %v", err)
	}
	if diff := Diff(want, got); diff != "" {
		t.Errorf("output differs from %s (-want +got; run `go test ./... -update` to accept it):\n%s", path, diff)
	}
}

// Diff is the line diff from want to got (lines only in want start with
// "-", lines only in got with "+"), or "" when they are equal.
func Diff(want, got []byte) string {
	if bytes.Equal(want, got) {
		return ""
	}
	return cmp.Diff(lines(want), lines(got))
}

func lines(b []byte) []string { return strings.SplitAfter(string(b), "\n") }
