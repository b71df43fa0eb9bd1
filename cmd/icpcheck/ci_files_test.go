package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// The CI integrations in the repository: the GitHub Action, the pre-commit
// hooks and the GitLab CI template parse, hang together, and run icpcheck
// as the README says.

type action struct {
	Name        string `yaml:"name"`
	Description string `yaml:"description"`
	Author      string `yaml:"author"`
	Branding    struct {
		Icon  string `yaml:"icon"`
		Color string `yaml:"color"`
	} `yaml:"branding"`
	Inputs map[string]struct {
		Description string `yaml:"description"`
		Required    bool   `yaml:"required"`
		Default     string `yaml:"default"`
	} `yaml:"inputs"`
	Outputs map[string]struct {
		Description string `yaml:"description"`
		Value       string `yaml:"value"`
	} `yaml:"outputs"`
	Runs struct {
		Using string `yaml:"using"`
		Steps []struct {
			Name  string            `yaml:"name"`
			ID    string            `yaml:"id"`
			If    string            `yaml:"if"`
			Uses  string            `yaml:"uses"`
			Shell string            `yaml:"shell"`
			Run   string            `yaml:"run"`
			Env   map[string]string `yaml:"env"`
			With  map[string]string `yaml:"with"`
		} `yaml:"steps"`
	} `yaml:"runs"`
}

func readYAML(t *testing.T, path string, v any) string {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	dec := yaml.NewDecoder(strings.NewReader(string(raw)))
	dec.KnownFields(true)
	if err := dec.Decode(v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return string(raw)
}

func TestActionFile(t *testing.T) {
	chdirRoot(t)
	var a action
	raw := readYAML(t, "action.yml", &a)
	if a.Runs.Using != "composite" {
		t.Errorf("runs.using %q, want composite", a.Runs.Using)
	}
	for _, in := range []string{"paths", "command", "filing", "format", "args", "version", "upload-sarif", "job-summary"} {
		if a.Inputs[in].Description == "" {
			t.Errorf("input %s missing or undescribed", in)
		}
	}
	// Every input and step output used is defined.
	for _, m := range regexp.MustCompile(`inputs\.([a-z-]+)`).FindAllStringSubmatch(raw, -1) {
		if _, ok := a.Inputs[m[1]]; !ok {
			t.Errorf("action.yml uses the undefined input %s", m[1])
		}
	}
	// Inputs reach scripts only through env, never pasted into run: (script injection).
	var uses []string
	for _, s := range a.Runs.Steps {
		if strings.Contains(s.Run, "${{") {
			t.Errorf("step %q pastes an expression into its script", s.Name)
		}
		if s.Run != "" && s.Shell != "bash" {
			t.Errorf("step %q has no shell: bash (composite steps need one)", s.Name)
		}
		if s.Run != "" {
			if out, err := exec.Command("bash", "-n", "-c", s.Run).CombinedOutput(); err != nil {
				t.Errorf("step %q: bash -n: %v\n%s", s.Name, err, out)
			}
		}
		uses = append(uses, strings.Split(s.Uses, "@")[0])
	}
	for _, want := range []string{"actions/setup-go", "github/codeql-action/upload-sarif"} {
		if !slices.Contains(uses, want) {
			t.Errorf("action.yml does not use %s", want)
		}
	}
	if !strings.Contains(raw, "go install \"github.com/icpcheck/icpcheck/cmd/icpcheck@") || !strings.Contains(raw, "GITHUB_STEP_SUMMARY") {
		t.Error("action.yml does not install with go install or does not write the job summary")
	}
}

// TestActionRunStep runs the action's main script with a stand-in
// icpcheck that records its arguments: paths split on spaces and new
// lines, the filing and extra flags passed, the exit code kept for the
// verdict step, the SARIF and the summary written.
func TestActionRunStep(t *testing.T) {
	chdirRoot(t)
	var a action
	readYAML(t, "action.yml", &a)
	var script string
	var env map[string]string
	for _, s := range a.Runs.Steps {
		if s.ID == "run" {
			script, env = s.Run, s.Env
		}
	}
	if script == "" {
		t.Fatal("no step with id run")
	}
	for _, k := range []string{"COMMAND", "PATHS", "FILING", "FORMAT", "ARGS", "JOB_SUMMARY"} {
		if _, ok := env[k]; !ok {
			t.Errorf("the run step does not set %s", k)
		}
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "bin")
	if err := os.Mkdir(bin, 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(bin, "icpcheck"), `#!/usr/bin/env bash
printf '%s|' "$@" >> "$CALLS"; echo >> "$CALLS"
echo "report $*"
exit 1
`)
	if err := os.Chmod(filepath.Join(bin, "icpcheck"), 0o755); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("bash", "-e", "-c", script)
	cmd.Env = append(os.Environ(),
		"PATH="+bin+":"+os.Getenv("PATH"),
		"CALLS="+filepath.Join(dir, "calls"),
		"RUNNER_TEMP="+dir,
		"GITHUB_OUTPUT="+filepath.Join(dir, "output"),
		"GITHUB_STEP_SUMMARY="+filepath.Join(dir, "summary"),
		"COMMAND=check", "PATHS=plans/a.json\nplans/b c.json", "FILING=filings/now.json",
		"FORMAT=github", "ARGS=--baseline b.json --fail-on-warn", "JOB_SUMMARY=true")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("the run step failed: %v\n%s", err, out)
	}
	calls, _ := os.ReadFile(filepath.Join(dir, "calls"))
	want := "check|--filing|filings/now.json|--baseline|b.json|--fail-on-warn|-o|sarif|plans/a.json|plans/b|c.json|\n" +
		"check|--filing|filings/now.json|--baseline|b.json|--fail-on-warn|-o|markdown|plans/a.json|plans/b|c.json|\n" +
		"check|--filing|filings/now.json|--baseline|b.json|--fail-on-warn|-o|github|plans/a.json|plans/b|c.json|\n"
	if string(calls) != want {
		t.Errorf("icpcheck was called as\n%s\nwant\n%s", calls, want)
	}
	outputs, _ := os.ReadFile(filepath.Join(dir, "output"))
	if !strings.Contains(string(outputs), "exit-code=1\n") || !strings.Contains(string(outputs), "sarif-file="+filepath.Join(dir, "icpcheck.sarif")) {
		t.Errorf("step outputs:\n%s", outputs)
	}
	if summary, _ := os.ReadFile(filepath.Join(dir, "summary")); !strings.Contains(string(summary), "report check") {
		t.Errorf("job summary: %q", summary)
	}
}

func TestPreCommitHooks(t *testing.T) {
	chdirRoot(t)
	var hooks []struct {
		ID            string   `yaml:"id"`
		Name          string   `yaml:"name"`
		Description   string   `yaml:"description"`
		Entry         string   `yaml:"entry"`
		Language      string   `yaml:"language"`
		TypesOr       []string `yaml:"types_or"`
		RequireSerial bool     `yaml:"require_serial"`
	}
	readYAML(t, ".pre-commit-hooks.yaml", &hooks)
	ids := map[string]string{}
	for _, h := range hooks {
		ids[h.ID] = h.Entry
		if h.Language != "golang" || h.Name == "" {
			t.Errorf("hook %s: language %q, name %q", h.ID, h.Language, h.Name)
		}
		if !slices.Equal(h.TypesOr, []string{"json", "yaml"}) {
			t.Errorf("hook %s takes %v, want the documents icpcheck reads: json, yaml", h.ID, h.TypesOr)
		}
	}
	if !strings.HasPrefix(ids["icpcheck-validate"], "icpcheck validate") || !strings.HasPrefix(ids["icpcheck-check"], "icpcheck check") {
		t.Errorf("hooks %v", ids)
	}
	// The entries' flags exist.
	for _, entry := range ids {
		args := strings.Fields(entry)[1:]
		if code, _, errOut := runCLI(t, "", append(args, "--help")...); code != exitOK {
			t.Errorf("%s --help: exit %d, %s", entry, code, errOut)
		}
	}
}

func TestGitLabTemplate(t *testing.T) {
	chdirRoot(t)
	var jobs map[string]struct {
		Image     string            `yaml:"image"`
		Extends   string            `yaml:"extends"`
		Stage     string            `yaml:"stage"`
		Variables map[string]string `yaml:"variables"`
		Script    []string          `yaml:"script"`
		Artifacts struct {
			When    string   `yaml:"when"`
			Paths   []string `yaml:"paths"`
			Reports struct {
				JUnit string `yaml:"junit"`
			} `yaml:"reports"`
		} `yaml:"artifacts"`
	}
	readYAML(t, filepath.Join("ci", "gitlab", "icpcheck.gitlab-ci.yml"), &jobs)
	base, ok := jobs[".icpcheck"]
	if !ok || jobs["icpcheck"].Extends != ".icpcheck" {
		t.Fatalf("jobs %v: want .icpcheck and icpcheck extending it", jobs)
	}
	script := strings.Join(base.Script, "\n")
	if !strings.Contains(script, "go install \"github.com/icpcheck/icpcheck/cmd/icpcheck@") || base.Artifacts.Reports.JUnit == "" || base.Artifacts.When != "always" {
		t.Errorf(".icpcheck: script %q, artifacts %+v", script, base.Artifacts)
	}
	if out, err := exec.Command("bash", "-n", "-c", script).CombinedOutput(); err != nil {
		t.Errorf("the script does not parse: %v\n%s", err, out)
	}
	for name := range base.Variables {
		if !strings.Contains(script, name) {
			t.Errorf("variable %s is not used", name)
		}
	}
}
