package output

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/icpcheck/icpcheck/engine"
)

func TestEscapeText(t *testing.T) {
	for in, want := range map[string]string{
		"example.com":                "example.com",
		"浙ICP备12345678号-1":           "浙ICP备12345678号-1",
		"a\n::error::x":              `a\n::error::x`,
		"::error file=a::x":          `\x3a:error file=a::x`,
		"  ::warning::x":             `  \x3a:warning::x`,
		"\u3000::x":                  "\u3000\\x3a:x",
		"##[error]x":                 `\x23#[error]x`,
		"\x1b[31mred\x1b[0m":         `\x1b[31mred\x1b[0m`,
		"a\r\nb\tc":                  `a\r\nb\tc`,
		"\u009b2J \u2028 \u202egnp.": `\x9b2J \u2028 \u202egnp.`,
		"bad \xff byte":              `bad \xff byte`,
		"C:\\path\\a.json":           `C:\path\a.json`,
	} {
		if got := escapeText(in); got != want {
			t.Errorf("escapeText(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestEscapeMarkdown(t *testing.T) {
	for in, want := range map[string]string{
		"plain text, 12 days.":      "plain text, 12 days.",
		"![x](http://evil/a.png)":   `!\[x\](http:&#8203;//evil/a.png)`,
		"[click](https://evil)":     `\[click\](https:&#8203;//evil)`,
		"cc @acme/admins or a@b.cn": "cc @&#8203;acme/admins or a@&#8203;b.cn",
		"see www.evil.com, WWW.x":   "see www&#8203;.evil.com, WWW&#8203;.x",
		"<img src=x> & `code` *b*":  "&lt;img src=x&gt; &amp; \\`code\\` \\*b\\*",
		"a | b ~~c~~ \\":            `a \| b \~\~c\~\~ \\`,
	} {
		if got := escapeMarkdown(in); got != want {
			t.Errorf("escapeMarkdown(%q) = %q, want %q", in, got, want)
		}
	}
}

// hostileResult is a document that tries to inject into every format: a
// file name, website id, domain, action and message with line breaks that
// start workflow commands, ANSI escapes, and markdown images, links and
// mentions.
func hostileResult() engine.Result {
	const inject = "\n::error file=ci.yml,line=1::pwned\n\x1b[2J\x1b]8;;http://evil\x07"
	md := " ![img](http://evil/i.png) [link](https://evil) @acme/admins www.evil.com"
	return engine.Result{
		File: "plans/evil" + inject + ".json",
		Kind: engine.KindPlan,
		Violations: []engine.Violation{{
			Rule: "ICP101", Severity: "deny", Title: "Served without active access",
			Message: "::warning::" + "example.com" + inject + md, Path: "/actions/0", Line: 3,
			Action: "::error::act" + inject, Website: "::shop" + inject, Domain: "::error::d.com" + inject + md,
		}},
		Accessibility: []engine.DomainState{{Website: "::shop" + inject, Domain: "::error::d.com" + inject + md, State: "blocked", Reasons: []string{"ICP101"}}},
		Before:        []engine.DomainState{{Website: "::shop" + inject, Domain: "::error::d.com" + inject, State: "accessible"}},
		Consequences:  []engine.Consequence{{Action: "::error::act" + inject, Type: "point_domain", Effects: []string{"serves " + "::d.com" + inject + md}}},
	}
}

func TestFormatsEscapeWhatDocumentsControl(t *testing.T) {
	results := []engine.Result{hostileResult(), {File: "bad" + "\n::error::x\x1b[0m.json", Err: &engine.InputError{Message: "duplicate key \"\n::error::k\"", Line: 1, Column: 2}}}
	outputs := map[string][]byte{}
	for _, format := range Formats() {
		outputs[format] = render(t, format, Options{Rules: sampleRules()}, results)
	}
	var explained bytes.Buffer
	for _, r := range results {
		if err := Explain(&explained, r, Options{Rules: sampleRules()}); err != nil {
			t.Fatal(err)
		}
	}
	outputs["explain"] = explained.Bytes()

	for format, out := range outputs {
		if bytes.ContainsAny(out, "\x1b\x07\r") {
			t.Errorf("%s: a control character from a document reached the output:\n%q", format, out)
		}
		for _, line := range strings.Split(string(out), "\n") {
			trimmed := strings.TrimLeftFunc(line, unicode.IsSpace)
			ours := format == "github" && regexp.MustCompile(`^::(error|warning) (file=[^:]*,)?(line=\d+,)?(col=\d+,)?title=[^:]*::`).MatchString(line)
			if (strings.HasPrefix(trimmed, "::") || strings.HasPrefix(trimmed, "##[")) && !ours {
				t.Errorf("%s: a line from document text starts a workflow command: %q", format, line)
			}
		}
	}
	if n := strings.Count(string(outputs["github"]), "\n"); n != 3 {
		t.Errorf("github: %d lines, want one per violation and error and the summary:\n%s", n, outputs["github"])
	}
	// Outside code spans, where nothing renders.
	md := regexp.MustCompile("`[^`]*`").ReplaceAllString(string(outputs["markdown"]), "CODE")
	for _, rendered := range []string{"![", "@acme", "www.evil", "http://evil", "https://evil", "<img"} {
		if strings.Contains(md, rendered) {
			t.Errorf("markdown: %q would render:\n%s", rendered, md)
		}
	}
	if regexp.MustCompile(`(^|[^\\])\]\(`).MatchString(md) {
		t.Errorf("markdown: a link would render:\n%s", md)
	}
	if !strings.Contains(md, "| CODE | CODE | blocked | ICP101 |") {
		t.Errorf("markdown: the website id is not one code span in its cell:\n%s", md)
	}
	if err := json.Unmarshal(outputs["sarif"], new(any)); err != nil {
		t.Errorf("sarif: %v", err)
	}
	if err := xml.Unmarshal(outputs["junit"], new(any)); err != nil {
		t.Errorf("junit: %v", err)
	}
}
