package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"slices"
	"strings"
	"time"
)

// measurement is one run of a child process.
type measurement struct {
	wall   time.Duration
	cpu    time.Duration // user + system
	maxRSS int64         // bytes; 0 where the system does not say
	code   int           // exit code
	stderr string        // the end of its standard error, for messages
}

// runner starts the measured commands from the module root.
type runner struct {
	root string
	env  []string // extra environment, e.g. GOMAXPROCS
}

// run times name args to completion. Standard output goes to stdout (the
// null device when nil); standard error is kept for the error message.
func (rn runner) run(stdout io.Writer, name string, args ...string) (measurement, error) {
	cmd := exec.Command(name, args...)
	cmd.Dir = rn.root
	cmd.Env = append(os.Environ(), rn.env...)
	if stdout == nil {
		null, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
		if err != nil {
			return measurement{}, err
		}
		defer null.Close()
		cmd.Stdout = null
	} else {
		cmd.Stdout = stdout
	}
	var stderr tail
	cmd.Stderr = &stderr
	start := time.Now()
	err := cmd.Run()
	m := measurement{wall: time.Since(start), stderr: strings.TrimSpace(string(stderr.b))}
	if cmd.ProcessState == nil {
		return m, fmt.Errorf("%s: %w", name, err)
	}
	m.code = cmd.ProcessState.ExitCode()
	m.cpu = cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	m.maxRSS = maxRSS(cmd.ProcessState)
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		return m, fmt.Errorf("%s: %w", name, err)
	}
	return m, nil
}

// expect fails unless the exit code is one of codes; the child's standard
// error explains why.
func expect(m measurement, err error, what string, codes ...int) error {
	if err != nil {
		return err
	}
	if !slices.Contains(codes, m.code) {
		last := m.stderr[strings.LastIndexByte(m.stderr, '\n')+1:]
		return fmt.Errorf("%s exited with %d (expected %v): %s", what, m.code, codes, last)
	}
	return nil
}

// tail keeps the last 4 KiB written to it.
type tail struct{ b []byte }

func (t *tail) Write(p []byte) (int, error) {
	t.b = append(t.b, p...)
	if len(t.b) > 4096 {
		t.b = t.b[len(t.b)-4096:]
	}
	return len(p), nil
}

// command output read back, e.g. to build a version string.
func output(dir, name string, args ...string) (string, error) {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("%s %s: %v: %s", name, strings.Join(args, " "), err, strings.TrimSpace(errOut.String()))
	}
	return strings.TrimSpace(out.String()), nil
}

// median is 0 for no durations (a command that was not run).
func median(ds []time.Duration) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}
