package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/open-policy-agent/opa/v1/bundle"

	"github.com/icpcheck/icpcheck/internal/regopack"
	"github.com/icpcheck/icpcheck/policies"
)

// TestBundleLayout: the bundle holds a manifest (content revision, root
// icp), the pack's policies without tests, and its data without the
// schemas; and the same pack gives the same bytes.
func TestBundleLayout(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "icpcheck.tar.gz")
	if code, _, errOut := runCLI(t, "", "bundle", "-o", file); code != exitOK {
		t.Fatalf("bundle: exit %d: %s", code, errOut)
	}
	first, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	_, again, _ := runCLI(t, "", "bundle", "-o", "-")
	if !bytes.Equal(first, []byte(again)) {
		t.Error("two bundles of the same pack differ")
	}

	b, err := bundle.NewReader(bytes.NewReader(first)).Read()
	if err != nil {
		t.Fatalf("read bundle back: %v", err)
	}
	if !regexp.MustCompile(`^[0-9a-f]{64}$`).MatchString(b.Manifest.Revision) {
		t.Errorf("revision %q, want a SHA-256", b.Manifest.Revision)
	}
	if b.Manifest.Roots == nil || strings.Join(*b.Manifest.Roots, ",") != "icp" {
		t.Errorf("roots %v, want [icp]", b.Manifest.Roots)
	}
	set, err := regopack.Pack(policies.FS(), false)
	if err != nil {
		t.Fatal(err)
	}
	var want, got []string
	for _, name := range set.Names() {
		want = append(want, "/"+strings.TrimPrefix(name, "policies/"))
	}
	for _, m := range b.Modules {
		got = append(got, m.Path)
		if strings.HasSuffix(m.Path, "_test.rego") {
			t.Errorf("bundle holds a test: %s", m.Path)
		}
	}
	sort.Strings(got)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("bundle modules:\n%s\nwant the pack's policies:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	icp, _ := b.Data["icp"].(map[string]any)
	for _, key := range []string{"providers", "provinces", "thresholds"} {
		if icp[key] == nil {
			t.Errorf("bundle data lacks icp.%s", key)
		}
	}
	if len(b.Data) != 1 {
		t.Errorf("bundle data has top-level keys %v, want only icp (no schemas)", keys(b.Data))
	}
}

// TestBundleCustom: -p and -d join the bundle; the roots grow to cover the
// company's data; tests under -p stay out.
func TestBundleCustom(t *testing.T) {
	chdirRoot(t)
	_, out, _ := runCLI(t, "", "bundle", "-o", "-", "-p", "fixtures/custom/policy", "-d", "fixtures/custom/company.yaml")
	b, err := bundle.NewReader(strings.NewReader(out)).Read()
	if err != nil {
		t.Fatalf("read bundle back: %v", err)
	}
	if strings.Join(*b.Manifest.Roots, ",") != "acme,icp" {
		t.Errorf("roots %v, want [acme icp]", *b.Manifest.Roots)
	}
	var custom []string
	for _, m := range b.Modules {
		if strings.HasPrefix(m.Path, "/custom/") {
			custom = append(custom, m.Path)
		}
	}
	if strings.Join(custom, ",") != "/custom/fixtures/custom/policy/acme.rego" {
		t.Errorf("custom modules %v, want the policy without its test", custom)
	}
	icp := b.Data["icp"].(map[string]any)
	if days := fmt.Sprint(icp["thresholds"].(map[string]any)["expiry_warning_days"]); days != "60" {
		t.Errorf("expiry_warning_days %s, want the -d override 60", days)
	}
}

func TestBundleErrors(t *testing.T) {
	dir := t.TempDir()
	broken := filepath.Join(dir, "broken.rego")
	if err := os.WriteFile(broken, []byte("package icp.filing\n\ndeny contains x if {\n\tx := y\n}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out.tar.gz")
	for _, args := range [][]string{
		{"bundle"},
		{"bundle", "-o", out, "extra"},
		{"bundle", "-o", out, "-p", broken},
		{"bundle", "-o", out, "-d", filepath.Join(dir, "missing.json")},
	} {
		code, _, errOut := runCLI(t, "", args...)
		if code != exitError || !strings.HasPrefix(errOut, "icpcheck bundle: ") {
			t.Errorf("%v: exit %d, stderr %q; want exit 2 and a hint", args, code, errOut)
		}
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("a failed bundle left a file behind")
	}
}

// TestBundleServedByOPA builds the bundle, serves it with the real OPA
// server (`go tool opa run --server`) on a loopback port and POSTs every
// fixture snapshot and plan to the decision paths: the server's violations
// and accessibility are icpcheck's own (-o json). The same with the
// worked example's company policy and data.
func TestBundleServedByOPA(t *testing.T) {
	opa := opaBinary(t)
	chdirRoot(t)
	dir := t.TempDir()

	t.Run("embedded", func(t *testing.T) {
		file := filepath.Join(dir, "icpcheck.tar.gz")
		if code, _, errOut := runCLI(t, "", "bundle", "-o", file); code != exitOK {
			t.Fatalf("bundle: exit %d: %s", code, errOut)
		}
		srv := startOPA(t, opa, file)
		snapshots, _ := filepath.Glob("fixtures/filings/*.json")
		if len(snapshots) == 0 {
			t.Fatal("no snapshot fixtures")
		}
		for _, f := range snapshots {
			compareWithServer(t, srv, "validate", f, nil)
		}
		plans, _ := filepath.Glob("fixtures/plans/*.json")
		if len(plans) == 0 {
			t.Log("no plan fixtures in fixtures/plans: plans not compared")
		}
		for _, f := range plans {
			compareWithServer(t, srv, "check", f, nil)
		}
		for _, c := range terraformCases {
			plan, filing := terraformArgs(c.plan, c.filing)
			rules := compareWithServer(t, srv, "check", plan, []string{"--filing", filing})
			if !strings.HasPrefix(c.name, "clean-") && rules == "" {
				t.Errorf("%s: the server finds nothing", c.name)
			}
		}
	})

	t.Run("custom", func(t *testing.T) {
		flags := []string{"-p", "fixtures/custom/policy", "-d", "fixtures/custom/company.yaml"}
		file := filepath.Join(dir, "custom.tar.gz")
		if code, _, errOut := runCLI(t, "", append([]string{"bundle", "-o", file}, flags...)...); code != exitOK {
			t.Fatalf("bundle: exit %d: %s", code, errOut)
		}
		srv := startOPA(t, opa, file)
		rules := compareWithServer(t, srv, "validate", "fixtures/custom/unapproved-provider.json", flags)
		if !strings.Contains(rules, "ACME001") {
			t.Errorf("the server's violations %s lack the company rule ACME001", rules)
		}
	})
}

// finding is what the server and icpcheck must agree on.
type finding struct {
	Severity, Rule, Path, Message, Address string
}

// compareWithServer checks one document with icpcheck (-o json) and POSTs
// it to the server; it returns the rule IDs found.
func compareWithServer(t *testing.T, srv string, command, file string, flags []string) string {
	t.Helper()
	_, out, _ := runCLI(t, "", append(append([]string{command, "-o", "json"}, flags...), file)...)
	var report struct {
		Results []struct {
			Violations []struct {
				Rule, Severity, Path, Message, Address string
			} `json:"violations"`
			Accessibility json.RawMessage `json:"accessibility"`
			Error         *struct{ Message string }
		} `json:"results"`
	}
	if err := json.Unmarshal([]byte(out), &report); err != nil || len(report.Results) != 1 {
		t.Fatalf("%s %s: not one JSON result (%v):\n%s", command, file, err, out)
	}
	res := report.Results[0]
	if res.Error != nil {
		// an input error: icpcheck does not evaluate it, and an OPA
		// server does not validate its input against the schemas
		t.Logf("%s: not compared: %s", file, res.Error.Message)
		return ""
	}
	var want []finding
	for _, v := range res.Violations {
		want = append(want, finding{v.Severity, v.Rule, v.Path, v.Message, v.Address})
	}

	doc := readJSON(t, file)
	input, path := doc, "/v1/data/icp/filing/decision"
	switch _, named := doc.(map[string]any)["kind"]; {
	case command == "check" && !named: // a Terraform plan: --filing is flags[1]
		input = map[string]any{"filing": readJSON(t, flags[1]), "terraform": doc}
		path = "/v1/data/icp/terraform/decision"
	case command == "check":
		rel, _ := doc.(map[string]any)["filing"].(string)
		input = map[string]any{"filing": readJSON(t, filepath.Join(filepath.Dir(file), rel)), "plan": doc}
		path = "/v1/data/icp/plan/decision"
	}
	var answer struct {
		Result *struct {
			Deny, Warn []struct {
				Rule, Path, Msg, Address string
			}
			Accessibility json.RawMessage
		}
	}
	postJSON(t, srv+path, map[string]any{"input": input}, &answer)
	if answer.Result == nil {
		t.Fatalf("%s: the server has no decision at %s", file, path)
	}
	var got []finding
	for sev, vs := range map[string][]struct{ Rule, Path, Msg, Address string }{"deny": answer.Result.Deny, "warn": answer.Result.Warn} {
		for _, v := range vs {
			got = append(got, finding{sev, v.Rule, v.Path, v.Msg, v.Address})
		}
	}
	sortFindings(want)
	sortFindings(got)
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("%s: the OPA server found\n%v\nicpcheck %s found\n%v", file, got, command, want)
	}
	if !jsonEqual(t, answer.Result.Accessibility, res.Accessibility) {
		t.Errorf("%s: accessibility differs:\nserver   %s\nicpcheck %s", file, answer.Result.Accessibility, res.Accessibility)
	}
	var rules []string
	for _, f := range got {
		rules = append(rules, f.Rule)
	}
	return strings.Join(rules, ",")
}

func sortFindings(fs []finding) {
	sort.Slice(fs, func(i, j int) bool { return fmt.Sprint(fs[i]) < fmt.Sprint(fs[j]) })
}

func jsonEqual(t *testing.T, a, b json.RawMessage) bool {
	t.Helper()
	var x, y any
	if json.Unmarshal(a, &x) != nil || json.Unmarshal(b, &y) != nil {
		return false
	}
	return fmt.Sprint(normalize(x)) == fmt.Sprint(normalize(y))
}

// normalize treats null and [] alike (icpcheck prints [] for no reasons).
func normalize(v any) any {
	switch x := v.(type) {
	case nil:
		return []any{}
	case []any:
		for i := range x {
			x[i] = normalize(x[i])
		}
	case map[string]any:
		for k := range x {
			x[k] = normalize(x[k])
		}
	}
	return v
}

func readJSON(t *testing.T, file string) any {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var v any
	if err := json.Unmarshal(data, &v); err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	return v
}

var httpClient = &http.Client{Timeout: 10 * time.Second}

func postJSON(t *testing.T, url string, body, into any) {
	t.Helper()
	data, err := json.Marshal(body)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := httpClient.Post(url, "application/json", bytes.NewReader(data))
	if err != nil {
		t.Fatalf("POST %s: %v", url, err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("POST %s: %s %v\n%s", url, resp.Status, err, raw)
	}
	if err := json.Unmarshal(raw, into); err != nil {
		t.Fatalf("POST %s: %v\n%s", url, err, raw)
	}
}

// opaBinary builds (or finds in the build cache) the opa CLI pinned in
// go.mod, as `go tool opa` runs it.
func opaBinary(t *testing.T) string {
	t.Helper()
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("the go command is not on PATH: cannot build `go tool opa`")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer cancel()
	out, err := exec.CommandContext(ctx, goBin, "tool", "-n", "opa").Output()
	if err != nil {
		t.Fatalf("go tool -n opa: %v", err)
	}
	return strings.TrimSpace(string(out))
}

// startOPA serves a bundle with `opa run --server` on a free loopback port
// until the test ends, and returns its base URL once the bundle is
// activated. Extra arguments go to `opa run`.
func startOPA(t *testing.T, opa, bundleFile string, args ...string) string {
	t.Helper()
	for attempt := 1; ; attempt++ {
		url, err := tryStartOPA(t, opa, bundleFile, args...)
		if err == nil {
			return url
		}
		if attempt == 3 {
			t.Fatalf("start the OPA server: %v", err)
		}
		t.Logf("start the OPA server (attempt %d): %v", attempt, err)
	}
}

// lockedBuffer collects a process's output while the test reads it.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func tryStartOPA(t *testing.T, opa, bundleFile string, args ...string) (string, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	addr := l.Addr().String()
	l.Close()

	var logs lockedBuffer
	cmd := exec.Command(opa, append([]string{"run", "--server", "--addr", addr, "--skip-version-check", "--log-level", "error", "--bundle", bundleFile}, args...)...)
	cmd.Stdout, cmd.Stderr = &logs, &logs
	if err := cmd.Start(); err != nil {
		return "", err
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	stop := func() {
		_ = cmd.Process.Kill()
		select {
		case <-exited:
		case <-time.After(10 * time.Second):
			t.Logf("the OPA server (pid %d) did not exit within 10s of being killed", cmd.Process.Pid)
		}
	}

	url := "http://" + addr
	probe := &http.Client{Timeout: time.Second}
	deadline := time.Now().Add(30 * time.Second)
	for {
		select {
		case err := <-exited:
			return "", fmt.Errorf("opa exited (%v):\n%s", err, logs.String())
		default:
		}
		if resp, err := probe.Get(url + "/health?bundles"); err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				t.Cleanup(stop)
				return url, nil
			}
		}
		if time.Now().After(deadline) {
			stop()
			return "", fmt.Errorf("no healthy answer from %s/health?bundles within 30s:\n%s", url, logs.String())
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func keys(m map[string]any) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
