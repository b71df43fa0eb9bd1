package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/icpcheck/icpcheck/internal/golden"
)

var (
	han         = regexp.MustCompile(`\p{Han}`)
	placeholder = regexp.MustCompile(`\{[a-z_]+\}`)
)

// assertChinese fails when a Chinese report has no Chinese, or shows a
// placeholder of the catalogue that no value replaced.
func assertChinese(t *testing.T, name, out string) {
	t.Helper()
	if !han.MatchString(out) {
		t.Errorf("%s: no Chinese in the report:\n%s", name, out)
	}
	if p := placeholder.FindString(out); p != "" {
		t.Errorf("%s: placeholder %s left in the report", name, p)
	}
}

// TestGoldenChinese: the text and explain reports of every fixture folder
// in Chinese, beside the English goldens.
func TestGoldenChinese(t *testing.T) {
	chdirRoot(t)
	for _, tc := range []struct{ golden, command, dir string }{
		{"fixtures/filings.zh.golden.txt", "validate", "fixtures/filings"},
		{"fixtures/plans.zh.golden.txt", "check", "fixtures/plans"},
		{"fixtures/invalid.zh.golden.txt", "validate", "fixtures/invalid"},
		{"fixtures/invalid-plans.zh.golden.txt", "check", "fixtures/invalid-plans"},
	} {
		_, out, _ := runCLI(t, "", tc.command, "--lang", "zh", "--no-color", tc.dir)
		assertChinese(t, tc.golden, out)
		golden.Assert(t, tc.golden, []byte(out))
	}
	_, out, errOut := runCLI(t, "", "check", "--lang", "zh", "--no-color", "--config", "fixtures/ci/icpcheck.yaml",
		"--baseline", "fixtures/ci/baseline.json", "--show-suppressed", "fixtures/plans")
	assertChinese(t, "ci", out)
	golden.Assert(t, "fixtures/ci/plans.zh.golden.txt", []byte(out+errOut))
	_, out, _ = runCLI(t, "", "validate", "--lang", "zh", "--no-color", "-p", "fixtures/custom/policy", "fixtures/custom/unapproved-provider.json")
	assertChinese(t, "custom", out)
	golden.Assert(t, "fixtures/custom/unapproved-provider.zh.golden.txt", []byte(out))

	var text, explain strings.Builder
	for _, c := range terraformCases {
		plan, filing := terraformArgs(c.plan, c.filing)
		_, out, _ := runCLI(t, "", "check", "--lang", "zh", "--no-color", "--filing", filing, plan)
		assertChinese(t, c.name, out)
		text.WriteString(out)
		_, out, _ = runCLI(t, "", "explain", "--lang", "zh", "--no-color", "--filing", filing, plan)
		assertChinese(t, c.name, out)
		explain.WriteString(out + "\n")
	}
	golden.Assert(t, "fixtures/terraform.zh.golden.txt", []byte(text.String()))
	golden.Assert(t, "fixtures/terraform.explain.zh.golden.txt", []byte(explain.String()))

	for _, dir := range []string{"fixtures/filings", "fixtures/plans"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.json"))
		var all strings.Builder
		for _, file := range files {
			_, out, _ := runCLI(t, "", "explain", "--lang", "zh", "--no-color", file)
			assertChinese(t, file, out)
			all.WriteString(out + "\n")
		}
		golden.Assert(t, dir+".explain.zh.golden.txt", []byte(all.String()))
	}
}

// runCLIEnv runs icpcheck with an environment.
func runCLIEnv(t *testing.T, env map[string]string, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	a := newApp(strings.NewReader(""), &stdout, &stderr, func(k string) string { return env[k] })
	code := a.run(context.Background(), args)
	return code, stdout.String(), stderr.String()
}

func TestLangFromEnvironment(t *testing.T) {
	for _, tc := range []struct {
		env  map[string]string
		want string
	}{
		{nil, "en"},
		{map[string]string{"LANG": "zh_CN.UTF-8"}, "zh"},
		{map[string]string{"LANG": "zh_TW"}, "zh"},
		{map[string]string{"LANG": "en_US.UTF-8"}, "en"},
		{map[string]string{"LANG": "C"}, "en"},
		{map[string]string{"LC_MESSAGES": "zh_CN", "LANG": "en_US"}, "zh"},
		{map[string]string{"LC_ALL": "en_US", "LC_MESSAGES": "zh_CN"}, "en"},
		{map[string]string{"LC_ALL": "zh_CN.GB18030", "LANG": "en_US"}, "zh"},
	} {
		if got := envLang(func(k string) string { return tc.env[k] }); got != tc.want {
			t.Errorf("%v: %s, want %s", tc.env, got, tc.want)
		}
	}
}

func TestLangChoosesTheReport(t *testing.T) {
	chdirRoot(t)
	const plan = "fixtures/plans/migration-without-wait.json"
	zh := map[string]string{"LANG": "zh_CN.UTF-8"}
	_, out, _ := runCLIEnv(t, zh, "check", plan)
	if !strings.Contains(out, "失败") || !strings.Contains(out, "共 1 个文档") {
		t.Errorf("LANG=zh_CN.UTF-8 check is not Chinese:\n%s", out)
	}
	_, out, _ = runCLIEnv(t, zh, "check", "--lang", "en", plan)
	if han.MatchString(strings.ReplaceAll(out, "浙ICP备12345678号-1", "")) {
		t.Errorf("--lang en under a Chinese locale is not English:\n%s", out)
	}
	_, out, _ = runCLIEnv(t, zh, "explain", plan)
	if !strings.Contains(out, "操作") {
		t.Errorf("explain under a Chinese locale is not Chinese:\n%s", out)
	}
	_, out, _ = runCLIEnv(t, zh, "rules")
	if !strings.Contains(out, "备案") {
		t.Errorf("rules under a Chinese locale is not Chinese:\n%s", out)
	}
	code, _, errOut := runCLI(t, "", "check", "--lang", "fr", plan)
	if code != exitError || !strings.Contains(errOut, `unknown language "fr"`) {
		t.Errorf("--lang fr: exit %d, %s", code, errOut)
	}
	// JSON keeps its field names and state values; the texts follow --lang.
	_, out, _ = runCLI(t, "", "check", "-o", "json", "--lang", "zh", plan)
	if !strings.Contains(out, `"state": "blocked"`) || !strings.Contains(out, `"rule": "ICP101"`) || !han.MatchString(out) {
		t.Errorf("json in Chinese:\n%s", out)
	}
}

func TestLangFromConfig(t *testing.T) {
	chdirRoot(t)
	cfg := filepath.Join(t.TempDir(), "c.yaml")
	if err := os.WriteFile(cfg, []byte("lang: zh\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	const plan = "fixtures/plans/migration-without-wait.json"
	_, out, _ := runCLI(t, "", "check", "--config", cfg, plan)
	if !strings.Contains(out, "失败") {
		t.Errorf("config lang: zh is not Chinese:\n%s", out)
	}
	_, out, _ = runCLI(t, "", "check", "--config", cfg, "--lang", "en", plan)
	if !strings.Contains(out, "FAIL") {
		t.Errorf("--lang en does not win over the config:\n%s", out)
	}
}

// TestReadmeZhExamples: each `$ icpcheck ...` of README.zh-CN.md prints what
// the README shows (a leading LANG=... sets the environment).
func TestReadmeZhExamples(t *testing.T) {
	chdirRoot(t)
	raw, err := os.ReadFile("README.zh-CN.md")
	if err != nil {
		t.Fatal(err)
	}
	example := regexp.MustCompile("(?m)^\\$ ((?:LANG=(\\S+) )?icpcheck (.*))\n((?:[^$`\n].*\n|\n)*?)(?:\\$|```)")
	found := 0
	for _, m := range example.FindAllStringSubmatch(string(raw), -1) {
		found++
		env := map[string]string{}
		if m[2] != "" {
			env["LANG"] = m[2]
		}
		_, out, _ := runCLIEnv(t, env, strings.Fields(m[3])...)
		if want := m[4]; out != want {
			t.Errorf("README.zh-CN.md: `%s` prints\n%s\nthe README shows\n%s", m[1], out, want)
		}
	}
	if found < 3 {
		t.Fatalf("found %d examples in README.zh-CN.md", found)
	}
}

// TestRulesInChinese: every rule of the pack has a Chinese title and
// description (METADATA custom.title_zh, custom.description_zh).
func TestRulesInChinese(t *testing.T) {
	_, out, _ := runCLI(t, "", "rules", "--lang", "zh", "-o", "json")
	var c struct {
		Rules []struct{ ID, Title, Description string }
	}
	if err := json.Unmarshal([]byte(out), &c); err != nil || len(c.Rules) == 0 {
		t.Fatalf("rules -o json: %v\n%s", err, out)
	}
	for _, r := range c.Rules {
		if !han.MatchString(r.Title) || !han.MatchString(r.Description) {
			t.Errorf("%s: no Chinese title or description (custom.title_zh, custom.description_zh): %q, %q", r.ID, r.Title, r.Description)
		}
	}
}
