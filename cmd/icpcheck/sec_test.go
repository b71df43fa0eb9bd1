package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"
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

// TestRunAsMain is icpcheck's main in a subprocess of the test binary, for
// the tests that send it real signals; it is skipped in a normal run.
func TestRunAsMain(t *testing.T) {
	args := os.Getenv("ICPCHECK_TEST_MAIN_ARGS")
	if args == "" {
		t.Skip("runs only as a subprocess of TestSignal")
	}
	os.Args = append([]string{"icpcheck"}, strings.Split(args, "\n")...)
	main()
}

// slowRun starts icpcheck on a fast document, a document whose evaluation
// takes minutes, and another fast one, and returns once the first result
// is on standard output.
func slowRun(t *testing.T, format string) (*exec.Cmd, *bufio.Reader, *bytes.Buffer) {
	t.Helper()
	dir := t.TempDir()
	write := func(name, content string) string { return writeIn(t, dir, name, content) }
	policy := write("slow.rego", `package icp.filing

deny contains {"rule": "SLOW", "msg": "never"} if {
	input.subject.name == "slow"
	some i in numbers.range(1, 1000000000)
	i < 0
}
`)
	snapshot := `{"kind": "FilingSnapshot", "version": 1, "as_of": "2026-11-20T08:00:00Z",
 "subject": {"name": "NAME", "type": "enterprise", "province": "ZJ", "icp_number": "浙ICP备12345678号", "status": "active"},
 "websites": [], "hosting": []}`
	docs := []string{
		write("a.json", strings.Replace(snapshot, "NAME", "fast", 1)),
		write("b.json", strings.Replace(snapshot, "NAME", "slow", 1)),
		write("c.json", strings.Replace(snapshot, "NAME", "fast", 1)),
	}
	args := append([]string{"validate", "-o", format, "-j", "1", "--timeout", "10m", "-p", policy}, docs...)
	cmd := exec.Command(os.Args[0], "-test.run=^TestRunAsMain$")
	cmd.Env = append(os.Environ(), "ICPCHECK_TEST_MAIN_ARGS="+strings.Join(args, "\n"))
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = cmd.Process.Kill() })
	r := bufio.NewReader(out)
	return cmd, r, &stderr
}

// finish waits for the subprocess, at most a minute, and returns its exit
// code and the rest of its standard output.
func finish(t *testing.T, cmd *exec.Cmd, r *bufio.Reader) (int, string) {
	t.Helper()
	rest := make(chan string, 1)
	go func() {
		b, _ := io.ReadAll(r)
		rest <- string(b)
	}()
	var out string
	select {
	case out = <-rest:
	case <-time.After(time.Minute):
		t.Fatal("icpcheck did not stop after the signal")
	}
	err := cmd.Wait()
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		t.Fatal(err)
	}
	return cmd.ProcessState.ExitCode(), out
}

func TestSignalInterruptsWithExit130(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no SIGINT to send on Windows")
	}
	for _, c := range []struct {
		signal os.Signal
		format string
		first  string // a line of the first result
	}{
		{syscall.SIGINT, "json", `"file"`},
		{syscall.SIGTERM, "text", "PASS"},
	} {
		cmd, r, stderr := slowRun(t, c.format)
		var got strings.Builder
		for !strings.Contains(got.String(), c.first) {
			line, err := r.ReadString('\n')
			got.WriteString(line)
			if err != nil {
				t.Fatalf("%s: no first result before %v; stderr %s", c.format, err, stderr)
			}
		}
		if err := cmd.Process.Signal(c.signal); err != nil {
			t.Fatal(err)
		}
		code, rest := finish(t, cmd, r)
		out := got.String() + rest
		if code != exitSignal || !strings.Contains(stderr.String(), "icpcheck validate: interrupted: checked 1 of ") {
			t.Errorf("%v: exit %d, stderr %q; want 130 and how far it got", c.signal, code, stderr)
		}
		switch c.format {
		case "json":
			var report struct {
				Results []map[string]any `json:"results"`
				Summary map[string]any   `json:"summary"`
			}
			if err := json.Unmarshal([]byte(out), &report); err != nil {
				t.Fatalf("not a valid JSON report: %v\n%s", err, out)
			}
			if len(report.Results) != 1 || report.Summary["interrupted"] != true || report.Summary["documents"] != 1.0 {
				t.Errorf("report %+v, want the one result and interrupted: true", report)
			}
		case "text":
			if !strings.Contains(out, "INTERRUPTED before every document was checked") || strings.Contains(out, "b.json") {
				t.Errorf("text report:\n%s", out)
			}
		}
	}
}

// TestHostileFileNameAndIDs: a pull request names a file and a website
// so that a line break starts a workflow command; neither text nor explain
// prints a line that starts one, and no escape character gets through.
func TestHostileFileNameAndIDs(t *testing.T) {
	chdirRoot(t)
	data, err := os.ReadFile("fixtures/filings/clean-single-site.json")
	if err != nil {
		t.Fatal(err)
	}
	doc := strings.ReplaceAll(string(data), `"id": "shop"`, `"id": "shop\n::error file=a::pwned\u001b[2J"`)
	name := filepath.Join(t.TempDir(), "evil\n::error::x\x1b[31m.json")
	if err := os.WriteFile(name, []byte(doc), 0o644); err != nil {
		t.Skipf("this file system refuses such a name: %v", err)
	}
	for _, args := range [][]string{{"validate", name}, {"explain", name}, {"validate", "-o", "markdown", name}} {
		_, out, errOut := runCLI(t, "", args...)
		if strings.ContainsRune(out+errOut, '\x1b') {
			t.Errorf("%v: an escape character got through:\n%q", args, out)
		}
		for _, line := range strings.Split(out+errOut, "\n") {
			if strings.HasPrefix(strings.TrimSpace(line), "::") {
				t.Errorf("%v: a line starts a workflow command: %q", args, line)
			}
		}
		if !strings.Contains(out, `evil\n::error::x\x1b[31m.json`) {
			t.Errorf("%v: the file name is not shown escaped:\n%s", args, out)
		}
	}
}

// writeIn writes a file into dir and returns its path.
func writeIn(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	writeFile(t, p, content)
	return p
}
