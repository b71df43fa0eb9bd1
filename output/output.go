// Package output writes check results in the formats of the -o flag, one
// small file per format. A formatter is handed results one at a time, in
// input order, and the summary at the end: text, json and github write each
// result as it comes; sarif, junit and markdown, whose documents open with
// totals, hold theirs until End.
package output

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/icpcheck/icpcheck/engine"
	"github.com/icpcheck/icpcheck/internal/suppress"
)

// Formatter writes one run's results.
type Formatter interface {
	Begin() error
	Result(engine.Result) error
	End(Summary) error
}

// Options tune the formats meant for people, and give the formats meant for
// tools (sarif, junit) the rule catalogue.
type Options struct {
	Color bool // ANSI colours (only on a terminal)
	Quiet bool // only findings and errors
	// ShowSuppressed lists accepted findings in the formats meant for
	// people (text, markdown, github); json, sarif and junit always carry
	// them, marked.
	ShowSuppressed bool

	// Rules is the rule catalogue (engine.Engine.Rules): sarif describes
	// each rule in tool.driver.rules, junit makes a test case of each rule
	// that applies to a document. Nil is allowed: the rules are then known
	// only from the violations found.
	Rules []engine.RuleInfo

	// Lang is the language of the report's words: "en" (or empty), "zh".
	Lang string
}

// Summary counts a run's documents and findings. Deny and Warn count the
// findings that decide the exit code; Suppressed those an exception (of the
// config file or a policy) accepts, Baselined those the baseline accepts.
type Summary struct {
	Documents  int `json:"documents"`
	Deny       int `json:"deny"`
	Warn       int `json:"warn"`
	Errors     int `json:"errors"`
	Suppressed int `json:"suppressed"`
	Baselined  int `json:"baselined"`
	// Notices are the exceptions that need a person (expired, stale);
	// json writes them beside the summary, not in it.
	Notices []suppress.Notice `json:"-"`
	// Interrupted: the run was stopped (SIGINT, SIGTERM) before every
	// document was checked, so the report is incomplete.
	Interrupted bool `json:"interrupted,omitempty"`
}

// Add counts one result.
func (s *Summary) Add(r engine.Result) {
	s.Documents++
	if r.Err != nil {
		s.Errors++
		return
	}
	deny, warn := r.Counts()
	s.Deny += deny
	s.Warn += warn
	for _, v := range r.Violations {
		switch {
		case v.Suppressed == nil:
		case v.Suppressed.Kind == engine.SuppressedByBaseline:
			s.Baselined++
		default:
			s.Suppressed++
		}
	}
}

// constructors maps each -o value to its formatter.
var constructors = map[string]func(io.Writer, Options) Formatter{
	"text":     newText,
	"json":     newJSON,
	"sarif":    newSARIF,
	"junit":    newJUnit,
	"github":   newGitHub,
	"markdown": newMarkdown,
}

// Formats lists the -o values, sorted.
func Formats() []string {
	names := make([]string, 0, len(constructors))
	for n := range constructors {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// CheckFormat says whether an -o value names a format.
func CheckFormat(format string) error {
	if _, ok := constructors[format]; !ok {
		return fmt.Errorf("unknown output format %q: use one of %s", format, strings.Join(Formats(), ", "))
	}
	return nil
}

// findingsOnlyWhenQuiet are the formats that, under -q, print nothing of a
// document but its findings: no accessibility, consequences or timeline.
var findingsOnlyWhenQuiet = map[string]bool{"text": true, "markdown": true}

// FindingsOnly says whether a format with these options prints a
// document's findings alone, so that the engine need not compute the rest
// (engine.Options.FindingsOnly).
func FindingsOnly(format string, opts Options) bool {
	return opts.Quiet && findingsOnlyWhenQuiet[format]
}

// New returns the formatter named by an -o value.
func New(format string, w io.Writer, opts Options) (Formatter, error) {
	if err := CheckFormat(format); err != nil {
		return nil, err
	}
	return constructors[format](w, opts), nil
}
