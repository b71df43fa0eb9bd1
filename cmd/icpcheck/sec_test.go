package main

import (
	"strings"
	"testing"
)

// Tests of running safely on files a pull request controls (issue 13).

func TestFlagLimitsAreUsageErrors(t *testing.T) {
	chdirRoot(t)
	for _, args := range [][]string{
		{"validate", "--max-size", "9999999999GiB", "x.json"},
		{"validate", "--max-size", "9223372036854775807KiB", "x.json"},
		{"validate", "--jobs", "100000", "x.json"},
	} {
		code, _, errOut := runCLI(t, "", args...)
		if code != exitError || !strings.Contains(errOut, args[1]) || strings.Count(strings.TrimSpace(errOut), "\n") > 1 {
			t.Errorf("%v: exit %d, stderr %q; want exit 2 naming the flag", args, code, errOut)
		}
	}
}
