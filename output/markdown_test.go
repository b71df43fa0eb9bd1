package output

import (
	"strings"
	"testing"

	"github.com/icpcheck/icpcheck/engine"
)

func TestMarkdownGolden(t *testing.T) {
	assertGolden(t, "markdown", Options{Rules: sampleRules()}, sampleResults(), "markdown")
}

func TestMarkdownQuietGolden(t *testing.T) {
	assertGolden(t, "markdown", Options{Quiet: true}, sampleResults(), "markdown-quiet")
}

func TestMarkdownStructure(t *testing.T) {
	out := string(render(t, "markdown", Options{}, sampleResults()))
	lines := strings.Split(out, "\n")
	if want := "## ❌ icpcheck: ERROR (5 documents: 3 deny, 2 warn, 1 error)"; lines[0] != want {
		t.Errorf("heading %q, want %q", lines[0], want)
	}
	var headings []string
	for _, l := range lines {
		if strings.HasPrefix(l, "### ") {
			headings = append(headings, l)
		}
		// Every table row has as many cells as its header: no | or
		// newline in a cell broke it.
		if strings.HasPrefix(l, "| ") {
			cells := strings.Count(strings.ReplaceAll(l, `\|`, ""), "|") - 1
			if cells != 4 && cells != 2 {
				t.Errorf("row with %d cells: %s", cells, l)
			}
		}
	}
	if len(headings) != 5 {
		t.Errorf("%d document headings, want 5: %q", len(headings), headings)
	}
	for _, want := range []string{
		"`broken.json:3:7`: invalid character '}' looking for beginning of object key string",
		`| warn | ORG001: Team \| approval | 50% of domains: a, b \| c &lt;b&gt;bold&lt;/b&gt;\\nsecond line | /actions/2 |`,
		"| `shop` | `shop.example.com` | at_risk | resource expires in 12 days<br>transfer open |",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in\n%s", want, out)
		}
	}
}

func TestMarkdownPass(t *testing.T) {
	r := engine.Result{File: "a.json", Kind: "FilingSnapshot"}
	out := string(render(t, "markdown", Options{}, []engine.Result{r}))
	want := "## ✅ icpcheck: PASS (1 document: 0 deny, 0 warn, 0 errors)\n\n### ✅ PASS `a.json` (FilingSnapshot: 0 deny, 0 warn)\n\nNo findings.\n"
	if out != want {
		t.Errorf("got\n%q\nwant\n%q", out, want)
	}
	if out := string(render(t, "markdown", Options{}, nil)); out != "## ✅ icpcheck: PASS (0 documents: 0 deny, 0 warn, 0 errors)\n" {
		t.Errorf("empty run: %q", out)
	}
}

func TestMarkdownCode(t *testing.T) {
	for in, want := range map[string]string{
		"a.json":   "`a.json`",
		"a`b.json": "``a`b.json``",
		"`a.json":  "`` `a.json ``",
	} {
		if got := code(in); got != want {
			t.Errorf("code(%q) = %q, want %q", in, got, want)
		}
	}
}
