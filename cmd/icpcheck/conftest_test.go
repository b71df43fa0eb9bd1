package main

import (
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// conftestVersion is the conftest that .ci/run installs.
const conftestVersion = "v0.69.0"

// conftestBinary finds conftest on PATH, in GOBIN or in GOPATH/bin (where
// `go install` puts it), or skips the test saying how to install it.
func conftestBinary(t *testing.T) string {
	t.Helper()
	if p, err := exec.LookPath("conftest"); err == nil {
		return p
	}
	var dirs []string
	if out, err := exec.Command("go", "env", "GOBIN", "GOPATH").Output(); err == nil {
		lines := strings.Split(strings.TrimRight(string(out), "\n"), "\n")
		if len(lines) > 0 && lines[0] != "" {
			dirs = append(dirs, lines[0])
		}
		if len(lines) > 1 {
			for _, p := range filepath.SplitList(lines[1]) {
				dirs = append(dirs, filepath.Join(p, "bin"))
			}
		}
	}
	for _, d := range dirs {
		p := filepath.Join(d, "conftest")
		if info, err := os.Stat(p); err == nil && !info.IsDir() {
			return p
		}
	}
	t.Skipf("conftest is not installed (not on PATH, nor in GOBIN or GOPATH/bin): "+
		"install it with `go install github.com/open-policy-agent/conftest@%s` to run this test (.ci/run does)", conftestVersion)
	return ""
}

// TestConftestAgrees: `conftest test --policy policies --data policies
// --namespace icp.filing` reports, for every fixture snapshot, the denies
// and warns that `icpcheck validate` reports (rule and message).
func TestConftestAgrees(t *testing.T) {
	conftest := conftestBinary(t)
	chdirRoot(t)
	all, _ := filepath.Glob("fixtures/filings/*.json")
	// conftest queries deny and warn as they stand, with provider names as
	// written; icpcheck (and an OPA server) ask the decision, which reads
	// aliases as their ids first. Fixtures of provider aliases differ by
	// design (README, "Provider names").
	files := slices.DeleteFunc(all, func(f string) bool { return strings.Contains(f, "aliases") })
	if len(files) == 0 || len(files) == len(all) {
		t.Fatalf("%d snapshot fixtures, %d without aliases", len(all), len(files))
	}

	args := append([]string{"test", "--policy", "policies", "--data", "policies", "--namespace", "icp.filing", "--no-color", "-o", "json"}, files...)
	out, err := exec.Command(conftest, args...).Output()
	var exit *exec.ExitError
	if err != nil && !(errors.As(err, &exit) && exit.ExitCode() == 1) { // 1: a failure was found
		t.Fatalf("conftest %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	type conftestResult struct {
		Msg      string
		Metadata struct{ Rule string }
	}
	var results []struct {
		Filename           string
		Failures, Warnings []conftestResult
		Exceptions         []conftestResult
	}
	if err := json.Unmarshal(out, &results); err != nil {
		t.Fatalf("conftest output: %v\n%s", err, out)
	}
	got := map[string][]finding{}
	for _, r := range results {
		for sev, list := range map[string][]conftestResult{"deny": r.Failures, "warn": r.Warnings} {
			for _, v := range list {
				got[r.Filename] = append(got[r.Filename], finding{Severity: sev, Rule: v.Metadata.Rule, Message: v.Msg})
			}
		}
	}

	_, report, _ := runCLI(t, "", append([]string{"validate", "-o", "json"}, files...)...)
	var icp struct {
		Results []struct {
			File       string
			Violations []struct{ Rule, Severity, Message string }
		}
	}
	if err := json.Unmarshal([]byte(report), &icp); err != nil {
		t.Fatal(err)
	}
	if len(icp.Results) != len(files) || len(results) != len(files) {
		t.Fatalf("%d files, icpcheck gave %d results and conftest %d", len(files), len(icp.Results), len(results))
	}
	denies := 0
	for _, r := range icp.Results {
		var want []finding
		for _, v := range r.Violations {
			want = append(want, finding{Severity: v.Severity, Rule: v.Rule, Message: v.Message})
			if v.Severity == "deny" {
				denies++
			}
		}
		sortFindings(want)
		sortFindings(got[r.File])
		if a, b := len(want), len(got[r.File]); a != b || (a > 0 && !equalFindings(want, got[r.File])) {
			t.Errorf("%s: conftest found\n%v\nicpcheck validate found\n%v", r.File, got[r.File], want)
		}
	}
	if denies == 0 {
		t.Error("no fixture has a deny: the comparison proves nothing")
	}
}

func equalFindings(a, b []finding) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
