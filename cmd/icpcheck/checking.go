package main

import (
	"context"
	"fmt"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/pflag"

	"github.com/icpcheck/icpcheck/engine"
	"github.com/icpcheck/icpcheck/output"
)

// checkFlags are the flags every checking command shares.
type checkFlags struct {
	output     string
	failOnWarn bool
	policies   []string
	noBuiltin  bool
	data       []string
	asOf       string
	jobs       int
	filing     string
	quiet      bool
	noColor    bool
	maxSize    string
	maxDepth   int
	timeout    time.Duration
}

func registerCheckFlags(fs *pflag.FlagSet, withFiling bool) *checkFlags {
	f := &checkFlags{}
	fs.StringVarP(&f.output, "output", "o", "text", "output `format`: "+strings.Join(output.Formats(), ", "))
	fs.BoolVar(&f.failOnWarn, "fail-on-warn", false, "exit 1 on a warn as well as on a deny")
	fs.StringArrayVarP(&f.policies, "policy", "p", nil, "Rego `path` (file or folder) evaluated with the embedded policies (repeatable)")
	fs.BoolVar(&f.noBuiltin, "no-builtin", false, "evaluate only the -p policies, not the embedded ones")
	fs.StringArrayVarP(&f.data, "data", "d", nil, "JSON or YAML `file` merged over the embedded data, e.g. thresholds (repeatable)")
	fs.StringVar(&f.asOf, "as-of", "", "judge as of this `time` (RFC 3339 or YYYY-MM-DD) instead of the snapshot's as_of")
	fs.IntVarP(&f.jobs, "jobs", "j", runtime.NumCPU(), "number of documents evaluated at once")
	if withFiling {
		fs.StringVar(&f.filing, "filing", "", "the filing snapshot `file` every plan acts on, instead of the plan's \"filing\"")
	}
	limits := engine.DefaultLimits()
	fs.StringVar(&f.maxSize, "max-size", "10MiB", "largest document (or NDJSON line) read, e.g. 512KiB, 10MiB")
	fs.IntVar(&f.maxDepth, "max-depth", limits.MaxDepth, "deepest nesting of arrays and objects in a document")
	fs.DurationVar(&f.timeout, "timeout", limits.Timeout, "longest policy evaluation of one document")
	fs.BoolVarP(&f.quiet, "quiet", "q", false, "print only findings and errors")
	fs.BoolVar(&f.noColor, "no-color", false, "never colour the output (colour is used only on a terminal)")
	return f
}

func validateCommand() command {
	return command{
		name:    "validate",
		args:    "[flags] FILE|DIR|- ...",
		summary: "check filing snapshots",
		example: `icpcheck validate fixtures/filings/clean-single-site.json
icpcheck validate -o json --as-of 2026-12-01 snapshots/
cat snapshot.json | icpcheck validate -`,
		flags: func(fs *pflag.FlagSet) any { return registerCheckFlags(fs, false) },
		run: func(ctx context.Context, a *app, v any, args []string) int {
			return a.check(ctx, "validate", engine.KindSnapshot, v.(*checkFlags), args)
		},
	}
}

func checkCommand() command {
	return command{
		name:    "check",
		args:    "[flags] FILE|DIR|- ...",
		summary: "check deployment plans against their snapshots",
		example: `icpcheck check fixtures/plans/clean-migration.json
icpcheck check --filing snapshot.json -o json plan.json`,
		flags: func(fs *pflag.FlagSet) any { return registerCheckFlags(fs, true) },
		run: func(ctx context.Context, a *app, v any, args []string) int {
			return a.check(ctx, "check", engine.KindPlan, v.(*checkFlags), args)
		},
	}
}

// check runs a checking command: it compiles the policies once, evaluates
// every document and streams the results to the chosen format.
func (a *app) check(ctx context.Context, name, kind string, f *checkFlags, args []string) int {
	c := command{name: name}
	if len(args) == 0 {
		return a.usageFailure(c, usageError{"no input: give one or more files or folders, or - for standard input"})
	}
	opts := engine.Options{Expect: kind, Filing: f.filing, Jobs: f.jobs}
	if f.jobs < 1 {
		return a.usageFailure(c, usageError{fmt.Sprintf("--jobs %d: give at least 1", f.jobs)})
	}
	maxSize, err := parseSize(f.maxSize)
	if err != nil {
		return a.usageFailure(c, err)
	}
	if f.maxDepth < 1 || f.timeout <= 0 {
		return a.usageFailure(c, usageError{"--max-depth and --timeout must be positive"})
	}
	opts.Limits = engine.Limits{MaxSize: maxSize, MaxDepth: f.maxDepth, Timeout: f.timeout}
	if f.asOf != "" {
		t, err := parseTime(f.asOf)
		if err != nil {
			return a.usageFailure(c, err)
		}
		opts.AsOf = t
	}
	if err := output.CheckFormat(f.output); err != nil {
		return a.usageFailure(c, err)
	}
	eng, err := engine.New(ctx, engine.Config{Pack: a.pack, NoBuiltin: f.noBuiltin, Policies: f.policies, Data: f.data, Limits: opts.Limits})
	if err != nil {
		fmt.Fprintf(a.stderr, "icpcheck %s: %v\n", name, err)
		return exitError
	}
	formatter, err := output.New(f.output, a.stdout, output.Options{Color: a.colorAllowed(f.noColor), Quiet: f.quiet, Rules: eng.Rules()})
	if err != nil {
		return a.usageFailure(c, err)
	}

	var sum output.Summary
	if err := formatter.Begin(); err != nil {
		return a.writeFailure(name, err)
	}
	err = eng.Check(ctx, engine.Inputs(args, a.stdin, maxSize), opts, func(r engine.Result) error {
		sum.Add(r)
		return formatter.Result(r)
	})
	if err == nil {
		err = formatter.End(sum)
	}
	if err != nil {
		return a.writeFailure(name, err)
	}
	return exitCode(sum, f.failOnWarn)
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
			if err != nil || n <= 0 {
				break
			}
			return n * u.factor, nil
		}
	}
	return 0, usageError{fmt.Sprintf("--max-size %q: give a positive size such as 10MiB, 512KiB or 1048576", s)}
}
