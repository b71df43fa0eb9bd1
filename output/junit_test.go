package output

import (
	"encoding/xml"
	"slices"
	"strings"
	"testing"

	"github.com/icpcheck/icpcheck/engine"
)

func TestJUnitGolden(t *testing.T) {
	assertGolden(t, "junit", Options{Rules: sampleRules()}, sampleResults(), "junit")
}

// parsedJUnit is the report as a CI dashboard reads it back.
type parsedJUnit struct {
	Tests    int `xml:"tests,attr"`
	Failures int `xml:"failures,attr"`
	Errors   int `xml:"errors,attr"`
	Suites   []struct {
		Name     string `xml:"name,attr"`
		Tests    int    `xml:"tests,attr"`
		Failures int    `xml:"failures,attr"`
		Errors   int    `xml:"errors,attr"`
		Cases    []struct {
			Name      string `xml:"name,attr"`
			Classname string `xml:"classname,attr"`
			Failures  []struct {
				Message string `xml:"message,attr"`
				Type    string `xml:"type,attr"`
				Body    string `xml:",chardata"`
			} `xml:"failure"`
			Errors []struct {
				Message string `xml:"message,attr"`
				Body    string `xml:",chardata"`
			} `xml:"error"`
		} `xml:"testcase"`
	} `xml:"testsuite"`
}

func parseJUnit(t *testing.T, out []byte) parsedJUnit {
	t.Helper()
	var p parsedJUnit
	if err := xml.Unmarshal(out, &p); err != nil {
		t.Fatalf("not XML: %v\n%s", err, out)
	}
	return p
}

func TestJUnitCounts(t *testing.T) {
	p := parseJUnit(t, render(t, "junit", Options{Rules: sampleRules()}, sampleResults()))

	type suite struct {
		name                    string
		cases                   []string
		tests, failures, errors int
	}
	wants := []suite{
		// icp.filing rules: ICP101, ICP105, ICP201; two of them violated.
		{"fixtures/filings/mid-transfer.json", []string{"ICP101", "ICP105", "ICP201"}, 3, 2, 0},
		{"fixtures/filings/clean.json", []string{"ICP101", "ICP105", "ICP201"}, 3, 0, 0},
		// icp.plan rules: ICP101, ICP201, ICP203, and the user's ORG001.
		{"fixtures/plans/rename-during-transfer.json", []string{"ICP101", "ICP201", "ICP203", "ORG001"}, 4, 2, 0},
		{"broken.json", []string{"input"}, 1, 0, 1},
		{"batch.ndjson:4", []string{"ICP101", "ICP105", "ICP201"}, 3, 1, 0},
	}
	if len(p.Suites) != len(wants) {
		t.Fatalf("%d suites, want %d", len(p.Suites), len(wants))
	}
	total := suite{}
	for i, w := range wants {
		s := p.Suites[i]
		var names []string
		failed, errored := 0, 0
		for _, c := range s.Cases {
			names = append(names, c.Name)
			if c.Classname != w.name {
				t.Errorf("%s: case %s has classname %q", w.name, c.Name, c.Classname)
			}
			if len(c.Failures) > 0 {
				failed++
			}
			if len(c.Errors) > 0 {
				errored++
			}
		}
		if s.Name != w.name || !slices.Equal(names, w.cases) {
			t.Errorf("suite %d: %s with cases %v; want %s with %v", i, s.Name, names, w.name, w.cases)
		}
		if s.Tests != w.tests || s.Failures != w.failures || s.Errors != w.errors {
			t.Errorf("%s: tests=%d failures=%d errors=%d; want %d, %d, %d", w.name, s.Tests, s.Failures, s.Errors, w.tests, w.failures, w.errors)
		}
		// The attributes agree with the elements they count.
		if s.Tests != len(s.Cases) || s.Failures != failed || s.Errors != errored {
			t.Errorf("%s: attributes tests=%d failures=%d errors=%d, elements %d, %d, %d", w.name, s.Tests, s.Failures, s.Errors, len(s.Cases), failed, errored)
		}
		total.tests += w.tests
		total.failures += w.failures
		total.errors += w.errors
	}
	if p.Tests != total.tests || p.Failures != total.failures || p.Errors != total.errors {
		t.Errorf("testsuites: tests=%d failures=%d errors=%d; want %d, %d, %d", p.Tests, p.Failures, p.Errors, total.tests, total.failures, total.errors)
	}

	// A failure carries the message, the path and the line.
	c := p.Suites[0].Cases[2] // ICP201
	if len(c.Failures) != 1 {
		t.Fatalf("ICP201: %d failures", len(c.Failures))
	}
	f := c.Failures[0]
	if f.Message != "change order C-2 is open while transfer T-1 is open" || f.Type != "deny" ||
		!strings.Contains(f.Body, "/orders/1 (line 12)") {
		t.Errorf("ICP201 failure %+v", f)
	}
	// Text that XML must escape survives the round trip; a line break
	// prints as \n, as in every format.
	org := p.Suites[2].Cases[3].Failures[0]
	if org.Message != escapeText(sampleResults()[2].Violations[1].Message) {
		t.Errorf("ORG001 message %q", org.Message)
	}
	// The input error names the file, line and column.
	if e := p.Suites[3].Cases[0].Errors[0]; !strings.Contains(e.Body, "broken.json:3:7: invalid character") {
		t.Errorf("input error %+v", e)
	}
}

// Two violations of one rule: one failing test case with two <failure>s.
func TestJUnitSeveralViolationsOfOneRule(t *testing.T) {
	r := engine.Result{File: "a.json", Kind: "FilingSnapshot", Violations: []engine.Violation{
		{Rule: "ICP201", Severity: "deny", Message: "one", Path: "/orders/0"},
		{Rule: "ICP201", Severity: "deny", Message: "two", Path: "/orders/1"},
	}}
	p := parseJUnit(t, render(t, "junit", Options{Rules: sampleRules()}, []engine.Result{r}))
	s := p.Suites[0]
	if s.Tests != 3 || s.Failures != 1 || len(s.Cases[2].Failures) != 2 {
		t.Errorf("tests=%d failures=%d, ICP201 has %d failures; want 3, 1, 2", s.Tests, s.Failures, len(s.Cases[2].Failures))
	}
}

// Without a catalogue, the rules come from the violations alone.
func TestJUnitWithoutCatalogue(t *testing.T) {
	p := parseJUnit(t, render(t, "junit", Options{}, sampleResults()))
	if p.Tests != 2+0+2+1+1 || p.Failures != 5 || p.Errors != 1 {
		t.Errorf("tests=%d failures=%d errors=%d; want 6, 5, 1", p.Tests, p.Failures, p.Errors)
	}
}
