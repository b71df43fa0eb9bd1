package regopack

import (
	"context"
	"fmt"
	"sort"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/cover"
	"github.com/open-policy-agent/opa/v1/storage/inmem"
	"github.com/open-policy-agent/opa/v1/tester"
	"github.com/open-policy-agent/opa/v1/topdown"
	"github.com/open-policy-agent/opa/v1/topdown/lineage"
)

// TestOptions say which tests run and what is recorded.
type TestOptions struct {
	Run      string         // only tests whose name (data.pkg.test_x) matches this regular expression
	Verbose  bool           // trace the tests, so that failures show their notes and failed expressions
	Coverage bool           // record line coverage
	Schemas  *ast.SchemaSet // type-check input against these (the pack's, see Schemas); nil for none
}

// Report is the outcome of a test run.
type Report struct {
	// Results in file and line order (the runner runs tests in parallel).
	Results []*tester.Result
	// Passed, Failed and Skipped count test cases as `opa test` does: each
	// leaf of a test's sub-results (test.case) counts, and a test that
	// ended in an error counts as failed.
	Passed, Failed, Skipped int
	// Coverage is OPA's coverage report over the policy files, without the
	// _test.rego files (nil unless TestOptions.Coverage).
	Coverage *cover.Report
}

// OK reports whether no test failed.
func (r *Report) OK() bool { return r.Failed == 0 }

// Test compiles the set (strictly, as the engine compiles policies) and
// runs its tests with OPA's tester.
func Test(ctx context.Context, set *Set, opts TestOptions) (*Report, error) {
	modules := set.Modules()
	store := inmem.NewFromObject(set.Data)
	txn, err := store.NewTransaction(ctx)
	if err != nil {
		return nil, err
	}
	defer store.Abort(ctx, txn)

	compiler := ast.NewCompiler().
		WithStrict(true).
		WithCapabilities(Capabilities()).
		WithEnablePrintStatements(true).
		WithSchemas(opts.Schemas).
		WithUseTypeCheckAnnotations(true)
	runner := tester.NewRunner().
		SetCompiler(compiler).
		SetStore(store).
		SetModules(modules).
		CapturePrintOutput(true).
		EnableTracing(opts.Verbose).
		StackTraces(true).
		Filter(opts.Run)
	var cov *cover.Cover
	if opts.Coverage {
		cov = cover.New()
		runner.SetCoverageQueryTracer(cov)
	}
	ch, err := runner.RunTests(ctx, txn)
	if err != nil {
		return nil, err
	}
	rep := &Report{}
	for r := range ch {
		if opts.Verbose {
			// what `opa test -v` shows of a trace: notes and failures
			r.Trace = lineage.Filter(r.Trace, func(e *topdown.Event) bool {
				return e.Op == topdown.NoteOp || e.Op == topdown.FailOp
			})
		}
		rep.Results = append(rep.Results, r)
		rep.count(r)
	}
	sort.Slice(rep.Results, func(i, j int) bool {
		a, b := rep.Results[i], rep.Results[j]
		if fa, fb := file(a), file(b); fa != fb {
			return fa < fb
		}
		if ra, rb := row(a), row(b); ra != rb {
			return ra < rb
		}
		return a.Package+"."+a.Name < b.Package+"."+b.Name
	})
	if cov != nil {
		rep.Coverage = policyCoverage(cov.Report(modules))
	}
	return rep, nil
}

// count tallies one result the way OPA's PrettyReporter does.
func (r *Report) count(tr *tester.Result) {
	switch {
	case tr.Skip:
		r.Skipped++
	case tr.Error != nil:
		r.Failed++
	case len(tr.SubResults) > 0:
		for _, sr := range tr.SubResults.Iter {
			if len(sr.SubResults) > 0 {
				continue // only leaves count
			}
			if sr.Fail {
				r.Failed++
			} else {
				r.Passed++
			}
		}
	case tr.Fail:
		r.Failed++
	default:
		r.Passed++
	}
}

// policyCoverage keeps the policy files of a coverage report: `opa test
// --coverage` also counts the lines of the tests themselves, which run by
// construction and would flatter the figure.
func policyCoverage(all cover.Report) *cover.Report {
	rep := &cover.Report{Files: map[string]*cover.FileReport{}}
	for name, fr := range all.Files {
		if IsTest(name) {
			continue
		}
		rep.Files[name] = fr
		rep.CoveredLines += fr.CoveredLines
		rep.NotCoveredLines += fr.NotCoveredLines
	}
	if total := rep.CoveredLines + rep.NotCoveredLines; total > 0 {
		rep.Coverage = 100 * float64(rep.CoveredLines) / float64(total)
	}
	return rep
}

func file(r *tester.Result) string {
	if r.Location == nil {
		return ""
	}
	return r.Location.File
}

func row(r *tester.Result) int {
	if r.Location == nil {
		return 0
	}
	return r.Location.Row
}

// Summary is the closing line of a run: "N passed, N failed", with
// ", N skipped" when tests were skipped.
func (r *Report) Summary() string {
	s := fmt.Sprintf("%d passed, %d failed", r.Passed, r.Failed)
	if r.Skipped > 0 {
		s += fmt.Sprintf(", %d skipped", r.Skipped)
	}
	return s
}
