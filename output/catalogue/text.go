package catalogue

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
)

func writeText(w io.Writer, c Catalogue) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tSEVERITY\tTITLE\tSOURCES")
	for _, r := range c.Rules {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", r.ID, r.Severity, r.Title, strings.Join(r.Sources, ", "))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if len(c.Variations) == 0 {
		return nil
	}
	fmt.Fprintln(w, "\nProvince and provider variations (policy data: correct a value with -d):")
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "WHERE\tRULES\tFIELD\tSETTING\tSOURCES")
	for _, v := range c.Variations {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", oneCell(where(v)), strings.Join(v.Rules, ", "), oneCell(v.Field), oneCell(v.Setting), oneCell(sources(v.Sources)))
	}
	return tw.Flush()
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
