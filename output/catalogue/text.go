package catalogue

import (
	"io"
	"strings"
	"unicode/utf8"

	"github.com/mattn/go-runewidth"
)

// writeText writes the catalogue as tables, the free text (a title, a
// setting) in the last column, where it wraps instead of widening every row.
func writeText(w io.Writer, c Catalogue) error {
	var b strings.Builder
	rows := [][]string{{c.t("ID"), c.t("SEVERITY"), c.t("JUDGED ON"), c.t("SOURCES"), c.t("TITLE")}}
	for _, r := range c.Rules {
		rows = append(rows, []string{r.ID, r.Severity, c.judgedOn(r.Entry), strings.Join(r.Sources, ", "), oneCell(r.Title)})
	}
	table(&b, rows)
	if pages := sourcePages(c.Rules); len(pages) > 0 {
		b.WriteString("\n" + c.t("Web pages of the sources:") + "\n")
		for _, p := range pages {
			b.WriteString("  " + oneCell(p.heading()) + "\n    " + oneCell(p.url) + "\n")
		}
	}
	if len(c.Variations) > 0 {
		b.WriteString("\n" + c.t("Province and provider variations (policy data: correct a value with -d):") + "\n")
		rows = [][]string{{c.t("WHERE"), c.t("RULES"), c.t("FIELD"), c.t("SOURCES"), c.t("SETTING")}}
		for _, v := range c.Variations {
			rows = append(rows, []string{oneCell(c.where(v)), strings.Join(v.Rules, ", "), oneCell(v.Field), oneCell(sources(v.Sources)), oneCell(v.Setting)})
		}
		table(&b, rows)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// lineWidth is the width the tables keep to where they can: the last
// column, free text, wraps to fit it (never narrower than minLastWidth).
const (
	lineWidth    = 120
	minLastWidth = 40
)

// table writes rows in columns two spaces apart, aligned by display width
// (a CJK character takes two columns); the last column is unpadded and
// wraps, its further lines starting under its first.
func table(b *strings.Builder, rows [][]string) {
	last := len(rows[0]) - 1
	widths := make([]int, last)
	for _, row := range rows {
		for i, cell := range row[:last] {
			widths[i] = max(widths[i], runewidth.StringWidth(cell))
		}
	}
	start := 0
	for _, w := range widths {
		start += w + 2
	}
	for _, row := range rows {
		for i, cell := range row[:last] {
			b.WriteString(cell + strings.Repeat(" ", widths[i]-runewidth.StringWidth(cell)+2))
		}
		b.WriteString(strings.Join(wrap(row[last], max(lineWidth-start, minLastWidth)), "\n"+strings.Repeat(" ", start)))
		b.WriteString("\n")
	}
}

// wrap breaks text into lines of at most width display columns: at a
// space, or beside a wide (CJK) character, which Chinese breaks anywhere;
// a word longer than width (a URL) stays whole on a line of its own.
func wrap(text string, width int) []string {
	var lines []string
	line, lineWidth := "", 0
	for _, word := range words(text) {
		w := runewidth.StringWidth(word)
		space := line != "" && !(beginsWide(word) && endsWide(line))
		if space {
			w++
		}
		if line != "" && lineWidth+w > width {
			lines = append(lines, line)
			line, lineWidth = "", 0
			w = runewidth.StringWidth(word)
			space = false
		}
		if space {
			line += " "
		}
		line += word
		lineWidth += w
	}
	return append(lines, line)
}

// words splits text at spaces, and between two wide (CJK) characters,
// except before the punctuation that must not start a line or after the
// one that must not end it.
func words(text string) []string {
	var out []string
	for _, field := range strings.Fields(text) {
		word, prev := "", rune(0)
		for _, r := range field {
			if isWideRune(prev) && isWideRune(r) && !strings.ContainsRune("，。、；：）》」", r) && !strings.ContainsRune("（《「", prev) {
				out = append(out, word)
				word = ""
			}
			word += string(r)
			prev = r
		}
		out = append(out, word)
	}
	return out
}

func isWideRune(r rune) bool { return runewidth.RuneWidth(r) == 2 }

// beginsWide and endsWide: a word joins a wide character of the line
// before it without a space, as Chinese is written.
func beginsWide(word string) bool {
	r, _ := utf8.DecodeRuneInString(word)
	return isWideRune(r)
}

func endsWide(line string) bool {
	r, _ := utf8.DecodeLastRuneInString(line)
	return isWideRune(r)
}

// sources: the sources of a variation, or "-" for a setting with none.
func sources(s []string) string {
	if len(s) == 0 {
		return "-"
	}
	return strings.Join(s, ", ")
}

// oneCell keeps text that the data controls (-d) in its cell: no tab or
// line break splits the table.
func oneCell(s string) string {
	return strings.NewReplacer("\t", " ", "\n", " ", "\r", " ").Replace(s)
}
