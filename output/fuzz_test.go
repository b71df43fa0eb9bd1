package output

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// FuzzEscape: whatever a document holds, escapeText leaves no control
// character, line break or bidi override and no leading workflow command,
// and escapeMarkdown on top leaves nothing that renders as HTML, a link,
// an image or a mention.
func FuzzEscape(f *testing.F) {
	for _, seed := range []string{"example.com", "a\n::error::x", "\x1b[2J", "\u202e", "![a](http://b) @c www.d", "\xff\xfe", "  ##[warning]"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, s string) {
		text := escapeText(s)
		if !utf8.ValidString(text) {
			t.Fatalf("escapeText(%q) = %q: invalid UTF-8", s, text)
		}
		for _, r := range text {
			if unsafeRune(r) {
				t.Fatalf("escapeText(%q) = %q: keeps %U", s, text, r)
			}
		}
		if rest := strings.TrimLeftFunc(text, unicode.IsSpace); strings.HasPrefix(rest, "::") || strings.HasPrefix(rest, "##[") {
			t.Fatalf("escapeText(%q) = %q: starts a workflow command", s, text)
		}
		if !needsEscape(s) && text != s {
			t.Fatalf("escapeText(%q) = %q: changed a safe value", s, text)
		}
		md := escapeMarkdown(text)
		switch {
		case strings.ContainsAny(md, "<>"):
			t.Fatalf("escapeMarkdown(%q) = %q: keeps HTML", text, md)
		case strings.Contains(md, "!["), strings.Contains(md, "://"), strings.Contains(strings.ToLower(md), "www."):
			t.Fatalf("escapeMarkdown(%q) = %q: keeps an image or a link", text, md)
		case strings.Count(md, "@") != strings.Count(md, "@&#8203;"):
			t.Fatalf("escapeMarkdown(%q) = %q: keeps a mention", text, md)
		}
	})
}
