package catalogue

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/icpcheck/icpcheck/engine"
)

func writeText(w io.Writer, rules []engine.RuleInfo) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tSEVERITY\tTITLE\tSOURCES")
	for _, r := range rules {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", r.ID, r.Severity, r.Title, strings.Join(r.Sources, ", "))
	}
	return tw.Flush()
}
