//go:build unix

package engine

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

func TestInputsRefuseWhatIsNotARegularFile(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe.json")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.ndjson"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "ok.json"), []byte("{}"), 0o644); err != nil {
		t.Fatal(err)
	}
	done := make(chan []Input, 1)
	go func() {
		done <- collect(t, 0, dir, filepath.Join(dir, "pipe.ndjson"), "/dev/zero", "/proc/self/environ")
	}()
	var got []Input
	select {
	case got = <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("reading a named pipe hung")
	}
	want := map[string]string{
		"ok.json":            "",
		"pipe.json":          "named pipe (FIFO), not a regular file",
		"pipe.ndjson":        "named pipe (FIFO), not a regular file",
		"/dev/zero":          "a device, not a regular file",
		"/proc/self/environ": "changed size while it was read",
	}
	if len(got) != len(want) {
		t.Fatalf("%d inputs, want %d: %+v", len(got), len(want), got)
	}
	for _, in := range got {
		name := strings.TrimPrefix(in.Name, dir+string(filepath.Separator))
		msg := ""
		if in.Err != nil {
			msg = in.Err.Message
		}
		if w := want[name]; (w == "") != (msg == "") || !strings.Contains(msg, w) {
			t.Errorf("%s: error %q, want %q", name, msg, w)
		}
	}
}

func TestFilingFlagReadsOnlyRegularFilesWithinTheLimit(t *testing.T) {
	e := newTestEngine(t, Config{})
	fifo := filepath.Join(t.TempDir(), "snapshot.json")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	big := writeFile(t, "big.json", minimalSnapshot+strings.Repeat(" ", 2048))
	plan := Input{Name: "plan.json", Dir: ".", Data: []byte(`{"kind": "DeploymentPlan", "version": 1, "actions": []}`)}
	for _, c := range []struct{ filing, want string }{
		{fifo, "is a named pipe (FIFO), not a regular file"},
		{"/dev/zero", "is a device, not a regular file"},
		{"/proc/self/environ", "changed size while it was read"},
		{big, "larger than the 1 KiB limit"},
	} {
		if _, err := os.Stat(c.filing); err != nil {
			t.Logf("%s: %v", c.filing, err)
			continue
		}
		limits := Limits{MaxSize: 1 << 20}
		if c.filing == big {
			limits.MaxSize = 1024
		}
		res := checkInput(t, e, Options{Filing: c.filing, Limits: limits}, plan)
		if res.Err == nil || !strings.Contains(res.Err.Message, c.want) {
			t.Errorf("--filing %s: %+v, want %q", c.filing, res.Err, c.want)
		}
	}
}
