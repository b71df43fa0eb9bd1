package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Tests of the CI conventions: the config file, exceptions, baselines.

const (
	denyFixture = "icp101-dns-at-provider-without-access.json" // ICP101 on example.com and www.example.com
	warnFixture = "icp105-instance-expiring.json"              // ICP105 (warn) on both domains
)

// ciRepo makes a repository in a temporary folder with the two fixtures
// under filings/ and the given .icpcheck.yaml (none when empty), and
// changes into it.
func ciRepo(t *testing.T, config string) string {
	t.Helper()
	fixtures, err := filepath.Abs(filepath.Join("..", "..", "fixtures", "filings"))
	if err != nil {
		t.Fatal(err)
	}
	repo := t.TempDir()
	for _, dir := range []string{".git", "filings"} {
		if err := os.Mkdir(filepath.Join(repo, dir), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for _, name := range []string{denyFixture, warnFixture} {
		raw, err := os.ReadFile(filepath.Join(fixtures, name))
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, filepath.Join(repo, "filings", name), string(raw))
	}
	if config != "" {
		writeFile(t, filepath.Join(repo, ".icpcheck.yaml"), config)
	}
	t.Chdir(repo)
	return repo
}

func writeFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// report is the part of the JSON output these tests read.
type report struct {
	Results []struct {
		File       string `json:"file"`
		Violations []struct {
			Rule       string `json:"rule"`
			Domain     string `json:"domain"`
			Suppressed *struct {
				Kind, Reason, Expires, Source string
			} `json:"suppressed"`
		} `json:"violations"`
	} `json:"results"`
	Notices []struct {
		Source, Rule, Status, Message string
	} `json:"notices"`
	Summary struct {
		Documents, Deny, Warn, Errors, Suppressed, Baselined int
	} `json:"summary"`
}

func parseReport(t *testing.T, out string) report {
	t.Helper()
	var r report
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("output is not the JSON report: %v\n%s", err, out)
	}
	return r
}

// TestConfigFoundUpward: a run in a sub-folder reads the repository's
// .icpcheck.yaml; --no-config and a flag override it.
func TestConfigFoundUpward(t *testing.T) {
	repo := ciRepo(t, "output: json\n")
	t.Chdir(filepath.Join(repo, "filings"))
	code, out, errOut := runCLI(t, "", "validate", denyFixture)
	if code != exitFindings || !strings.HasPrefix(out, "{") {
		t.Fatalf("exit %d, want 1 and JSON from the config (stderr %s):\n%s", code, errOut, out)
	}
	if _, out, _ := runCLI(t, "", "validate", "--no-config", "--no-color", denyFixture); !strings.HasPrefix(out, "FAIL") {
		t.Errorf("--no-config still read the config:\n%s", out)
	}
	if _, out, _ := runCLI(t, "", "validate", "-o", "text", "--no-color", denyFixture); !strings.HasPrefix(out, "FAIL") {
		t.Errorf("-o text did not win over the config:\n%s", out)
	}
	writeFile(t, "other.yaml", "output: junit\n")
	if _, out, _ := runCLI(t, "", "validate", "--config", "other.yaml", denyFixture); !strings.HasPrefix(out, "<?xml") {
		t.Errorf("--config other.yaml was not read:\n%s", out)
	}
}

// TestConfigPrecedence: each setting of the file applies unless its flag
// is given, even when the flag gives the default value.
func TestConfigPrecedence(t *testing.T) {
	ciRepo(t, `output: json
fail_on_warn: true
jobs: 1
policies: [policy]
filing: filings/`+denyFixture+`
`)
	if err := os.Mkdir("policy", 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, "policy/company.rego", `package icp.filing

deny contains {"rule": "ACME900", "msg": "company rule"} if input.kind == "FilingSnapshot"
`)
	code, out, errOut := runCLI(t, "", "validate", "filings/"+warnFixture)
	r := parseReport(t, out)
	if code != exitFindings || r.Summary.Warn != 2 || r.Summary.Deny != 1 {
		t.Errorf("with the config: exit %d, summary %+v (stderr %s); want the warns, the company deny, exit 1", code, r.Summary, errOut)
	}
	writeFile(t, "policy/none.rego", "package icp.filing\n")
	code, out, errOut = runCLI(t, "", "validate", "--fail-on-warn=false", "-p", "policy/none.rego", "filings/"+warnFixture)
	r = parseReport(t, out)
	if code != exitOK || r.Summary.Deny != 0 || strings.Contains(out, "ACME900") {
		t.Errorf("flags over the config: exit %d, summary %+v (stderr %s); want -p to replace the config's policies and --fail-on-warn=false to win", code, r.Summary, errOut)
	}
	code, _, errOut = runCLI(t, "", "validate", "--jobs", "0", "filings/"+warnFixture)
	if code != exitError || !strings.Contains(errOut, "--jobs 0") {
		t.Errorf("--jobs 0 over the config's jobs: exit %d, %s", code, errOut)
	}
}

// TestConfigPathsRelativeToFile: paths in the file are relative to it,
// wherever icpcheck runs.
func TestConfigPathsRelativeToFile(t *testing.T) {
	repo := ciRepo(t, "filing: filings/"+denyFixture+"\npolicies: [policy]\n")
	if err := os.Mkdir("policy", 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, "policy/p.rego", "package icp.filing\n\ndeny contains {\"rule\": \"ACME901\", \"msg\": \"here\"} if true\n")
	t.Chdir(filepath.Join(repo, "filings"))
	code, out, errOut := runCLI(t, "", "validate", "-o", "json", warnFixture)
	if code != exitFindings || !strings.Contains(out, "ACME901") {
		t.Errorf("policies: [policy] from a sub-folder: exit %d (stderr %s)\n%s", code, errOut, out)
	}
}

func TestConfigErrors(t *testing.T) {
	for _, tc := range []struct {
		config string
		args   []string
		want   string
	}{
		{"outptu: json\n", nil, `.icpcheck.yaml:1: unknown key "outptu" (did you mean "output"?)`},
		{"output: xml\n", nil, `.icpcheck.yaml:1: output: unknown output format "xml"`},
		{"exceptions:\n  - rule: ICP101\n    reason: r\n    expires: 31/12/2026\n", nil, `.icpcheck.yaml:4: exceptions.expires: "31/12/2026" is not a date`},
		{"jobs: many\n", nil, `.icpcheck.yaml:1: jobs: want a whole number`},
		{"", []string{"--config", "missing.yaml"}, "missing.yaml"},
		{"", []string{"--config", "x.yaml", "--no-config"}, "--config and --no-config exclude each other"},
	} {
		t.Run(tc.want, func(t *testing.T) {
			ciRepo(t, tc.config)
			args := append(append([]string{"validate"}, tc.args...), "filings/"+denyFixture)
			code, out, errOut := runCLI(t, "", args...)
			if code != exitError || !strings.Contains(errOut, tc.want) || out != "" {
				t.Errorf("%q %v: exit %d, stderr %q, stdout %q; want exit 2 naming %q", tc.config, tc.args, code, errOut, out, tc.want)
			}
		})
	}
}

// TestExceptionSuppresses: an exception narrowed to one domain accepts that
// finding only; the other still fails the build.
func TestExceptionSuppresses(t *testing.T) {
	ciRepo(t, `exceptions:
  - rule: ICP101
    domain: example.com
    path: filings/*.json
    reason: DNS moves back on Monday (OPS-12)
    expires: 2099-12-31
`)
	code, out, errOut := runCLI(t, "", "validate", "-o", "json", "filings/"+denyFixture)
	r := parseReport(t, out)
	if code != exitFindings || r.Summary.Deny != 1 || r.Summary.Suppressed != 1 {
		t.Fatalf("exit %d, summary %+v (stderr %s); want 1 deny left and 1 suppressed", code, r.Summary, errOut)
	}
	for _, v := range r.Results[0].Violations {
		sup := v.Suppressed
		switch v.Domain {
		case "example.com":
			if sup == nil || sup.Kind != "exception" || sup.Reason != "DNS moves back on Monday (OPS-12)" || sup.Expires != "2099-12-31" || sup.Source != ".icpcheck.yaml:2" {
				t.Errorf("suppressed = %+v", sup)
			}
		default:
			if sup != nil {
				t.Errorf("%s suppressed too", v.Domain)
			}
		}
	}
	if errOut != "" {
		t.Errorf("stderr %q, want nothing: the exception is used and current", errOut)
	}

	// Without the domain, both findings are accepted: exit 0.
	writeFile(t, ".icpcheck.yaml", "exceptions:\n  - rule: ICP101\n    reason: accepted\n")
	if code, out, _ := runCLI(t, "", "validate", "--no-color", "filings/"+denyFixture); code != exitOK || !strings.Contains(out, "2 accepted findings not shown (--show-suppressed lists them)") {
		t.Errorf("exit %d, want 0 with both findings accepted:\n%s", code, out)
	}
}

// TestExpiredException: past its date an exception suppresses nothing and
// a warning names it, on standard error and in the JSON notices.
func TestExpiredException(t *testing.T) {
	ciRepo(t, "exceptions:\n  - rule: ICP101\n    reason: until the move\n    expires: 2020-01-31\n")
	code, out, errOut := runCLI(t, "", "validate", "-o", "json", "filings/"+denyFixture)
	r := parseReport(t, out)
	if code != exitFindings || r.Summary.Deny != 2 || r.Summary.Suppressed != 0 {
		t.Errorf("exit %d, summary %+v; want the expired exception to accept nothing", code, r.Summary)
	}
	want := ".icpcheck.yaml:2: exception for ICP101 expired on 2020-01-31 and no longer suppresses"
	if !strings.Contains(errOut, "warning: "+want) {
		t.Errorf("stderr %q lacks %q", errOut, want)
	}
	if len(r.Notices) != 1 || r.Notices[0].Status != "expired" || r.Notices[0].Source != ".icpcheck.yaml:2" {
		t.Errorf("notices %+v", r.Notices)
	}
	_, out, _ = runCLI(t, "", "validate", "-o", "github", "filings/"+denyFixture)
	if !strings.Contains(out, "::warning file=.icpcheck.yaml,line=2,title=icpcheck exception expired::exception for ICP101 expired") {
		t.Errorf("github output lacks the annotation on the config file:\n%s", out)
	}
}

// TestStaleException: an exception that matches nothing is reported, and
// the exit code does not change.
func TestStaleException(t *testing.T) {
	ciRepo(t, "exceptions:\n  - rule: ICP105\n    website: blog\n    reason: old\n")
	code, out, errOut := runCLI(t, "", "validate", "-o", "json", "filings/"+denyFixture)
	r := parseReport(t, out)
	if code != exitFindings || len(r.Notices) != 1 || r.Notices[0].Status != "stale" {
		t.Errorf("exit %d, notices %+v", code, r.Notices)
	}
	if !strings.Contains(errOut, `.icpcheck.yaml:2: exception for ICP105 (website "blog") matched no finding`) {
		t.Errorf("stderr %q", errOut)
	}
}

// TestRegoException: a conftest-style exception rule in a -p policy
// exempts its document.
func TestRegoException(t *testing.T) {
	policy, _ := filepath.Abs(filepath.Join("testdata", "exception"))
	ciRepo(t, "")
	code, out, errOut := runCLI(t, "", "validate", "-o", "json", "-p", policy, "filings/"+denyFixture)
	r := parseReport(t, out)
	if code != exitOK || r.Summary.Suppressed != 2 {
		t.Fatalf("exit %d, summary %+v (stderr %s)", code, r.Summary, errOut)
	}
	if sup := r.Results[0].Violations[0].Suppressed; sup == nil || sup.Kind != "policy" || sup.Source != "data.icp.filing.exception" {
		t.Errorf("suppressed = %+v", sup)
	}
	// The exception names ICP101 only: the warns of another document stay.
	if code, _, _ := runCLI(t, "", "validate", "--fail-on-warn", "-p", policy, "filings/"+warnFixture); code != exitFindings {
		t.Errorf("exit %d, want 1: ICP105 is not exempt", code)
	}
}

// TestBaselineSurvivesLineShift: findings written to a baseline stop
// failing the build; moving them down the file does not revive them; a new
// finding still fails.
func TestBaselineSurvivesLineShift(t *testing.T) {
	ciRepo(t, "")
	doc := "filings/" + denyFixture
	code, _, errOut := runCLI(t, "", "validate", "--write-baseline", "baseline.json", doc)
	if code != exitFindings || !strings.Contains(errOut, "wrote the baseline baseline.json (2 findings)") {
		t.Fatalf("writing the baseline: exit %d, stderr %s", code, errOut)
	}
	first, _ := os.ReadFile("baseline.json")
	runCLI(t, "", "validate", "--write-baseline", "baseline.json", doc)
	if again, _ := os.ReadFile("baseline.json"); string(again) != string(first) {
		t.Errorf("the baseline differs between two runs:\n%s\n%s", first, again)
	}

	raw, _ := os.ReadFile(doc)
	writeFile(t, doc, strings.Replace(string(raw), "{", "{\n\n\n\n", 1))
	code, out, errOut := runCLI(t, "", "validate", "-o", "json", "--baseline", "baseline.json", doc)
	r := parseReport(t, out)
	if code != exitOK || r.Summary.Baselined != 2 || r.Summary.Deny != 0 {
		t.Errorf("after a line shift: exit %d, summary %+v (stderr %s); want both findings in the baseline", code, r.Summary, errOut)
	}
	if _, out, _ := runCLI(t, "", "validate", "--no-color", "--show-suppressed", "--baseline", "baseline.json", doc); !strings.Contains(out, "accepted, in the baseline baseline.json") {
		t.Errorf("--show-suppressed does not say the baseline accepted them:\n%s", out)
	}

	// A new document's findings are new.
	code, out, _ = runCLI(t, "", "validate", "-o", "json", "--fail-on-warn", "--baseline", "baseline.json", doc, "filings/"+warnFixture)
	if r := parseReport(t, out); code != exitFindings || r.Summary.Warn != 2 || r.Summary.Baselined != 2 {
		t.Errorf("with a new document: exit %d, summary %+v", code, r.Summary)
	}
	writeFile(t, "bad.json", "{\"icpcheck_baseline\": 1, \"findings\": [}")
	if code, _, errOut := runCLI(t, "", "validate", "--baseline", "bad.json", doc); code != exitError || !strings.Contains(errOut, "bad.json") {
		t.Errorf("a broken baseline: exit %d, %s", code, errOut)
	}
}

// TestSuppressedInEveryFormat: each format carries accepted findings its own
// way.
func TestSuppressedInEveryFormat(t *testing.T) {
	ciRepo(t, "exceptions:\n  - rule: ICP101\n    domain: example.com\n    reason: booked\n")
	doc := "filings/" + denyFixture
	for _, tc := range []struct {
		args []string
		want []string
		not  []string
	}{
		{[]string{"-o", "sarif"}, []string{`"suppressions": [`, `"kind": "external"`, `"status": "accepted"`, `"justification": "booked (exception .icpcheck.yaml:2)"`}, nil},
		{[]string{"-o", "junit"}, []string{`failures="1"`}, []string{"<skipped"}}, // ICP101 still fails on www.example.com
		{[]string{"-o", "text"}, []string{"1 accepted finding not shown (--show-suppressed lists it)", "1 suppressed"}, []string{"booked"}},
		{[]string{"-o", "text", "--show-suppressed"}, []string{"accepted, exception .icpcheck.yaml:2: booked"}, nil},
		{[]string{"-o", "markdown"}, []string{"1 accepted finding not shown"}, []string{"booked"}},
		{[]string{"-o", "markdown", "--show-suppressed"}, []string{"| Accepted | Rule | Message | Why |", "accepted, exception .icpcheck.yaml:2: booked"}, nil},
		{[]string{"-o", "github"}, []string{"::error file=filings/"}, []string{"::notice"}},
		{[]string{"-o", "github", "--show-suppressed"}, []string{"::notice file=filings/", "accepted, exception .icpcheck.yaml:2: booked"}, nil},
	} {
		_, out, _ := runCLI(t, "", append(append([]string{"validate", "--no-color"}, tc.args...), doc)...)
		for _, w := range tc.want {
			if !strings.Contains(out, w) {
				t.Errorf("%v: output lacks %q:\n%s", tc.args, w, out)
			}
		}
		for _, n := range tc.not {
			if strings.Contains(out, n) {
				t.Errorf("%v: output has %q:\n%s", tc.args, n, out)
			}
		}
	}
}

func TestConfigInit(t *testing.T) {
	ciRepo(t, "")
	code, _, errOut := runCLI(t, "", "config", "init")
	if code != exitOK || !strings.Contains(errOut, "wrote .icpcheck.yaml") {
		t.Fatalf("config init: exit %d, %s", code, errOut)
	}
	if code, _, errOut := runCLI(t, "", "config", "init"); code != exitError || !strings.Contains(errOut, "--force") {
		t.Errorf("config init over a file: exit %d, %s", code, errOut)
	}
	if code, _, _ := runCLI(t, "", "config", "init", "--force"); code != exitOK {
		t.Errorf("config init --force: exit %d", code)
	}
	// The written file is read as it is.
	if code, out, errOut := runCLI(t, "", "validate", "--no-color", "filings/"+denyFixture); code != exitFindings || !strings.HasPrefix(out, "FAIL") {
		t.Errorf("validate with the initial config: exit %d, stderr %s", code, errOut)
	}
	if code, _, _ := runCLI(t, "", "config", "frobnicate"); code != exitError {
		t.Errorf("config frobnicate: exit %d", code)
	}
}

// TestJUnitSkipsAcceptedRule: a rule whose every finding is accepted is a
// skipped test case.
func TestJUnitSkipsAcceptedRule(t *testing.T) {
	ciRepo(t, "exceptions:\n  - rule: ICP101\n    reason: booked\n")
	code, out, _ := runCLI(t, "", "validate", "-o", "junit", "filings/"+denyFixture)
	for _, want := range []string{`failures="0" errors="0" skipped="1"`, `<skipped message="accepted, exception .icpcheck.yaml:2: booked"></skipped>`} {
		if code != exitOK || !strings.Contains(out, want) {
			t.Errorf("exit %d, output lacks %q:\n%s", code, want, out)
		}
	}
}

// TestExplainReadsConfig: explain shows what the config's exceptions
// accept, and its exit code leaves them out.
func TestExplainReadsConfig(t *testing.T) {
	ciRepo(t, "exceptions:\n  - rule: ICP101\n    reason: DNS moves back on Monday\n")
	code, out, errOut := runCLI(t, "", "explain", "--no-color", "filings/"+denyFixture)
	if code != exitOK || !strings.Contains(out, "accepted, exception .icpcheck.yaml:2: DNS moves back on Monday") || !strings.Contains(out, "0 deny, 0 warn, 2 suppressed") {
		t.Errorf("explain: exit %d (stderr %s):\n%s", code, errOut, out)
	}
	if code, _, _ := runCLI(t, "", "explain", "--no-config", "filings/"+denyFixture); code != exitFindings {
		t.Errorf("explain --no-config: exit %d, want 1", code)
	}
}

// TestRulesReadsConfig: the catalogue describes the policies the config
// adds, as the checking commands evaluate them.
func TestRulesReadsConfig(t *testing.T) {
	policy, _ := filepath.Abs(filepath.Join("..", "..", "fixtures", "custom", "policy"))
	ciRepo(t, "policies: ["+policy+"]\n")
	if code, out, errOut := runCLI(t, "", "rules"); code != exitOK || !strings.Contains(out, "ACME001") {
		t.Errorf("rules with the config: exit %d (stderr %s), ACME001 missing", code, errOut)
	}
	if _, out, _ := runCLI(t, "", "rules", "--no-config"); strings.Contains(out, "ACME001") {
		t.Error("rules --no-config lists the config's policies")
	}
}
