package catalogue

import (
	"fmt"
	"io"
	"strings"
)

// writeMarkdown writes the table that the README's rule catalogue is.
// After it, the variations, as a table of their own.
func writeMarkdown(w io.Writer, c Catalogue) error {
	var b strings.Builder
	b.WriteString("| " + strings.Join([]string{c.t("ID"), c.t("Severity"), c.t("Checked by"), c.t("Title"), c.t("Sources")}, " | ") + " |\n| --- | --- | --- | --- | --- |\n")
	for _, r := range c.Rules {
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %s |\n", r.ID, r.Severity, commands(r.Entry), cell(r.Title), cell(linked(r)))
	}
	if len(c.Variations) > 0 {
		b.WriteString("\n" + c.t("Province and provider variations (policy data: correct a value with `-d`):") + "\n\n")
		b.WriteString("| " + strings.Join([]string{c.t("Where"), c.t("Rules"), c.t("Field"), c.t("Setting"), c.t("Sources")}, " | ") + " |\n| --- | --- | --- | --- | --- |\n")
		for _, v := range c.Variations {
			fmt.Fprintf(&b, "| %s | %s | `%s` | %s | %s |\n", cell(c.where(v)), strings.Join(v.Rules, ", "), v.Field, cell(v.Setting), cell(sources(v.Sources)))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// reportedBy names the icpcheck command that reports the rules of each
// package of the pack (the words are the command line's, not the engine's).
var reportedBy = map[string]string{"icp.filing": "validate", "icp.plan": "check", "icp.terraform": "check"}

// commands names the icpcheck commands that report a rule, from the
// packages it adds to.
func commands(entries []string) string {
	var out []string
	for _, e := range entries {
		if cmd, ok := reportedBy[e]; ok {
			e = cmd
		}
		out = append(out, e)
	}
	return strings.Join(out, ", ")
}

func cell(s string) string {
	return strings.NewReplacer("|", `\|`, "\n", " ").Replace(s)
}
