package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/icpcheck/icpcheck/internal/golden"
)

// runCLI runs icpcheck in-process from the repository root and returns its
// exit code, standard output and standard error.
func runCLI(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	a := newApp(strings.NewReader(stdin), &stdout, &stderr, func(string) string { return "" })
	code := a.run(context.Background(), args)
	return code, stdout.String(), stderr.String()
}

func chdirRoot(t *testing.T) {
	t.Helper()
	t.Chdir(filepath.Join("..", ".."))
}

// expectedExit is the exit code the README ("Exit codes") gives for a JSON report.
func expectedExit(t *testing.T, report string) int {
	t.Helper()
	var r struct {
		Summary struct{ Deny, Errors int } `json:"summary"`
	}
	if err := json.Unmarshal([]byte(report), &r); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, report)
	}
	switch {
	case r.Summary.Errors > 0:
		return exitError
	case r.Summary.Deny > 0:
		return exitFindings
	}
	return exitOK
}

// TestGoldenJSON checks every fixture with -o json against its golden file
// (NAME.json or NAME.yaml -> NAME.golden) and the exit code against the
// summary.
func TestGoldenJSON(t *testing.T) {
	chdirRoot(t)
	for _, dir := range []struct{ name, command string }{
		{"fixtures/filings", "validate"},
		{"fixtures/invalid", "validate"},
		{"fixtures/plans", "check"},
		{"fixtures/invalid-plans", "check"},
	} {
		files, _ := filepath.Glob(filepath.Join(dir.name, "*.json"))
		yamlFiles, _ := filepath.Glob(filepath.Join(dir.name, "*.yaml"))
		files = append(files, yamlFiles...)
		if len(files) == 0 {
			t.Fatalf("no fixtures in %s", dir.name)
		}
		for _, file := range files {
			t.Run(file, func(t *testing.T) {
				code, out, errOut := runCLI(t, "", dir.command, "-o", "json", file)
				golden.Assert(t, strings.TrimSuffix(file, filepath.Ext(file))+".golden", []byte(out))
				if want := expectedExit(t, out); code != want {
					t.Errorf("exit code %d, want %d (stderr: %s)", code, want, errOut)
				}
			})
		}
	}
}

// TestGoldenText checks the text reports over whole folders.
func TestGoldenText(t *testing.T) {
	chdirRoot(t)
	_, out, _ := runCLI(t, "", "validate", "--no-color", "fixtures/filings")
	golden.Assert(t, "fixtures/filings.golden.txt", []byte(out))
	_, out, _ = runCLI(t, "", "check", "--no-color", "fixtures/plans")
	golden.Assert(t, "fixtures/plans.golden.txt", []byte(out))
}

// TestJobsDeterministic: -j 1 and -j 8 print the same bytes.
func TestJobsDeterministic(t *testing.T) {
	chdirRoot(t)
	for _, command := range []string{"validate", "check"} {
		args := []string{"-o", "json", "fixtures/filings", "fixtures/invalid", "fixtures/plans", "fixtures/filings"}
		_, one, _ := runCLI(t, "", append([]string{command, "-j", "1"}, args...)...)
		_, eight, _ := runCLI(t, "", append([]string{command, "-j", "8"}, args...)...)
		if one != eight {
			t.Errorf("%s: -j 1 and -j 8 differ:\n%s\n---\n%s", command, one, eight)
		}
	}
}

// TestBadAmongGood: one unreadable document is an error result, the others
// are still checked and reported, and the exit code is 2.
func TestBadAmongGood(t *testing.T) {
	chdirRoot(t)
	clean := firstFixture(t, "fixtures/filings/clean-*.json")
	code, out, _ := runCLI(t, "", "validate", "-o", "json", clean, "fixtures/invalid/not-json.json", "missing.json", clean)
	if code != exitError {
		t.Errorf("exit code %d, want 2", code)
	}
	var r struct {
		Results []struct {
			File  string          `json:"file"`
			Error json.RawMessage `json:"error"`
		} `json:"results"`
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	if len(r.Results) != 4 {
		t.Fatalf("got %d results, want 4", len(r.Results))
	}
	for i, wantErr := range []bool{false, true, true, false} {
		if got := r.Results[i].Error != nil; got != wantErr {
			t.Errorf("result %d (%s): error=%v, want %v", i, r.Results[i].File, got, wantErr)
		}
	}
}

func TestStdin(t *testing.T) {
	chdirRoot(t)
	clean := firstFixture(t, "fixtures/filings/clean-*.json")
	data, err := os.ReadFile(clean)
	if err != nil {
		t.Fatal(err)
	}
	code, out, _ := runCLI(t, string(data), "validate", "-q", "-")
	if code != exitOK || out != "" {
		t.Errorf("clean snapshot on stdin: exit %d, output %q", code, out)
	}
}

func TestUsageErrors(t *testing.T) {
	chdirRoot(t)
	for _, args := range [][]string{
		{"validate"},
		{"validate", "-o", "yaml", "x.json"},
		{"validate", "--as-of", "yesterday", "x.json"},
		{"validate", "--jobs", "0", "x.json"},
		{"validate", "--no-such-flag", "x.json"},
		{"frobnicate"},
		{"schema", "order"},
	} {
		code, _, errOut := runCLI(t, "", args...)
		if code != exitError || !strings.Contains(errOut, "icpcheck") || strings.Count(strings.TrimSpace(errOut), "\n") > 1 {
			t.Errorf("%v: exit %d, stderr %q; want exit 2 and a short hint", args, code, errOut)
		}
	}
}

func TestHelpHasExample(t *testing.T) {
	for _, c := range commands() {
		code, out, _ := runCLI(t, "", c.name, "--help")
		if code != exitOK || !strings.Contains(out, "Example:\n  icpcheck "+c.name) {
			t.Errorf("%s --help: exit %d, output lacks an example:\n%s", c.name, code, out)
		}
	}
}

func TestSchemaCommand(t *testing.T) {
	for _, name := range []string{"filing", "plan"} {
		code, out, _ := runCLI(t, "", "schema", name)
		var v map[string]any
		if code != exitOK || json.Unmarshal([]byte(out), &v) != nil || v["$schema"] == nil {
			t.Errorf("schema %s: exit %d, not a JSON Schema", name, code)
		}
	}
}

func firstFixture(t *testing.T, pattern string) string {
	t.Helper()
	files, _ := filepath.Glob(pattern)
	if len(files) == 0 {
		t.Fatalf("no fixture matches %s", pattern)
	}
	return files[0]
}

// TestReadmeRuleTable: the README's rule table is `icpcheck rules -o
// markdown`, README.zh-CN.md's the same with --lang zh; -update rewrites
// them.
func TestReadmeRuleTable(t *testing.T) {
	chdirRoot(t)
	for _, readme := range []struct{ file, lang string }{{"README.md", "en"}, {"README.zh-CN.md", "zh"}} {
		code, table, _ := runCLI(t, "", "rules", "-o", "markdown", "--lang", readme.lang)
		if code != exitOK {
			t.Fatalf("rules -o markdown --lang %s: exit %d", readme.lang, code)
		}
		assertRuleTable(t, readme.file, table)
	}
}

func assertRuleTable(t *testing.T, file, table string) {
	t.Helper()
	const begin, end = "<!-- rules:begin -->\n", "<!-- rules:end -->"
	readme, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	text := string(readme)
	i, j := strings.Index(text, begin), strings.Index(text, end)
	if i < 0 || j < i {
		t.Fatalf("%s lacks the %q ... %q markers", file, begin, end)
	}
	if current := text[i+len(begin) : j]; current != table {
		if golden.Updating() {
			text = text[:i+len(begin)] + table + text[j:]
			if err := os.WriteFile(file, []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
			return
		}
		t.Errorf("%s rule table differs from `icpcheck rules -o markdown` (run `go test ./... -update`):\n%s", file, table)
	}
}

// TestGoldenExplain: explain on every snapshot and plan fixture, one golden
// file per folder; each plan's report shows every domain before -> after.
// TestRulesWhereAndLinks: `icpcheck rules` says where each rule is judged
// and links the sources' pages (from METADATA related_resources); SARIF
// gives each rule's first page as helpUri. ICP101 is judged on snapshots
// and plans from one annotation.
func TestRulesWhereAndLinks(t *testing.T) {
	chdirRoot(t)
	code, out, errOut := runCLI(t, "", "rules")
	if code != exitOK {
		t.Fatalf("rules: exit %d: %s", code, errOut)
	}
	for _, want := range []string{
		"ICP101  deny      snapshot, plan ",
		"ICP906  warn      Terraform plan ",
		"  A13: Alibaba Cloud, domain resolving to a non-access provider\n    https://www.alibabacloud.com/help/faq-detail/37012.htm\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("rules lacks %q:\n%s", want, out)
		}
	}
	_, sarif, _ := runCLI(t, "", "validate", "-o", "sarif", "fixtures/filings/icp101-dns-at-provider-without-access.json")
	if !strings.Contains(sarif, `"helpUri": "https://www.alibabacloud.com/help/faq-detail/37012.htm"`) {
		t.Errorf("the SARIF rule ICP101 has no helpUri to A13:\n%s", sarif)
	}
}

func TestGoldenExplain(t *testing.T) {
	chdirRoot(t)
	for _, dir := range []string{"fixtures/filings", "fixtures/plans"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.json"))
		var all strings.Builder
		for _, file := range files {
			code, out, errOut := runCLI(t, "", "explain", "--no-color", file)
			if code == exitError {
				t.Errorf("explain %s: exit 2: %s", file, errOut)
			}
			all.WriteString(out + "\n")
			if dir != "fixtures/plans" {
				continue
			}
			_, report, _ := runCLI(t, "", "check", "-o", "json", file)
			var r struct {
				Results []struct {
					Accessibility []struct{ Domain, State string } `json:"accessibility"`
				} `json:"results"`
			}
			if err := json.Unmarshal([]byte(report), &r); err != nil || len(r.Results) != 1 {
				t.Fatalf("check %s: %v", file, err)
			}
			for _, a := range r.Results[0].Accessibility {
				if !strings.Contains(out, a.Domain) || !strings.Contains(out, "->  "+a.State) {
					t.Errorf("explain %s does not show %s ending %s:\n%s", file, a.Domain, a.State, out)
				}
			}
		}
		golden.Assert(t, dir+".explain.golden.txt", []byte(all.String()))
	}
}
