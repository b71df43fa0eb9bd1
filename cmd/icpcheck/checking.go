package main

import (
	"context"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/pflag"

	"github.com/icpcheck/icpcheck/engine"
	"github.com/icpcheck/icpcheck/internal/suppress"
	"github.com/icpcheck/icpcheck/output"
)

func validateCommand() command {
	return command{
		name:    "validate",
		args:    "[flags] FILE|DIR|- ...",
		summary: "check filing snapshots",
		example: `icpcheck validate fixtures/filings/clean-single-site.json
icpcheck validate -o json --as-of 2026-12-01 snapshots/
cat snapshot.json | icpcheck validate -`,
		setup: func(fs *pflag.FlagSet) runFunc {
			f := &checkingFlags{}
			f.register(fs)
			return func(ctx context.Context, a *app, args []string) int {
				return a.check(ctx, command{name: "validate"}, f, fs, args)
			}
		},
	}
}

func checkCommand() command {
	return command{
		name:    "check",
		args:    "[flags] FILE|DIR|- ...",
		summary: "check deployment plans and Terraform plans against their snapshots",
		example: `icpcheck check fixtures/plans/clean-migration.json
icpcheck check --filing snapshot.json -o json plan.json
icpcheck check --baseline icpcheck-baseline.json plans/
icpcheck check --filing filings/current.json tf.json   # terraform show -json tf.plan > tf.json`,
		setup: func(fs *pflag.FlagSet) runFunc {
			f := &checkingFlags{}
			f.register(fs)
			return func(ctx context.Context, a *app, args []string) int {
				return a.check(ctx, command{name: "check"}, f, fs, args)
			}
		},
	}
}

// check runs a checking command: it reads the config file, compiles the
// policies once, evaluates every document, marks what exceptions and the
// baseline accept, and streams the results to the chosen format.
func (a *app) check(ctx context.Context, c command, f *checkingFlags, fs *pflag.FlagSet, args []string) int {
	if len(args) == 0 {
		return a.usageFailure(c, usageError{"no input: give one or more files or folders, or - for standard input"})
	}
	cfg, err := f.applyConfig(a, fs)
	if err != nil {
		return a.usageFailure(c, err)
	}
	opts, err := f.document.options()
	if err != nil {
		return a.usageFailure(c, err)
	}
	opts.Lang = f.output.lang
	if opts.Limits, err = f.limits.engineLimits(); err != nil {
		return a.usageFailure(c, err)
	}
	opts.Jobs = f.limits.jobs
	if err := output.CheckFormat(f.output.format); err != nil {
		return a.usageFailure(c, err)
	}
	baseline, recorder, err := f.baseline.open()
	if err != nil {
		return a.usageFailure(c, err)
	}
	engineCfg := f.policy.engineConfig(a.pack)
	engineCfg.Limits = opts.Limits // -d files are read within the documents' limits
	eng, err := engine.New(ctx, engineCfg)
	if err != nil {
		fmt.Fprintf(a.stderr, "icpcheck %s: %v\n", c.name, err)
		return exitError
	}
	formatOpts := f.output.options(a, eng.Rules())
	formatter, err := output.New(f.output.format, a.stdout, formatOpts)
	if err != nil {
		return a.usageFailure(c, err)
	}
	opts.FindingsOnly = output.FindingsOnly(f.output.format, formatOpts)
	suppressor := suppress.New(cfg.ExceptionList(), baseline, a.now(), eng.Rules())
	suppressor.Lang = f.output.lang

	var sum output.Summary
	if err := formatter.Begin(); err != nil {
		return a.writeFailure(c.name, err)
	}
	err = eng.Check(ctx, engine.Inputs(args, a.stdin, opts.Limits.MaxSize), opts, func(r engine.Result) error {
		nameFlags(r.Err)
		suppressor.Apply(&r)
		if recorder != nil {
			recorder.Add(r)
		}
		sum.Add(r)
		return formatter.Result(r)
	})
	var intr *engine.Interrupted
	if errors.As(err, &intr) {
		sum.Interrupted, err = true, nil
	}
	sum.Notices = suppressor.Notices()
	a.writeNotices(c.name, sum.Notices, f.output.lang)
	if err == nil {
		err = formatter.End(sum)
	}
	if err != nil {
		return a.writeFailure(c.name, err)
	}
	if intr != nil {
		return a.interrupted(c.name, intr) // no baseline from half a run
	}
	if recorder != nil {
		if err := recorder.Write(); err != nil {
			fmt.Fprintf(a.stderr, "icpcheck %s: %v\n", c.name, err)
			return exitError
		}
		fmt.Fprintf(a.stderr, "icpcheck %s: wrote the baseline %s (%d findings)\n", c.name, f.baseline.write, recorder.Len())
	}
	return exitCode(sum, f.output.failOnWarn)
}

// writeNotices tells, on standard error whatever the format, what needs a
// person in the config file's exceptions.
func (a *app) writeNotices(name string, notices []suppress.Notice, lang string) {
	warning := "warning"
	if lang == "zh" {
		warning = "警告"
	}
	for _, n := range notices {
		fmt.Fprintf(a.stderr, "icpcheck %s: %s: %s: %s\n", name, warning, n.Source, n.Message)
	}
}

// exitCode is the README's exit code ("Exit codes") for a run's summary.
func exitCode(sum output.Summary, failOnWarn bool) int {
	switch {
	case sum.Errors > 0:
		return exitError
	case sum.Deny > 0 || (failOnWarn && sum.Warn > 0):
		return exitFindings
	}
	return exitOK
}

// colorAllowed: colour only on a terminal, unless --no-color, NO_COLOR or
// TERM=dumb says otherwise.
func (a *app) colorAllowed(noColor bool) bool {
	return a.terminal && !noColor && a.getenv("NO_COLOR") == "" && a.getenv("TERM") != "dumb"
}

func (a *app) writeFailure(name string, err error) int {
	fmt.Fprintf(a.stderr, "icpcheck %s: write output: %v\n", name, err)
	return exitError
}

// parseTime accepts RFC 3339 or a plain date (midnight UTC).
func parseTime(s string) (time.Time, error) {
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t, nil
	}
	return time.Time{}, usageError{fmt.Sprintf("--as-of %q: give a time as 2026-11-20T08:00:00Z or a date as 2026-11-20", s)}
}

// parseSize reads a byte count with an optional KiB, MiB or GiB suffix.
func parseSize(s string) (int64, error) {
	units := []struct {
		suffix string
		factor int64
	}{{"GiB", 1 << 30}, {"MiB", 1 << 20}, {"KiB", 1 << 10}, {"B", 1}, {"", 1}}
	for _, u := range units {
		if num, ok := strings.CutSuffix(s, u.suffix); ok {
			n, err := strconv.ParseInt(strings.TrimSpace(num), 10, 64)
			if err != nil || n <= 0 || n > math.MaxInt64/u.factor {
				break
			}
			return n * u.factor, nil
		}
	}
	return 0, usageError{fmt.Sprintf("--max-size %q: give a positive size such as 10MiB, 512KiB or 1048576", s)}
}
