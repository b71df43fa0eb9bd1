package output

import (
	"strings"
	"testing"

	"github.com/icpcheck/icpcheck/engine"
)

func TestGitHubGolden(t *testing.T) {
	assertGolden(t, "github", Options{Rules: sampleRules()}, sampleResults(), "github")
}

func TestGitHubLines(t *testing.T) {
	out := string(render(t, "github", Options{}, sampleResults()))
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	want := []string{
		"::warning file=fixtures/filings/mid-transfer.json,line=30,title=ICP105::instance i-1 serving shop.example.com expires in 12 days (at /websites/0/domains/0/hosting)",
		"::error file=fixtures/filings/mid-transfer.json,line=12,title=ICP201::change order C-2 is open while transfer T-1 is open (at /orders/1)",
		"::error file=fixtures/plans/rename-during-transfer.json,line=9,title=ICP201::rename of website shop while transfer T-1 is open (at action rename, /actions/1)",
		// No line known: no line=. The message escapes %, CR and LF only.
		"::warning file=fixtures/plans/rename-during-transfer.json,title=ORG001::50%25 of domains: a, b | c <b>bold</b>\\nsecond line (at /actions/2)",
		// A domain blocked half-way and healed: a notice names the steps.
		"::notice file=fixtures/plans/rename-during-transfer.json,title=accessibility of blog.example.com::blog.example.com (website blog): accessible -> accessible (blocked at step 1: dns\"]:::x <b>#1; ICP101)",
		"::error file=broken.json,line=3,col=7,title=input error::invalid character '}' looking for beginning of object key string",
		// An NDJSON document's line 1 is the file's line 4.
		"::error file=batch.ndjson,line=4,title=ICP101::example.org is served from tencent-cloud without active access there (at /websites/0/domains/0)",
		"icpcheck: ERROR: 5 documents: 3 deny, 2 warn, 1 error",
	}
	if len(lines) != len(want) {
		t.Fatalf("%d lines, want %d:\n%s", len(lines), len(want), out)
	}
	for i := range want {
		if lines[i] != want[i] {
			t.Errorf("line %d:\n got %s\nwant %s", i, lines[i], want[i])
		}
	}
}

func TestGitHubEscaping(t *testing.T) {
	if got, want := escapeData("100% done\r\nnext: a,b"), "100%25 done%0D%0Anext: a,b"; got != want {
		t.Errorf("escapeData = %q, want %q", got, want)
	}
	if got, want := escapeProperty("dir,x/a:b%\n.json"), "dir%2Cx/a%3Ab%25%0A.json"; got != want {
		t.Errorf("escapeProperty = %q, want %q", got, want)
	}
	r := engine.Result{File: "odd, name:1.json", Kind: "FilingSnapshot", Violations: []engine.Violation{
		{Rule: "X:1", Severity: "deny", Message: "m"},
	}}
	out := string(render(t, "github", Options{Quiet: true}, []engine.Result{r}))
	if want := "::error file=odd%2C name%3A1.json,title=X%3A1::m\n"; out != want {
		t.Errorf("got %q, want %q", out, want)
	}
}

// Standard input names no file; an input error without a place has no line.
func TestGitHubNoFile(t *testing.T) {
	r := engine.Result{File: "-", Err: &engine.InputError{Message: "unknown kind \"X\""}}
	out := string(render(t, "github", Options{Quiet: true}, []engine.Result{r}))
	if want := "::error title=input error::unknown kind \"X\"\n"; out != want {
		t.Errorf("got %q, want %q", out, want)
	}
}
