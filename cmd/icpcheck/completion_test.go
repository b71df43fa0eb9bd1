package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// completeBash loads the bash script and completes the words, the last
// being the one under the cursor; it returns the candidates.
func completeBash(t *testing.T, script string, words ...string) []string {
	t.Helper()
	quoted := make([]string, len(words))
	for i, w := range words {
		quoted[i] = "'" + w + "'"
	}
	cmd := exec.Command("bash", "--norc", "--noprofile", "-c",
		`source "$1"; COMP_WORDS=(`+strings.Join(quoted, " ")+`); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); _icpcheck; printf '%s\n' "${COMPREPLY[@]}"`,
		"bash", script)
	cmd.Dir = t.TempDir()
	if err := os.WriteFile(filepath.Join(cmd.Dir, "plan.json"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("bash: %v\n%s", err, out)
	}
	return strings.Fields(string(out))
}

func TestBashCompletion(t *testing.T) {
	if _, err := exec.LookPath("bash"); err != nil {
		t.Skip("no bash")
	}
	code, script, errOut := runCLI(t, "", "completion", "bash")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	path := filepath.Join(t.TempDir(), "icpcheck.bash")
	if err := os.WriteFile(path, []byte(script), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("bash", "-n", path).CombinedOutput(); err != nil {
		t.Fatalf("bash -n: %v\n%s", err, out)
	}
	for _, tc := range []struct {
		words []string
		want  string
	}{
		{[]string{"icpcheck", "va"}, "validate"},
		{[]string{"icpcheck", "comp"}, "completion"},
		{[]string{"icpcheck", "check", "--base"}, "--baseline"},
		{[]string{"icpcheck", "check", "--write"}, "--write-baseline"},
		{[]string{"icpcheck", "validate", "-o", "sa"}, "sarif"},
		{[]string{"icpcheck", "validate", "--output", "=", "ju"}, "junit"},
		{[]string{"icpcheck", "rules", "-o", "mark"}, "markdown"},
		{[]string{"icpcheck", "schema", "pl"}, "plan"},
		{[]string{"icpcheck", "completion", "fi"}, "fish"},
		{[]string{"icpcheck", "config", "in"}, "init"},
		{[]string{"icpcheck", "check", "pl"}, "plan.json"},
		{[]string{"icpcheck", "check", "--filing", "pl"}, "plan.json"},
	} {
		got := completeBash(t, path, tc.words...)
		if len(got) != 1 || got[0] != tc.want {
			t.Errorf("completing %v: %v, want [%s]", tc.words, got, tc.want)
		}
	}
	if got := completeBash(t, path, "icpcheck", "validate", "--jobs", ""); len(got) != 0 {
		t.Errorf("--jobs completes %v, want nothing (it takes a number)", got)
	}
}

// TestCompletionScripts: every shell gets a script naming every command;
// those whose shell is installed pass its syntax check.
func TestCompletionScripts(t *testing.T) {
	checks := map[string][]string{"zsh": {"zsh", "-n"}, "fish": {"fish", "--no-execute"}, "powershell": nil}
	for _, shell := range completionShells {
		code, script, _ := runCLI(t, "", "completion", shell)
		if code != exitOK {
			t.Fatalf("completion %s: exit %d", shell, code)
		}
		for _, c := range commands() {
			if !strings.Contains(script, c.name) {
				t.Errorf("%s script lacks the command %s", shell, c.name)
			}
		}
		for _, flag := range []string{"show-suppressed", "baseline", "no-config"} {
			if !strings.Contains(script, flag) {
				t.Errorf("%s script lacks --%s", shell, flag)
			}
		}
		argv := checks[shell]
		if argv == nil {
			continue
		}
		if _, err := exec.LookPath(argv[0]); err != nil {
			continue // not installed here; bash is run in TestBashCompletion
		}
		path := filepath.Join(t.TempDir(), "script")
		if err := os.WriteFile(path, []byte(script), 0o644); err != nil {
			t.Fatal(err)
		}
		if out, err := exec.Command(argv[0], append(argv[1:], path)...).CombinedOutput(); err != nil {
			t.Errorf("%s syntax check: %v\n%s", shell, err, out)
		}
	}
	if code, _, errOut := runCLI(t, "", "completion", "tcsh"); code != exitError || !strings.Contains(errOut, "bash, zsh, fish, powershell") {
		t.Errorf("completion tcsh: exit %d, %s", code, errOut)
	}
}
