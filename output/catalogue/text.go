package catalogue

import (
	"io"
	"strings"

	"github.com/mattn/go-runewidth"
)

func writeText(w io.Writer, c Catalogue) error {
	var b strings.Builder
	rows := [][]string{{c.t("ID"), c.t("SEVERITY"), c.t("JUDGED ON"), c.t("TITLE"), c.t("SOURCES")}}
	for _, r := range c.Rules {
		rows = append(rows, []string{r.ID, r.Severity, c.judgedOn(r.Entry), oneCell(r.Title), strings.Join(r.Sources, ", ")})
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
		rows = [][]string{{c.t("WHERE"), c.t("RULES"), c.t("FIELD"), c.t("SETTING"), c.t("SOURCES")}}
		for _, v := range c.Variations {
			rows = append(rows, []string{oneCell(c.where(v)), strings.Join(v.Rules, ", "), oneCell(v.Field), oneCell(v.Setting), oneCell(sources(v.Sources))})
		}
		table(&b, rows)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// table writes rows in columns two spaces apart, aligned by display width
// (a CJK character takes two columns), the last column unpadded.
func table(b *strings.Builder, rows [][]string) {
	widths := make([]int, len(rows[0]))
	for _, row := range rows {
		for i, cell := range row {
			widths[i] = max(widths[i], runewidth.StringWidth(cell))
		}
	}
	for _, row := range rows {
		for i, cell := range row {
			if i == len(row)-1 {
				b.WriteString(cell)
				break
			}
			b.WriteString(cell + strings.Repeat(" ", widths[i]-runewidth.StringWidth(cell)+2))
		}
		b.WriteString("\n")
	}
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
