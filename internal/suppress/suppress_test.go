package suppress

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/icpcheck/icpcheck/engine"
)

var (
	day1 = time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	day2 = time.Date(2026, 6, 2, 0, 0, 0, 0, time.UTC)
)

func rules() []engine.RuleInfo {
	return []engine.RuleInfo{
		{ID: "ICP101", Entry: []string{"icp.filing", "icp.plan"}},
		{ID: "ICP105", Entry: []string{"icp.filing"}},
		{ID: "ICP201", Entry: []string{"icp.plan"}},
	}
}

func snapshot(file string, vs ...engine.Violation) engine.Result {
	return engine.Result{File: file, Kind: engine.KindSnapshot, Violations: vs}
}

func finding(rule, website, domain string) engine.Violation {
	return engine.Violation{Rule: rule, Severity: engine.SeverityDeny, Website: website, Domain: domain}
}

// exception builds a compiled exception relative to the working directory.
func exception(t *testing.T, e Exception) Exception {
	t.Helper()
	wd, _ := os.Getwd()
	e.Dir = wd
	if e.Source == "" {
		e.Source = ".icpcheck.yaml:3"
	}
	if err := e.Compile(); err != nil {
		t.Fatal(err)
	}
	return e
}

func TestExceptionNarrowing(t *testing.T) {
	for _, tc := range []struct {
		name string
		e    Exception
		file string
		v    engine.Violation
		want bool
	}{
		{"rule alone", Exception{Rule: "ICP101"}, "a.json", finding("ICP101", "shop", "x.com"), true},
		{"other rule", Exception{Rule: "ICP105"}, "a.json", finding("ICP101", "shop", "x.com"), false},
		{"website", Exception{Rule: "ICP101", Website: "shop"}, "a.json", finding("ICP101", "shop", "x.com"), true},
		{"other website", Exception{Rule: "ICP101", Website: "blog"}, "a.json", finding("ICP101", "shop", "x.com"), false},
		{"domain", Exception{Rule: "ICP101", Domain: "x.com"}, "a.json", finding("ICP101", "shop", "x.com"), true},
		{"other domain", Exception{Rule: "ICP101", Domain: "y.com"}, "a.json", finding("ICP101", "shop", "x.com"), false},
		{"glob in folder", Exception{Rule: "ICP101", Path: "filings/*.json"}, "filings/a.json", finding("ICP101", "", ""), true},
		{"* stays in its folder", Exception{Rule: "ICP101", Path: "filings/*.json"}, "filings/old/a.json", finding("ICP101", "", ""), false},
		{"**/ spans folders", Exception{Rule: "ICP101", Path: "filings/**/*.json"}, "filings/old/a.json", finding("ICP101", "", ""), true},
		{"**/ spans none", Exception{Rule: "ICP101", Path: "filings/**/*.json"}, "filings/a.json", finding("ICP101", "", ""), true},
		{"./ in the given path", Exception{Rule: "ICP101", Path: "filings/a.json"}, "./filings/a.json", finding("ICP101", "", ""), true},
		{"NDJSON line", Exception{Rule: "ICP101", Path: "fleet.ndjson"}, "fleet.ndjson:7", finding("ICP101", "", ""), true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := New([]Exception{exception(t, tc.e)}, nil, day1, rules())
			r := snapshot(tc.file, tc.v)
			s.Apply(&r)
			if got := r.Violations[0].Suppressed != nil; got != tc.want {
				t.Errorf("suppressed = %v, want %v", got, tc.want)
			}
			if tc.want {
				if sup := r.Violations[0].Suppressed; sup.Kind != engine.SuppressedByException || sup.Source != ".icpcheck.yaml:3" {
					t.Errorf("suppression %+v", sup)
				}
				if deny, _ := r.Counts(); deny != 0 {
					t.Errorf("a suppressed deny still counts: %d", deny)
				}
			}
		})
	}
}

// TestExpiredException: an exception holds through its expires date, and
// from the next day suppresses nothing and is reported.
func TestExpiredException(t *testing.T) {
	e := Exception{Rule: "ICP101", Reason: "booked", Expires: day1}
	for _, tc := range []struct {
		now        time.Time
		suppressed bool
	}{{day1.Add(23 * time.Hour), true}, {day2, false}} {
		s := New([]Exception{exception(t, e)}, nil, tc.now, rules())
		r := snapshot("a.json", finding("ICP101", "shop", "x.com"))
		s.Apply(&r)
		if got := r.Violations[0].Suppressed != nil; got != tc.suppressed {
			t.Errorf("on %s: suppressed = %v, want %v", tc.now, got, tc.suppressed)
		}
		notices := s.Notices()
		if tc.suppressed {
			if len(notices) != 0 || r.Violations[0].Suppressed.Expires != "2026-06-01" {
				t.Errorf("on the last day: notices %v, suppression %+v", notices, r.Violations[0].Suppressed)
			}
			continue
		}
		if len(notices) != 1 || notices[0].Status != StatusExpired || notices[0].Source != ".icpcheck.yaml:3" ||
			!strings.Contains(notices[0].Message, "expired on 2026-06-01") {
			t.Errorf("the day after: notices %+v, want one naming the expired entry", notices)
		}
	}
}

// TestStaleException: an exception that matched nothing while a document
// it covers was checked is reported; one whose rule does not judge the
// documents checked (a plan rule during validate) is not.
func TestStaleException(t *testing.T) {
	s := New([]Exception{
		exception(t, Exception{Rule: "ICP105", Website: "shop", Source: "c.yaml:2"}),
		exception(t, Exception{Rule: "ICP201", Source: "c.yaml:5"}),
		exception(t, Exception{Rule: "ICP101", Source: "c.yaml:8"}),
		exception(t, Exception{Rule: "ICP101", Path: "other/*.json", Source: "c.yaml:11"}),
	}, nil, day1, rules())
	r := snapshot("a.json", finding("ICP101", "shop", "x.com"))
	s.Apply(&r)
	notices := s.Notices()
	if len(notices) != 1 || notices[0].Source != "c.yaml:2" || notices[0].Status != StatusStale ||
		!strings.Contains(notices[0].Message, `exception for ICP105 (website "shop") matched no finding`) {
		t.Errorf("notices %+v, want only the stale ICP105 entry", notices)
	}
}

func TestUnknownRuleIsReported(t *testing.T) {
	s := New([]Exception{exception(t, Exception{Rule: "ICP1O1"})}, nil, day1, rules())
	notices := s.Notices()
	if len(notices) != 1 || notices[0].Status != StatusUnknownRule || !strings.Contains(notices[0].Message, "did you mean ICP101?") {
		t.Errorf("notices %+v", notices)
	}
}

// TestPolicyException: conftest-style exception rules exempt the document
// from the rules they name, "" from all.
func TestPolicyException(t *testing.T) {
	for _, tc := range []struct {
		exempt []string
		want   []bool
	}{
		{nil, []bool{false, false}},
		{[]string{"ICP105"}, []bool{false, true}},
		{[]string{""}, []bool{true, true}},
	} {
		s := New(nil, nil, day1, rules())
		r := snapshot("a.json", finding("ICP101", "", ""), finding("ICP105", "", ""))
		r.Exempt = tc.exempt
		s.Apply(&r)
		for i, want := range tc.want {
			sup := r.Violations[i].Suppressed
			if (sup != nil) != want || (sup != nil && (sup.Kind != engine.SuppressedByPolicy || sup.Source != "data.icp.filing.exception")) {
				t.Errorf("exempt %v: finding %d suppression %+v, want %v", tc.exempt, i, sup, want)
			}
		}
	}
}

// TestBaselineRoundTrip: a written baseline accepts the same findings,
// each entry once, and ignores lines and paths inside the document.
func TestBaselineRoundTrip(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	path := filepath.Join("ci", "baseline.json")
	if err := os.Mkdir("ci", 0o755); err != nil {
		t.Fatal(err)
	}
	rec, err := NewRecorder(path)
	if err != nil {
		t.Fatal(err)
	}
	first := snapshot("plans/a.json", finding("ICP101", "shop", "x.com"), finding("ICP101", "shop", "x.com"), finding("ICP105", "blog", ""))
	first.Violations[0].Line = 10
	rec.Add(first)
	if err := rec.Write(); err != nil {
		t.Fatal(err)
	}
	raw, _ := os.ReadFile(path)
	if !strings.Contains(string(raw), `"file": "../plans/a.json"`) {
		t.Errorf("paths are not relative to the baseline:\n%s", raw)
	}

	b, err := ReadBaseline(path)
	if err != nil {
		t.Fatal(err)
	}
	s := New(nil, b, day1, rules())
	later := snapshot("./plans/a.json",
		finding("ICP105", "blog", ""), finding("ICP101", "shop", "x.com"),
		finding("ICP101", "shop", "x.com"), finding("ICP101", "shop", "x.com"), finding("ICP101", "shop", "y.com"))
	later.Violations[1].Line, later.Violations[1].Path = 99, "/moved/3"
	s.Apply(&later)
	for i, want := range []bool{true, true, true, false, false} {
		sup := later.Violations[i].Suppressed
		if (sup != nil) != want || (sup != nil && sup.Kind != engine.SuppressedByBaseline) {
			t.Errorf("finding %d: suppression %+v, want baselined %v", i, sup, want)
		}
	}
}

func TestBaselineWriteIsDeterministic(t *testing.T) {
	dir := t.TempDir()
	write := func(results ...engine.Result) string {
		path := filepath.Join(dir, "b.json")
		rec, _ := NewRecorder(path)
		for _, r := range results {
			rec.Add(r)
		}
		if err := rec.Write(); err != nil {
			t.Fatal(err)
		}
		raw, _ := os.ReadFile(path)
		return string(raw)
	}
	a := snapshot("a.json", finding("ICP105", "w", ""), finding("ICP101", "w", ""))
	b := snapshot("b.json", finding("ICP101", "v", ""))
	if x, y := write(a, b), write(b, a); x != y {
		t.Errorf("order of results changes the baseline:\n%s\n%s", x, y)
	}
	accepted := snapshot("c.json", finding("ICP101", "w", ""))
	accepted.Violations[0].Suppressed = &engine.Suppression{Kind: engine.SuppressedByException}
	if got := write(accepted); !strings.Contains(got, `"findings": []`) {
		t.Errorf("a finding an exception accepts went into the baseline:\n%s", got)
	}
}

func TestReadBaselineErrors(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct{ text, want string }{
		{"{\n  \"icpcheck_baseline\": 1,\n  \"findings\": [\n    {\"rule\": 1}\n  ]\n}", "line 4"},
		{`{"icpcheck_baseline": 2, "findings": []}`, `"icpcheck_baseline" is 2`},
		{`{"icpcheck_baseline": 1, "findings": [], "extra": true}`, `unknown field "extra"`},
		{`not json`, "line 1"},
	} {
		path := filepath.Join(dir, "b.json")
		if err := os.WriteFile(path, []byte(tc.text), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := ReadBaseline(path)
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), path) {
			t.Errorf("%s: error %v, want the file and %q", tc.text, err, tc.want)
		}
	}
	if _, err := ReadBaseline(filepath.Join(dir, "missing.json")); err == nil {
		t.Error("a missing baseline was read")
	}
}

// FuzzReadBaseline: any file gives a baseline or an error, never a panic.
func FuzzReadBaseline(f *testing.F) {
	f.Add([]byte(`{"icpcheck_baseline": 1, "findings": [{"rule": "ICP101", "file": "a.json", "website": "w", "domain": "d", "action": "x"}]}`))
	f.Add([]byte(`{"icpcheck_baseline": 1, "findings": null}`))
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, raw []byte) {
		path := filepath.Join(dir, "b.json")
		if err := os.WriteFile(path, raw, 0o644); err != nil {
			t.Fatal(err)
		}
		b, err := ReadBaseline(path)
		if err == nil {
			r := snapshot("a.json", finding("ICP101", "w", "d"))
			New(nil, b, day1, nil).Apply(&r)
		}
	})
}
