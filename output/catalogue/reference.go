package catalogue

import (
	"fmt"
	"io"
	"strings"
)

// writeReference writes the rule reference of docs/rules.md: the tables of
// writeMarkdown, then a section per rule with its severity, the commands
// that report it (where it is judged), its sources and its METADATA description.
func writeReference(w io.Writer, c Catalogue) error {
	var b strings.Builder
	if err := writeMarkdown(&b, c); err != nil {
		return err
	}
	for _, r := range c.Rules {
		fmt.Fprintf(&b, "\n### %s: %s\n\n", r.ID, oneLine(r.Title))
		fmt.Fprintf(&b, "**%s**, judged %s", r.Severity, judgedOnCommands(r.Entry))
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

// judgedOnCommands says where a rule is judged and which command reports
// it: "on snapshots (`validate`) and on plans (`check`)"; a user's package
// "by package `acme.rules`".
func judgedOnCommands(entries []string) string {
	out := make([]string, 0, len(entries))
	for _, e := range entries {
		kind, ok := judgedKinds[e]
		if !ok {
			out = append(out, "by package `"+e+"`")
			continue
		}
		out = append(out, "on "+kind+"s (`"+reportedBy[e]+"`)")
	}
	if len(out) > 1 {
		return strings.Join(out[:len(out)-1], ", ") + " and " + out[len(out)-1]
	}
	return strings.Join(out, "")
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
