package output

import (
	"bytes"
	"path/filepath"
	"slices"
	"testing"

	"github.com/icpcheck/icpcheck/engine"
	"github.com/icpcheck/icpcheck/internal/golden"
	"github.com/icpcheck/icpcheck/internal/suppress"
)

// Test inputs shared by the format tests: a small catalogue and one result
// of each shape a run yields.

func sampleRules() []engine.RuleInfo {
	// Deliberately out of order: formats sort the catalogue themselves.
	return []engine.RuleInfo{
		{
			ID: "ICP201", Severity: "deny", Title: "No change while a transfer is open",
			Description: "Information cannot be modified during a transfer: finish the change at the original provider first.",
			Sources:     []string{"faq:no-change-mid-transfer", "T1"},
			Entry:       []string{"icp.filing", "icp.plan"},
		},
		{
			ID: "ICP101", Severity: "deny", Title: "Served without active access",
			Description: "A filed domain served from a mainland server at a provider where its website has no active access is blocked.",
			Sources:     []string{"faq:must-transfer", "A13"},
			Related: []engine.RelatedResource{{
				URL:         "https://www.alibabacloud.com/help/faq-detail/37012.htm",
				Description: "A13: Alibaba Cloud, domain resolving to a non-access provider",
			}},
			Entry: []string{"icp.filing", "icp.plan"},
		},
		{
			ID: "ICP105", Severity: "warn", Title: "Resource expires soon",
			Description: "When the instance expires the filing may be judged invalid and cancelled.",
			Sources:     []string{"A10"},
			Entry:       []string{"icp.filing"},
		},
		{
			ID: "ICP203", Severity: "deny", Title: "Cancel before approval",
			Description: "Cancelling access before the transfer is approved takes the site offline.",
			Sources:     []string{"faq:cancel-transfer"},
			Entry:       []string{"icp.plan"},
		},
	}
}

func ptr(s string) *string { return &s }

func sampleResults() []engine.Result {
	return []engine.Result{
		{
			File: "fixtures/filings/mid-transfer.json",
			Kind: "FilingSnapshot",
			Violations: []engine.Violation{
				{
					Rule: "ICP105", Severity: "warn", Title: "Resource expires soon",
					Message: "instance i-1 serving shop.example.com expires in 12 days",
					Path:    "/websites/0/domains/0/hosting", Line: 30, Website: "shop", Domain: "shop.example.com",
					Sources: []string{"A10"},
				},
				{
					Rule: "ICP201", Severity: "deny", Title: "No change while a transfer is open",
					Message: "change order C-2 is open while transfer T-1 is open",
					Path:    "/orders/1", Line: 12, Order: "C-2",
					Sources: []string{"faq:no-change-mid-transfer", "T1"},
				},
			},
			Accessibility: []engine.DomainState{
				{Website: "shop", Domain: "shop.example.com", State: "at_risk", Reasons: []string{"resource expires in 12 days", "transfer open"}},
				{Website: "blog", Domain: "blog.example.com", State: "accessible", Reasons: []string{}},
			},
		},
		{
			File: "fixtures/filings/clean.json",
			Kind: "FilingSnapshot",
			Accessibility: []engine.DomainState{
				{Website: "shop", Domain: "example.com", State: "accessible"},
			},
		},
		{
			File: "fixtures/plans/rename-during-transfer.json",
			Kind: "DeploymentPlan",
			Violations: []engine.Violation{
				{
					Rule: "ICP201", Severity: "deny", Title: "No change while a transfer is open",
					Message: "rename of website shop while transfer T-1 is open",
					Path:    "/actions/1", Line: 9, Action: "rename", Website: "shop",
					Sources: []string{"faq:no-change-mid-transfer", "T1"},
				},
				{
					// A user's own policy: not in the catalogue, no line, and a
					// message with every character some format must escape.
					Rule: "ORG001", Severity: "warn", Title: "Team | approval",
					Message: "50% of domains: a, b | c <b>bold</b>\nsecond line",
					Path:    "/actions/2",
				},
			},
			Accessibility: []engine.DomainState{
				{
					Website: "shop", Domain: "example.com", State: "blocked", Reasons: []string{"rename | during transfer"},
					Before: ptr("accessible"), Worst: "blocked",
					Timeline: []engine.StateRun{
						{From: 0, To: 1, State: "accessible", Reasons: []string{}, Actions: []string{"xfer"}},
						{From: 2, To: 2, State: "blocked", Reasons: []string{"rename | during transfer"}, Actions: []string{"rename"}},
					},
				},
				{
					// Blocked half-way and healed: never a plain "before -> after";
					// an action id that a diagram label must escape.
					Website: "blog", Domain: "blog.example.com", State: "accessible", Reasons: []string{},
					Before: ptr("accessible"), Worst: "blocked",
					Timeline: []engine.StateRun{
						{From: 0, To: 0, State: "accessible", Reasons: []string{}, Actions: []string{}},
						{From: 1, To: 1, State: "blocked", Reasons: []string{"ICP101"}, Actions: []string{`dns"]:::x <b>#1`}},
						{From: 2, To: 2, State: "accessible", Reasons: []string{}, Actions: []string{"wait"}},
					},
				},
				{
					Website: "docs", Domain: "docs.example.com", State: "not_served", Reasons: []string{},
					Before: ptr(""), Worst: "not_served",
					Timeline: []engine.StateRun{{From: 2, To: 2, State: "not_served", Reasons: []string{}, Actions: []string{"wait"}}},
				},
			},
			Consequences: []engine.Consequence{
				{Action: "rename", Effects: []string{"the website's name changes", "the transfer is rejected"}},
			},
		},
		{
			File: "broken.json",
			Err:  &engine.InputError{Message: "invalid character '}' looking for beginning of object key string", Line: 3, Column: 7},
		},
		{
			File: "batch.ndjson:4",
			Kind: "FilingSnapshot",
			Violations: []engine.Violation{
				{
					Rule: "ICP101", Severity: "deny", Title: "Served without active access",
					Message: "example.org is served from tencent-cloud without active access there",
					Path:    "/websites/0/domains/0", Line: 1, Website: "shop", Domain: "example.org", Provider: "tencent-cloud",
					Sources: []string{"faq:must-transfer", "A13"},
				},
			},
		},
	}
}

// render runs a whole report through the named format, as the CLI does.
func render(t *testing.T, format string, opts Options, results []engine.Result) []byte {
	t.Helper()
	return renderWithNotices(t, format, opts, results, nil)
}

// renderWithNotices renders a report whose summary carries notices about
// the config file's exceptions.
func renderWithNotices(t *testing.T, format string, opts Options, results []engine.Result, notices []suppress.Notice) []byte {
	t.Helper()
	return renderSummary(t, format, opts, results, Summary{Notices: notices})
}

// renderSummary renders the results with sum as the start of the summary
// (notices, an interruption), to which each result is added.
func renderSummary(t *testing.T, format string, opts Options, results []engine.Result, sum Summary) []byte {
	t.Helper()
	var buf bytes.Buffer
	f, err := New(format, &buf, opts)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Begin(); err != nil {
		t.Fatal(err)
	}
	for _, r := range results {
		sum.Add(r)
		if err := f.Result(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.End(sum); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// assertGolden renders the samples and compares them with
// testdata/<name>.golden.
func assertGolden(t *testing.T, format string, opts Options, results []engine.Result, name string) []byte {
	t.Helper()
	got := render(t, format, opts, results)
	golden.Assert(t, filepath.Join("testdata", name+".golden"), got)
	return got
}

func TestFormatsRegistered(t *testing.T) {
	want := []string{"github", "json", "junit", "markdown", "sarif", "text"}
	if got := Formats(); !slices.Equal(got, want) {
		t.Fatalf("Formats() = %v, want %v", got, want)
	}
}

// Every format prints the same bytes for the same input, and none depends
// on the order of the catalogue it is given.
func TestFormatsDeterministic(t *testing.T) {
	for _, format := range Formats() {
		t.Run(format, func(t *testing.T) {
			rules := sampleRules()
			first := render(t, format, Options{Rules: rules}, sampleResults())
			for i, j := 0, len(rules)-1; i < j; i, j = i+1, j-1 {
				rules[i], rules[j] = rules[j], rules[i]
			}
			for range 3 {
				if again := render(t, format, Options{Rules: rules}, sampleResults()); !bytes.Equal(first, again) {
					t.Fatalf("two runs differ:\n%s\n---\n%s", first, again)
				}
			}
		})
	}
}

// An empty run is valid output in every format.
func TestFormatsEmptyRun(t *testing.T) {
	for _, format := range Formats() {
		t.Run(format, func(t *testing.T) {
			_ = render(t, format, Options{Rules: sampleRules()}, nil)
		})
	}
}

func TestFileLine(t *testing.T) {
	for _, tc := range []struct {
		file     string
		line     int
		wantFile string
		wantLine int
	}{
		{"a.json", 3, "a.json", 3},
		{"a.json", 0, "a.json", 0},
		{"dir/batch.ndjson:4", 1, "dir/batch.ndjson", 4},
		{"dir/batch.NDJSON:4", 0, "dir/batch.NDJSON", 4},
		{"batch.ndjson:x", 2, "batch.ndjson:x", 2},
		{"batch.ndjson:+4", 2, "batch.ndjson:+4", 2},
		{"c:weird.json", 2, "c:weird.json", 2},
		{"-", 0, "-", 0},
	} {
		f, l := fileLine(tc.file, tc.line)
		if f != tc.wantFile || l != tc.wantLine {
			t.Errorf("fileLine(%q, %d) = %q, %d; want %q, %d", tc.file, tc.line, f, l, tc.wantFile, tc.wantLine)
		}
	}
}
