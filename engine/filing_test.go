package engine

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// repoWithPlan makes a git work tree (a .git folder is enough) holding
// plans/plan.json, whose "filing" is filing, and filings/ok.json; it
// returns the repository and the plan's input.
func repoWithPlan(t *testing.T, filing string) (string, Input) {
	t.Helper()
	repo := filepath.Join(t.TempDir(), "repo")
	for _, d := range []string{".git", "plans", "filings"} {
		if err := os.MkdirAll(filepath.Join(repo, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(repo, "filings", "ok.json"), []byte(minimalSnapshot), 0o644); err != nil {
		t.Fatal(err)
	}
	plan := `{"kind": "DeploymentPlan", "version": 1,
 "filing": "` + filing + `", "actions": []}`
	return repo, Input{Name: "plan.json", Dir: filepath.Join(repo, "plans"), Data: []byte(plan)}
}

func checkInput(t *testing.T, e *Engine, opts Options, in Input) Result {
	t.Helper()
	var out []Result
	seq := func(yield func(Input) bool) { yield(in) }
	done := make(chan error, 1)
	go func() {
		done <- e.Check(t.Context(), seq, opts, func(r Result) error { out = append(out, r); return nil })
	}()
	select {
	case err := <-done:
		if err != nil || len(out) != 1 {
			t.Fatalf("Check: %v, %d results", err, len(out))
		}
	case <-time.After(20 * time.Second):
		t.Fatal("Check hung")
	}
	return out[0]
}

const secretContent = `{"kind": "SECRET-KIND", "version": "SECRET-VERSION", "SECRET-KEY": 1, "SECRET-KEY": 2}`

func TestPlanFilingConfinedToRepository(t *testing.T) {
	e := newTestEngine(t, Config{})
	outside := writeFile(t, "secret.json", secretContent)

	repo, in := repoWithPlan(t, "../filings/ok.json")
	if res := checkInput(t, e, Options{}, in); res.Err != nil {
		t.Fatalf("filing inside the repository: %v", res.Err)
	}
	if err := os.Symlink(outside, filepath.Join(repo, "filings", "link.json")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("ok.json", filepath.Join(repo, "filings", "inside-link.json")); err != nil {
		t.Fatal(err)
	}
	_, in = repoWithPlan(t, "../filings/ok.json")
	in.Dir = filepath.Join(repo, "plans")

	for _, c := range []struct{ filing, want string }{
		{outside, "is an absolute path"},
		{"/etc/passwd", "is an absolute path"},
		{"/proc/self/environ", "is an absolute path"},
		{"../../secret.json", "leaves the repository " + repo},
		{"../filings/../../" + filepath.Base(filepath.Dir(outside)) + "/secret.json", "leaves the repository"},
		{"../filings/link.json", "is a symlink that leaves the repository"},
	} {
		in.Data = []byte(`{"kind": "DeploymentPlan", "version": 1, "filing": "` + c.filing + `", "actions": []}`)
		res := checkInput(t, e, Options{}, in)
		if res.Err == nil || !strings.Contains(res.Err.Message, c.want) || res.Err.Line != 1 {
			t.Errorf("filing %s: %+v, want an error at line 1 saying %q", c.filing, res.Err, c.want)
			continue
		}
		if strings.Contains(res.Err.Message, "SECRET") || (!strings.Contains(c.filing, outside) && strings.Contains(res.Err.Message, filepath.Dir(outside))) {
			t.Errorf("filing %s: the error echoes where or what it points at: %s", c.filing, res.Err.Message)
		}
	}
	in.Data = []byte(`{"kind": "DeploymentPlan", "version": 1, "filing": "../filings/inside-link.json", "actions": []}`)
	if res := checkInput(t, e, Options{}, in); res.Err != nil {
		t.Errorf("symlink inside the repository: %v", res.Err)
	}
}

func TestPlanFilingRootFlagAndWorkingDirectory(t *testing.T) {
	e := newTestEngine(t, Config{})
	dir := t.TempDir() // no git repository above it
	for _, d := range []string{"plans", "filings"} {
		if err := os.MkdirAll(filepath.Join(dir, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "filings", "ok.json"), []byte(minimalSnapshot), 0o644); err != nil {
		t.Fatal(err)
	}
	in := Input{Name: "plan.json", Dir: filepath.Join(dir, "plans"),
		Data: []byte(`{"kind": "DeploymentPlan", "version": 1, "filing": "../filings/ok.json", "actions": []}`)}

	t.Chdir(filepath.Join(dir, "plans"))
	if res := checkInput(t, e, Options{}, in); res.Err == nil || !strings.Contains(res.Err.Message, "leaves the working directory") {
		t.Errorf("no repository, filing above the working directory: %+v", res.Err)
	}
	t.Chdir(dir)
	if res := checkInput(t, e, Options{}, in); res.Err != nil {
		t.Errorf("no repository, filing inside the working directory: %v", res.Err)
	}
	if res := checkInput(t, e, Options{FilingRoot: filepath.Join(dir, "plans")}, in); res.Err == nil || !strings.Contains(res.Err.Message, "leaves --filing-root") {
		t.Errorf("--filing-root plans/: %+v", res.Err)
	}
}

func TestFilingErrorsEchoNothingOfTheFile(t *testing.T) {
	e := newTestEngine(t, Config{})
	for name, content := range map[string]string{
		"kind":      `{"kind": "SECRET-KIND", "version": 1}`,
		"version":   `{"kind": "FilingSnapshot", "version": "SECRET-VERSION"}`,
		"key":       `{"kind": "FilingSnapshot", "SECRET-KEY": 1, "SECRET-KEY": 2}`,
		"field":     `{"kind": "FilingSnapshot", "version": 1, "SECRET-KEY": 1}`,
		"plan":      `{"kind": "DeploymentPlan", "version": 1, "filing": "SECRET", "actions": []}`,
		"firstbyte": "SECRET:x:0:0:root:/root:/bin/bash\n",
		"utf8":      "{\"SECRET\xff\": 1}",
	} {
		repo, in := repoWithPlan(t, "../filings/bad.json")
		if err := os.WriteFile(filepath.Join(repo, "filings", "bad.json"), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		res := checkInput(t, e, Options{}, in)
		if res.Err == nil || strings.Contains(res.Err.Message, "SECRET") || strings.Contains(res.Err.Message, "'S'") ||
			!strings.Contains(res.Err.Message, "icpcheck validate") {
			t.Errorf("%s: %+v, want an error that echoes nothing of the file and says how to see why", name, res.Err)
		}
	}
}

func TestFolderSymlinksStayInTheRepository(t *testing.T) {
	outside := writeFile(t, "credentials.json", `{"auths": {"SECRET": 1}}`)
	repo, _ := repoWithPlan(t, "../filings/ok.json")
	docs := filepath.Join(repo, "filings")
	if err := os.Symlink(outside, filepath.Join(docs, "creds.json")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("ok.json", filepath.Join(docs, "same.json")); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, in := range collect(t, 0, docs, filepath.Join(docs, "creds.json")) {
		msg := "read"
		if in.Err != nil {
			msg = in.Err.Message
		}
		got[strings.TrimPrefix(in.Name, docs+string(filepath.Separator))] += msg + ";"
	}
	if !strings.Contains(got["creds.json"], "is a symlink that leaves the repository") || strings.Contains(got["creds.json"], filepath.Dir(outside)) {
		t.Errorf("creds.json found in the folder: %q, want a refusal that does not say where it points", got["creds.json"])
	}
	if !strings.HasSuffix(got["creds.json"], ";read;") {
		t.Errorf("creds.json named on the command line: %q, want it read", got["creds.json"])
	}
	if got["ok.json"] != "read;" || got["same.json"] != "read;" {
		t.Errorf("files inside the repository: %v", got)
	}
}
