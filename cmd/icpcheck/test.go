package main

import (
	"context"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/open-policy-agent/opa/v1/cover"
	"github.com/open-policy-agent/opa/v1/tester"
	"github.com/spf13/pflag"

	"github.com/icpcheck/icpcheck/internal/regopack"
)

type testFlags struct {
	verbose   bool
	run       string
	coverage  bool
	threshold float64
	noBuiltin bool
}

func testCommand() command {
	return command{
		name:    "test",
		args:    "[flags] [PATH ...]",
		summary: "run the Rego unit tests: the embedded policies' and those under PATH",
		example: `icpcheck test
icpcheck test --coverage --threshold 95
icpcheck test -v -r 'icp101' fixtures/custom/policy
icpcheck test --no-builtin my-policies/`,
		setup: func(fs *pflag.FlagSet) runFunc {
			f := &testFlags{}
			fs.BoolVarP(&f.verbose, "verbose", "v", false, "list every test, and trace the notes and failed expressions of failures")
			fs.StringVarP(&f.run, "run", "r", "", "run only the tests whose name (data.package.test_name) matches this `regex`")
			fs.BoolVar(&f.coverage, "coverage", false, "report line coverage of the policy files (tests not counted)")
			fs.Float64Var(&f.threshold, "threshold", 0, "exit 1 when coverage is below this `percent` (implies --coverage)")
			fs.BoolVar(&f.noBuiltin, "no-builtin", false, "run only the tests under PATH, without the embedded policies (their data and schemas stay)")
			return func(ctx context.Context, a *app, args []string) int {
				return a.test(ctx, f, args)
			}
		},
	}
}

// test runs the Rego unit tests with OPA's tester, reports them with OPA's
// PrettyReporter (what `opa test` prints) and closes with "N passed, N
// failed", after "coverage: NN.N%" with --coverage.
func (a *app) test(ctx context.Context, f *testFlags, args []string) int {
	c := command{name: "test"}
	if f.threshold < 0 || f.threshold > 100 {
		return a.usageFailure(c, usageError{fmt.Sprintf("--threshold %v: give a percentage from 0 to 100", f.threshold)})
	}
	if f.threshold > 0 {
		f.coverage = true
	}
	if f.noBuiltin && len(args) == 0 {
		return a.usageFailure(c, usageError{"--no-builtin needs at least one file or folder of tests"})
	}
	set, err := regopack.Pack(a.pack, true)
	if err != nil {
		return a.testFailure(err)
	}
	schemas, err := regopack.Schemas(a.pack)
	if err != nil {
		return a.testFailure(err)
	}
	if f.noBuiltin {
		set.DropRego()
	}
	extra, err := regopack.Paths(args, true)
	if err == nil {
		err = set.Add(extra)
	}
	if err != nil {
		return a.testFailure(err)
	}
	rep, err := regopack.Test(ctx, set, regopack.TestOptions{
		Run:      f.run,
		Verbose:  f.verbose,
		Coverage: f.coverage,
		Schemas:  schemas,
	})
	if err != nil {
		return a.testFailure(err)
	}

	ch := make(chan *tester.Result, len(rep.Results))
	for _, r := range rep.Results {
		ch <- r
	}
	close(ch)
	if err := (tester.PrettyReporter{Output: a.stdout, Verbose: f.verbose}).Report(ch); err != nil {
		return a.writeFailure("test", err)
	}
	code := exitOK
	if !rep.OK() {
		code = exitFindings
	}
	if rep.Coverage != nil {
		writeCoverage(a.stdout, rep.Coverage, f.verbose)
		if rep.Coverage.Coverage < f.threshold {
			fmt.Fprintf(a.stderr, "icpcheck test: coverage %.2f%% is below the threshold %v%%\n", rep.Coverage.Coverage, f.threshold)
			code = exitFindings
		}
	}
	if _, err := fmt.Fprintln(a.stdout, rep.Summary()); err != nil {
		return a.writeFailure("test", err)
	}
	return code
}

func (a *app) testFailure(err error) int {
	fmt.Fprintf(a.stderr, "icpcheck test: %v\n", strings.TrimSpace(err.Error()))
	return exitError
}

// writeCoverage lists the policy files with lines that no test reached
// (every file with -v), then the total.
func writeCoverage(w io.Writer, rep *cover.Report, verbose bool) {
	names := make([]string, 0, len(rep.Files))
	for name := range rep.Files {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		fr := rep.Files[name]
		if fr.NotCoveredLines == 0 {
			if verbose {
				fmt.Fprintf(w, "%s: %.1f%%\n", name, fileCoverage(fr))
			}
			continue
		}
		fmt.Fprintf(w, "%s: %.1f%%, not covered: %s\n", name, fileCoverage(fr), lineRanges(fr.NotCovered))
	}
	fmt.Fprintf(w, "coverage: %.1f%%\n", rep.Coverage)
}

// fileCoverage is a file's percentage; OPA leaves it 0 for a file of no
// coverable line.
func fileCoverage(fr *cover.FileReport) float64 {
	if fr.CoveredLines+fr.NotCoveredLines == 0 {
		return 100
	}
	return fr.Coverage
}

// lineRanges lists the rows of ranges as "9, 13-15".
func lineRanges(ranges []cover.Range) string {
	seen := map[int]bool{}
	var rows []int
	for _, r := range ranges {
		for row := r.Start.Row; row <= max(r.End.Row, r.Start.Row); row++ {
			if !seen[row] {
				seen[row] = true
				rows = append(rows, row)
			}
		}
	}
	sort.Ints(rows)
	var parts []string
	for i := 0; i < len(rows); {
		j := i
		for j+1 < len(rows) && rows[j+1] == rows[j]+1 {
			j++
		}
		s := strconv.Itoa(rows[i])
		if j > i {
			s += "-" + strconv.Itoa(rows[j])
		}
		parts = append(parts, s)
		i = j + 1
	}
	return strings.Join(parts, ", ")
}
