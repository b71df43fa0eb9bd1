package output

import (
	"fmt"
	"reflect"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/icpcheck/icpcheck/engine"
)

// Every value a result carries can come from a document of a pull request:
// a file name, a website id, a domain, and the messages that quote them.
// Printed as they are, a line break followed by "::error ..." is a GitHub
// workflow command when the CI log is parsed, an ANSI escape rewrites the
// terminal, and markdown renders images, links and @mentions. The formats
// for people and logs therefore print every value through escapeText, and
// markdown through its own escaping on top (escapeMarkdown, codeSpan).

// escapeText makes a value safe in a terminal or a CI log: control
// characters (C0, DEL, C1), line and paragraph separators, bidirectional
// overrides and invalid UTF-8 print as visible escapes (\n, \x1b, \u202e),
// and a value that starts with "::" or "##[" (after white space), which the
// Actions runner would read as a workflow command at the start of a line,
// gets its first character escaped as well.
func escapeText(s string) string {
	if !needsEscape(s) {
		return s
	}
	var b strings.Builder
	rest := strings.TrimLeftFunc(s, unicode.IsSpace)
	if strings.HasPrefix(rest, "::") || strings.HasPrefix(rest, "##[") {
		lead := len(s) - len(rest)
		writeEscaped(&b, s[:lead])
		fmt.Fprintf(&b, `\x%02x`, rest[0])
		s = rest[1:]
	}
	writeEscaped(&b, s)
	return b.String()
}

func needsEscape(s string) bool {
	rest := strings.TrimLeftFunc(s, unicode.IsSpace)
	if strings.HasPrefix(rest, "::") || strings.HasPrefix(rest, "##[") {
		return true
	}
	for _, r := range s {
		if r == utf8.RuneError || unsafeRune(r) {
			return true
		}
	}
	return false
}

func writeEscaped(b *strings.Builder, s string) {
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(b, `\x%02x`, s[0])
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case unsafeRune(r) && r < 0x100:
			fmt.Fprintf(b, `\x%02x`, r)
		case unsafeRune(r):
			fmt.Fprintf(b, `\u%04x`, r)
		default:
			b.WriteString(s[:size])
		}
		s = s[size:]
	}
}

// unsafeRune: control characters, and the format characters that move or
// reorder text (line and paragraph separators, bidirectional controls).
func unsafeRune(r rune) bool {
	switch {
	case r < 0x20, r >= 0x7f && r <= 0x9f:
		return true
	case r == 0x2028, r == 0x2029, r == 0x061c, r == 0x200e, r == 0x200f:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}

// escapedResult returns a copy of r with escapeText applied to every string
// in it, however deep (violations, accessibility, consequences, the error),
// so that a field added to the result later is escaped too. r is not
// changed: the same result may be written in several formats.
func escapedResult(r engine.Result) engine.Result {
	return escapeStrings(reflect.ValueOf(r)).Interface().(engine.Result)
}

// escapeStrings copies v, escaping its strings. Results hold only structs,
// slices, pointers, strings and numbers.
func escapeStrings(v reflect.Value) reflect.Value {
	switch v.Kind() {
	case reflect.String:
		out := reflect.New(v.Type()).Elem()
		out.SetString(escapeText(v.String()))
		return out
	case reflect.Struct:
		out := reflect.New(v.Type()).Elem()
		out.Set(v) // keeps what cannot be set one by one
		for i := range v.NumField() {
			if out.Field(i).CanSet() {
				out.Field(i).Set(escapeStrings(v.Field(i)))
			}
		}
		return out
	case reflect.Slice:
		if v.IsNil() {
			return v
		}
		out := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
		for i := range v.Len() {
			out.Index(i).Set(escapeStrings(v.Index(i)))
		}
		return out
	case reflect.Pointer:
		if v.IsNil() {
			return v
		}
		out := reflect.New(v.Type().Elem())
		out.Elem().Set(escapeStrings(v.Elem()))
		return out
	case reflect.Map:
		if v.IsNil() {
			return v
		}
		out := reflect.MakeMapWithSize(v.Type(), v.Len())
		for it := v.MapRange(); it.Next(); {
			out.SetMapIndex(escapeStrings(it.Key()), escapeStrings(it.Value()))
		}
		return out
	case reflect.Interface:
		if v.IsNil() {
			return v
		}
		out := reflect.New(v.Type()).Elem()
		out.Set(escapeStrings(v.Elem()))
		return out
	}
	return v
}

// escapeMarkdown makes text (after escapeText) read as plain text in
// GitHub-flavoured markdown: HTML is escaped, the punctuation that starts
// emphasis, links, images, code, tables and strikethrough is
// backslash-escaped, and a zero-width space (&#8203;) breaks what GitHub
// would turn into a link or a notification without any markup: an
// @mention or e-mail address after the @, a URL after the "://", and a
// www. address after the "www".
func escapeMarkdown(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '\\', '`', '*', '~', '[', ']', '|':
			b.WriteByte('\\')
			b.WriteByte(c)
		case '@':
			b.WriteString("@&#8203;")
		case ':':
			b.WriteByte(c)
			if strings.HasPrefix(s[i+1:], "//") {
				b.WriteString("&#8203;")
			}
		case 'w', 'W':
			if len(s)-i >= 4 && strings.EqualFold(s[i:i+4], "www.") {
				b.WriteString(s[i : i+3])
				b.WriteString("&#8203;")
				i += 2
				continue
			}
			b.WriteByte(c)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// escapeCell is escapeMarkdown for a table cell, where the line breaks
// that the format itself puts between items become <br>.
func escapeCell(s string) string {
	return strings.ReplaceAll(escapeMarkdown(s), "\n", "<br>")
}

// codeCell is a value as a code span in a table cell: nothing in a code
// span renders, but a | would still end the cell.
func codeCell(s string) string {
	if s == "" {
		return ""
	}
	return strings.ReplaceAll(code(s), "|", `\|`)
}
