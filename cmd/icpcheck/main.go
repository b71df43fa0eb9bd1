// Command icpcheck checks China ICP filing snapshots and deployment plans
// against the ICP filing-transfer rules of its embedded Rego policies.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"
)

func main() {
	tuneGC()
	// SIGINT (Ctrl-C) or SIGTERM (a CI runner cancelling the job) stops the
	// run: the report so far is closed and says so, and the exit code is
	// 130. A second signal kills at once, as without icpcheck.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	go func() {
		<-ctx.Done()
		stop()
	}()
	endProfile, err := startCPUProfile(os.Getenv)
	if err != nil {
		fmt.Fprintln(os.Stderr, "icpcheck:", err)
		os.Exit(2)
	}
	code := newApp(os.Stdin, os.Stdout, os.Stderr, os.Getenv).run(ctx, os.Args[1:])
	stop()
	endProfile()
	os.Exit(code)
}

// tuneGC trades memory for speed: policy evaluation allocates many
// short-lived values, and at Go's default the collector takes a fifth of
// the CPU on a fleet run. A soft memory limit keeps the larger heap target
// from growing without bound. GOGC and GOMEMLIMIT still win when set.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(150 << 20)
	}
}
