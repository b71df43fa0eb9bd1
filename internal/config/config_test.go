package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestParseEveryKey(t *testing.T) {
	f, err := Parse("repo/.icpcheck.yaml", []byte(`
filing: filings/current.json
output: sarif
fail_on_warn: true
policies: [policy/, /abs/company.rego]
data:
  - data/thresholds.yaml
jobs: 3
exceptions:
  - rule: ICP105
    website: shop
    domain: shop.example.com
    path: "filings/**/*.json"
    reason: renewal booked
    expires: 2026-12-31
  - rule: ICP201
    reason: "accepted by legal"
`))
	if err != nil {
		t.Fatal(err)
	}
	if f.Filing != filepath.Join("repo", "filings/current.json") || f.Output != "sarif" || !f.FailOnWarn || f.Jobs != 3 {
		t.Errorf("scalars: %+v", f)
	}
	if want := []string{filepath.Join("repo", "policy"), "/abs/company.rego"}; strings.Join(f.Policies, ",") != strings.Join(want, ",") {
		t.Errorf("policies %v, want %v (relative to the file, absolute kept)", f.Policies, want)
	}
	if len(f.Exceptions) != 2 {
		t.Fatalf("exceptions: %+v", f.Exceptions)
	}
	e := f.Exceptions[0]
	if e.Rule != "ICP105" || e.Website != "shop" || e.Domain != "shop.example.com" || e.Reason != "renewal booked" ||
		!e.Expires.Equal(time.Date(2026, 12, 31, 0, 0, 0, 0, time.UTC)) || e.Source != "repo/.icpcheck.yaml:10" {
		t.Errorf("exception %+v", e)
	}
	if f.Exceptions[1].Expires != (time.Time{}) {
		t.Errorf("an exception without expires expires: %v", f.Exceptions[1].Expires)
	}
	for _, key := range []string{"filing", "output", "fail_on_warn", "policies", "data", "jobs", "exceptions"} {
		if !f.Has(key) {
			t.Errorf("Has(%q) is false", key)
		}
	}
	if got := f.Where("jobs"); got != "repo/.icpcheck.yaml:8" {
		t.Errorf("Where(jobs) = %q", got)
	}
}

func TestParseAbsentKeys(t *testing.T) {
	for _, text := range []string{"", "# only a comment\n", "---\n", "output: json\n"} {
		f, err := Parse("c.yaml", []byte(text))
		if err != nil {
			t.Fatalf("%q: %v", text, err)
		}
		if f.Has("jobs") || f.Has("fail_on_warn") || f.ExceptionList() != nil {
			t.Errorf("%q sets keys it does not name: %+v", text, f)
		}
	}
	var none *File
	if none.Has("output") || none.ExceptionList() != nil {
		t.Error("a nil File has settings")
	}
}

// TestParseErrors: every mistake names the file, the line and the key,
// and a misspelt key gets a suggestion.
func TestParseErrors(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"outptu: json\n", `c.yaml:1: unknown key "outptu" (did you mean "output"?)`},
		{"output: json\nfail-on-warn: true\n", `c.yaml:2: unknown key "fail-on-warn" (did you mean "fail_on_warn"?)`},
		{"zzzzzz: 1\n", `c.yaml:1: unknown key "zzzzzz"; known keys: filing, output`},
		{"jobs: four\n", `c.yaml:1: jobs: want a whole number, got the string "four"`},
		{"jobs: 0\n", `c.yaml:1: jobs: 0: give at least 1`},
		{"fail_on_warn: yes please\n", `c.yaml:1: fail_on_warn: want true or false`},
		{"policies: policy/\n", `c.yaml:1: policies: want a list of paths`},
		{"output: [json]\n", `c.yaml:1: output: want a string, got a list`},
		{"output: json\noutput: text\n", `c.yaml:2: key "output" is repeated (first on line 1)`},
		{"lang: zh\n", `c.yaml:1: lang: this icpcheck reports in English only`},
		{"- output\n", `c.yaml:1: the file must be a mapping`},
		{"output: json\n  bad: indent\n", `c.yaml:2: not valid YAML`},
		{"exceptions:\n  - rule: ICP101\n", `c.yaml:2: exceptions entry for ICP101: reason: is required`},
		{"exceptions:\n  - reason: because\n", `c.yaml:2: exceptions entry: rule: is required`},
		{"exceptions:\n  - rule: ICP101\n    reasn: x\n", `c.yaml:3: unknown key "exceptions.reasn" (did you mean "reason"?)`},
		{"exceptions:\n  - rule: ICP101\n    reason: x\n    expires: 2026-13-01\n", `c.yaml:4: exceptions.expires: "2026-13-01" is not a date: write it as YYYY-MM-DD`},
		{"exceptions:\n  - rule: ICP101\n    reason: x\n    expires: next week\n", `c.yaml:4: exceptions.expires: "next week" is not a date`},
		{"exceptions:\n  - rule: ICP101\n    reason: x\n    path: \"[oops\"\n", `c.yaml:2: exceptions entry for ICP101: path "[oops" is not a valid glob`},
		{"exceptions: ICP101\n", `c.yaml:1: exceptions: want a list of entries`},
		{"exceptions:\n  - rule: ICP101\n    reason: \"red \\e[31m\"\n", `c.yaml:3: exceptions.reason: the value holds a control character ('\x1b')`},
		{"exceptions:\n  - rule: ICP101\n    reason: |\n      two\n      lines\n", `c.yaml:3: exceptions.reason: the value holds a control character ('\n')`},
	} {
		_, err := Parse("c.yaml", []byte(tc.text))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: error %v, want it to contain %q", tc.text, err, tc.want)
		}
	}
}

func TestTemplateParses(t *testing.T) {
	f, err := Parse(FileName, []byte(Template))
	if err != nil {
		t.Fatalf("the config init template does not parse: %v", err)
	}
	if f.Output != "text" || f.FailOnWarn {
		t.Errorf("template settings %+v, want the defaults", f)
	}
	// Every key is documented in the template, if only in a comment.
	for _, key := range append(append([]string{}, topKeys...), exceptionKeys...) {
		if !strings.Contains(Template, key+":") {
			t.Errorf("template does not mention %s", key)
		}
	}
	// Uncommented, the example exception parses too.
	uncommented := strings.ReplaceAll(strings.ReplaceAll(Template, "exceptions: []\n#", "exceptions:\n"), "\n#    ", "\n    ")
	if f, err := Parse(FileName, []byte(uncommented)); err != nil || len(f.Exceptions) != 1 {
		t.Errorf("template with its example exception: %v, %+v", err, f)
	}
}

func TestWriteTemplateKeepsExistingFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), FileName)
	if err := WriteTemplate(path, false); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte("output: json\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	err := WriteTemplate(path, false)
	if err == nil || !strings.Contains(err.Error(), "--force") {
		t.Errorf("second write: %v, want a refusal naming --force", err)
	}
	if raw, _ := os.ReadFile(path); string(raw) != "output: json\n" {
		t.Errorf("the existing file was changed: %q", raw)
	}
	if err := WriteTemplate(path, true); err != nil {
		t.Fatal(err)
	}
	if raw, _ := os.ReadFile(path); string(raw) != Template {
		t.Error("--force did not write the template")
	}
}

func TestFindUpToRepositoryRoot(t *testing.T) {
	root := t.TempDir()
	repo := filepath.Join(root, "repo")
	deep := filepath.Join(repo, "a", "b")
	mustMkdir(t, filepath.Join(repo, ".git"))
	mustMkdir(t, deep)
	// Above the repository: never read from inside it.
	mustWrite(t, filepath.Join(root, FileName))
	if got, err := Find(deep); err != nil || got != "" {
		t.Errorf("Find with a config only above the repository = %q, %v; want none", got, err)
	}
	mustWrite(t, filepath.Join(repo, FileName))
	if got, err := Find(deep); err != nil || got != filepath.Join(repo, FileName) {
		t.Errorf("Find = %q, %v; want the repository root's", got, err)
	}
	mustWrite(t, filepath.Join(repo, "a", FileName))
	if got, _ := Find(deep); got != filepath.Join(repo, "a", FileName) {
		t.Errorf("Find = %q; want the nearest", got)
	}
}

func TestFindOutsideARepositoryLooksOnlyHere(t *testing.T) {
	root := t.TempDir()
	sub := filepath.Join(root, "sub")
	mustMkdir(t, sub)
	mustWrite(t, filepath.Join(root, FileName))
	if got, _ := Find(sub); got != "" {
		t.Errorf("outside a repository Find read a parent's file: %q", got)
	}
	if got, _ := Find(root); got != filepath.Join(root, FileName) {
		t.Errorf("Find(root) = %q", got)
	}
}

func TestLoadRejectsWhatIsNotARegularFile(t *testing.T) {
	dir := t.TempDir()
	if _, err := Load(dir); err == nil || !strings.Contains(err.Error(), "not a regular file") {
		t.Errorf("Load(dir) = %v", err)
	}
	big := filepath.Join(dir, "big.yaml")
	if err := os.WriteFile(big, make([]byte, maxSize+1), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(big); err == nil || !strings.Contains(err.Error(), "larger than") {
		t.Errorf("Load(big) = %v", err)
	}
	if _, err := Load(filepath.Join(dir, "missing.yaml")); err == nil {
		t.Error("Load of a missing file succeeded")
	}
}

// FuzzParse: any text gives settings or an error, never a panic.
func FuzzParse(f *testing.F) {
	f.Add([]byte(Template))
	f.Add([]byte("exceptions:\n  - rule: ICP101\n    reason: x\n    expires: 2026-01-01\n    path: '**/*.json'\n"))
	f.Add([]byte("jobs: &a 3\noutput: *a\n"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		f, err := Parse("fuzz.yaml", raw)
		if err == nil && f == nil {
			t.Fatal("no settings and no error")
		}
	})
}

func mustMkdir(t *testing.T, dir string) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
}

func mustWrite(t *testing.T, path string) {
	t.Helper()
	if err := os.WriteFile(path, []byte("output: json\n"), 0o644); err != nil {
		t.Fatal(err)
	}
}
