package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/icpcheck/icpcheck/internal/golden"
)

// durations are the only part of OPA's test report that changes from run
// to run.
var durations = regexp.MustCompile(`\((?:\d+(?:\.\d+)?(?:ns|µs|ms|s|m|h))+\)`)

// TestTestGolden runs `icpcheck test` over a small folder with a passing
// and a failing test: OPA's report, the coverage of the policy file, the
// closing line; exit 1.
func TestTestGolden(t *testing.T) {
	code, out, errOut := runCLI(t, "", "test", "--no-builtin", "--coverage", "testdata/regotest")
	if code != exitFindings {
		t.Errorf("exit %d, want 1 (stderr: %s)", code, errOut)
	}
	golden.Assert(t, "testdata/regotest.golden", []byte(durations.ReplaceAllString(out, "(DURATION)")))
	if !strings.HasSuffix(out, "\n1 passed, 1 failed\n") {
		t.Errorf("output does not end with the summary line:\n%s", out)
	}
}

// TestTestEmbedded: the embedded policies' tests pass with coverage at or
// above the CI gate, and the report ends "coverage: NN.N%" then "N passed,
// 0 failed".
func TestTestEmbedded(t *testing.T) {
	code, out, errOut := runCLI(t, "", "test", "--coverage", "--threshold", "95")
	if code != exitOK {
		t.Fatalf("exit %d, want 0\nstdout:\n%s\nstderr:\n%s", code, out, errOut)
	}
	passed, failed, coverage := testSummary(t, out)
	if failed != 0 || passed < 100 {
		t.Errorf("%d passed, %d failed; want 0 failed and the whole pack", passed, failed)
	}
	if coverage < 95 {
		t.Errorf("coverage %.1f%%, want at least 95%%", coverage)
	}
}

// testSummary reads the closing lines of `icpcheck test --coverage`.
func testSummary(t *testing.T, out string) (passed, failed int, coverage float64) {
	t.Helper()
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
	if len(lines) < 2 {
		t.Fatalf("output too short:\n%s", out)
	}
	m := regexp.MustCompile(`^(\d+) passed, (\d+) failed$`).FindStringSubmatch(lines[len(lines)-1])
	c := regexp.MustCompile(`^coverage: (\d+\.\d)%$`).FindStringSubmatch(lines[len(lines)-2])
	if m == nil || c == nil {
		t.Fatalf("output does not end with \"coverage: NN.N%%\" and \"N passed, N failed\":\n%s", out)
	}
	passed, _ = strconv.Atoi(m[1])
	failed, _ = strconv.Atoi(m[2])
	coverage, _ = strconv.ParseFloat(c[1], 64)
	return passed, failed, coverage
}

// TestTestAgreesWithOPA: `icpcheck test` over the embedded pack counts the
// same tests as `opa test policies/`, and its coverage is what `opa test
// --coverage policies/` reports for the policy files (opa also counts the
// test files' own lines).
func TestTestAgreesWithOPA(t *testing.T) {
	opa := opaBinary(t)
	chdirRoot(t)
	_, out, _ := runCLI(t, "", "test", "--coverage")
	passed, failed, coverage := testSummary(t, out)

	plain, err := exec.Command(opa, "test", "policies/").CombinedOutput()
	if err != nil {
		t.Fatalf("opa test policies/: %v\n%s", err, plain)
	}
	if want := "PASS: " + strconv.Itoa(passed) + "/" + strconv.Itoa(passed+failed); !strings.Contains(string(plain), want) {
		t.Errorf("opa test policies/ says\n%s\nicpcheck test says %d passed, %d failed", plain, passed, failed)
	}

	raw, err := exec.Command(opa, "test", "--coverage", "policies/").Output()
	if err != nil {
		t.Fatalf("opa test --coverage policies/: %v", err)
	}
	var rep struct {
		Files map[string]struct {
			Covered    int `json:"covered_lines"`
			NotCovered int `json:"not_covered_lines"`
		} `json:"files"`
	}
	if err := json.Unmarshal(raw, &rep); err != nil {
		t.Fatalf("opa coverage report: %v", err)
	}
	covered, total := 0, 0
	for name, f := range rep.Files {
		if !strings.HasSuffix(name, "_test.rego") {
			covered += f.Covered
			total += f.Covered + f.NotCovered
		}
	}
	if total == 0 {
		t.Fatal("opa reported no policy lines")
	}
	if want := strconv.FormatFloat(100*float64(covered)/float64(total), 'f', 1, 64); strconv.FormatFloat(coverage, 'f', 1, 64) != want {
		t.Errorf("coverage: icpcheck %.1f%%, opa %s%% (%d of %d policy lines)", coverage, want, covered, total)
	}
}

// TestTestCustomPolicy: the worked example's tests run beside the
// embedded ones, and -r picks tests by name.
func TestTestCustomPolicy(t *testing.T) {
	chdirRoot(t)
	code, out, errOut := runCLI(t, "", "test", "fixtures/custom/policy")
	if code != exitOK {
		t.Fatalf("exit %d\n%s%s", code, out, errOut)
	}
	code, out, _ = runCLI(t, "", "test", "-v", "-r", `filing_acme_test\.`, "fixtures/custom/policy")
	if code != exitOK || !strings.Contains(out, "data.icp.filing_acme_test.test_unapproved_provider_denied: PASS") ||
		strings.Contains(out, "data.icp.filing_test.") || !strings.HasSuffix(out, "\n9 passed, 0 failed\n") {
		t.Errorf("-v -r: exit %d, want only the 9 ACME tests listed:\n%s", code, out)
	}
}

// TestTestThreshold: coverage under --threshold exits 1 and says so.
func TestTestThreshold(t *testing.T) {
	code, out, errOut := runCLI(t, "", "test", "--no-builtin", "--threshold", "99", "-r", "alibaba", "testdata/regotest")
	if code != exitFindings || !strings.Contains(errOut, "below the threshold 99%") || !strings.HasSuffix(out, "1 passed, 0 failed\n") {
		t.Errorf("exit %d, stdout:\n%s\nstderr: %s", code, out, errOut)
	}
}

func TestTestUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"test", "--threshold", "101"},
		{"test", "--no-builtin"},
		{"test", "no-such-folder"},
		{"test", "-r", "("},
	} {
		code, _, errOut := runCLI(t, "", args...)
		if code != exitError || !strings.HasPrefix(errOut, "icpcheck test: ") {
			t.Errorf("%v: exit %d, stderr %q; want exit 2 and a hint", args, code, errOut)
		}
	}
}

// TestTestCompileError: a policy that does not compile is exit 2 with the
// compiler's message, and so is a misspelt input field in package
// icp.filing (the pack's JSON Schema covers the package's every file).
func TestTestCompileError(t *testing.T) {
	dir := t.TempDir()
	src := "package icp.filing\n\ndeny contains {\"rule\": \"X1\", \"msg\": h.domain} if {\n\tsome h in input.hostng\n}\n"
	if err := os.WriteFile(filepath.Join(dir, "typo.rego"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := runCLI(t, "", "test", dir)
	if code != exitError || !strings.Contains(errOut, "input.hostng") {
		t.Errorf("exit %d, stderr %q; want exit 2 naming input.hostng", code, errOut)
	}
}
