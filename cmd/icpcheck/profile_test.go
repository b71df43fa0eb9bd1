package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCPUProfileWritten(t *testing.T) {
	path := filepath.Join(t.TempDir(), "cpu.prof")
	stop, err := startCPUProfile(func(name string) string {
		if name == "ICPCHECK_CPUPROFILE" {
			return path
		}
		return ""
	})
	if err != nil {
		t.Fatal(err)
	}
	stop()
	if info, err := os.Stat(path); err != nil || info.Size() == 0 {
		t.Fatalf("no profile written: %v", err)
	}
}

func TestCPUProfileUnset(t *testing.T) {
	stop, err := startCPUProfile(func(string) string { return "" })
	if err != nil {
		t.Fatal(err)
	}
	stop()
}

func TestCPUProfileUnwritable(t *testing.T) {
	path := filepath.Join(t.TempDir(), "missing", "cpu.prof")
	_, err := startCPUProfile(func(string) string { return path })
	if err == nil || !strings.HasPrefix(err.Error(), "ICPCHECK_CPUPROFILE: ") {
		t.Fatalf("err = %v, want one naming ICPCHECK_CPUPROFILE", err)
	}
}
