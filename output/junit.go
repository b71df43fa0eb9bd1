package output

import (
	"encoding/xml"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"

	"github.com/icpcheck/icpcheck/engine"
)

// junitFormatter writes JUnit XML for CI dashboards: a <testsuite> per
// document, a <testcase> per rule that applies to the document's kind (the
// catalogue rules whose Entry holds the kind's namespace, and any rule found
// in its violations, such as a user's own), failing with a <failure> per
// violation of that rule and passing otherwise, so a dashboard counts rules.
// A rule whose every finding is accepted (an exception, the baseline) is
// <skipped>, with what accepted it. A document that could not be checked is
// a suite of one test case, "input", with an <error>.
//
// It buffers: the root <testsuites> carries the run's totals, known only
// once every result is in, so the XML is written at End.
//
// Counts follow JUnit's meaning: tests counts test cases, failures the test
// cases with at least one <failure> (a case failing on two violations is one
// failure, with two <failure> elements), errors the cases with an <error>.
type junitFormatter struct {
	w      io.Writer
	rules  []engine.RuleInfo // the catalogue, sorted by ID
	suites []junitSuite
}

func newJUnit(w io.Writer, opts Options) Formatter {
	return &junitFormatter{w: w, rules: sortedRules(opts.Rules)}
}

type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Errors   int          `xml:"errors,attr"`
	Skipped  int          `xml:"skipped,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name       string           `xml:"name,attr"`
	Tests      int              `xml:"tests,attr"`
	Failures   int              `xml:"failures,attr"`
	Errors     int              `xml:"errors,attr"`
	Skipped    int              `xml:"skipped,attr"`
	Properties *junitProperties `xml:"properties"`
	Cases      []junitCase      `xml:"testcase"`
	SystemOut  string           `xml:"system-out,omitempty"`
}

type junitProperties struct {
	Property []junitProperty `xml:"property"`
}

type junitProperty struct {
	Name  string `xml:"name,attr"`
	Value string `xml:"value,attr"`
}

type junitCase struct {
	Name      string         `xml:"name,attr"`
	Classname string         `xml:"classname,attr"`
	File      string         `xml:"file,attr,omitempty"`
	Skipped   *junitSkipped  `xml:"skipped"`
	Failures  []junitProblem `xml:"failure"`
	Error     *junitProblem  `xml:"error"`
}

// junitSkipped marks a rule whose every finding is accepted.
type junitSkipped struct {
	Message string `xml:"message,attr"`
}

// junitProblem is a <failure> or an <error>: a one-line message, a type,
// and a body with the details.
type junitProblem struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Body    string `xml:",chardata"`
}

func (f *junitFormatter) Begin() error { return nil }

func (f *junitFormatter) Result(r engine.Result) error {
	r = escapedResult(r)
	suite := junitSuite{Name: r.File}
	file, _ := fileLine(r.File, 0) // the file itself, for an NDJSON line
	if r.Kind != "" {
		suite.Properties = &junitProperties{Property: []junitProperty{{Name: "kind", Value: r.Kind}}}
	}
	if r.Err != nil {
		suite.Cases = []junitCase{{
			Name:      "input",
			Classname: r.File,
			File:      file,
			Error: &junitProblem{
				Message: r.Err.Message,
				Type:    "input-error",
				Body:    errorLine(r.File, r.Err),
			},
		}}
		suite.Tests, suite.Errors = 1, 1
		f.suites = append(f.suites, suite)
		return nil
	}

	byRule := make(map[string][]engine.Violation)
	for _, v := range r.Violations {
		byRule[v.Rule] = append(byRule[v.Rule], v)
	}
	ids := make([]string, 0, len(f.rules)+len(byRule))
	nss := judges(r.Kind)
	for _, rule := range f.rules {
		if appliesTo(rule, nss) {
			ids = append(ids, rule.ID)
		}
	}
	for id := range byRule {
		if !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)

	for _, id := range ids {
		c := junitCase{Name: nonEmpty(id, "unnamed"), Classname: r.File, File: file}
		var accepted []string
		for _, v := range byRule[id] {
			if v.Suppressed != nil {
				accepted = append(accepted, acceptance(v.Suppressed))
				continue
			}
			c.Failures = append(c.Failures, junitProblem{
				Message: nonEmpty(v.Message, v.Title, c.Name),
				Type:    v.Severity,
				Body:    junitDetails(v),
			})
		}
		suite.Tests++
		switch {
		case len(c.Failures) > 0:
			suite.Failures++
		case len(accepted) > 0:
			c.Skipped = &junitSkipped{Message: strings.Join(slices.Compact(accepted), "; ")}
			suite.Skipped++
		}
		suite.Cases = append(suite.Cases, c)
	}
	suite.SystemOut = junitAccessibility(r.Accessibility)
	f.suites = append(f.suites, suite)
	return nil
}

// junitAccessibility is a suite's system-out: each domain's state, one a
// line, as "example.com (website shop): accessible -> accessible (blocked
// at step 2: dns; ICP101) (ICP102)", so that a CI report shows the steps at
// which a plan takes a site offline.
func junitAccessibility(states []engine.DomainState) string {
	var b strings.Builder
	for _, s := range states {
		fmt.Fprintf(&b, "%s (website %s): %s", s.Domain, s.Website, stateChange(s))
		if len(s.Reasons) > 0 {
			fmt.Fprintf(&b, " (%s)", strings.Join(s.Reasons, ", "))
		}
		b.WriteString("\n")
	}
	return b.String()
}

// junitDetails is a failure's body: severity, rule and title, the message,
// and where it points.
func junitDetails(v engine.Violation) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s", v.Severity, nonEmpty(v.Rule, "unnamed"))
	if v.Title != "" {
		fmt.Fprintf(&b, ": %s", v.Title)
	}
	fmt.Fprintf(&b, "\n%s", v.Message)
	if p := place(v); p != "" {
		fmt.Fprintf(&b, "\nat %s", p)
	}
	if len(v.Sources) > 0 {
		fmt.Fprintf(&b, "\nsources: %s", strings.Join(v.Sources, ", "))
	}
	return b.String()
}

func (f *junitFormatter) End(s Summary) error {
	root := junitSuites{Name: "icpcheck", Suites: f.suites}
	if s.Interrupted {
		// An incomplete report must not read as a clean one: one suite
		// with an error says so.
		root.Suites = append(root.Suites, junitSuite{Name: "icpcheck run", Tests: 1, Errors: 1, Cases: []junitCase{{
			Name: "interrupted", Classname: "icpcheck",
			Error: &junitProblem{Message: summaryLine(s), Type: "interrupted"},
		}}})
	}
	for _, suite := range root.Suites {
		root.Tests += suite.Tests
		root.Failures += suite.Failures
		root.Errors += suite.Errors
		root.Skipped += suite.Skipped
	}
	out, err := xml.MarshalIndent(root, "", "  ")
	if err != nil {
		return err
	}
	if _, err := io.WriteString(f.w, xml.Header); err != nil {
		return err
	}
	if _, err := f.w.Write(out); err != nil {
		return err
	}
	_, err = io.WriteString(f.w, "\n")
	return err
}
