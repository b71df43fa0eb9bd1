package catalogue

import (
	"fmt"
	"io"
	"strings"
)

// writeReference writes the rule reference of docs/rules.md: the tables of
// writeMarkdown, then a section per rule with its severity, the commands
// that report it, its sources and its METADATA description.
func writeReference(w io.Writer, c Catalogue) error {
	var b strings.Builder
	if err := writeMarkdown(&b, c); err != nil {
		return err
	}
	for _, r := range c.Rules {
		fmt.Fprintf(&b, "\n### %s: %s\n\n", r.ID, oneLine(r.Title))
		fmt.Fprintf(&b, "**%s**, reported by `%s`", r.Severity, strings.ReplaceAll(commands(r.Entry), ", ", "`, `"))
		if len(r.Sources) > 0 {
			fmt.Fprintf(&b, "; sources: %s", linked(r))
		}
		b.WriteString(".\n")
		if desc := strings.TrimSpace(r.Description); desc != "" {
			b.WriteString("\n" + desc + "\n")
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
