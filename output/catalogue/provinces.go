package catalogue

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/icpcheck/icpcheck/engine"
)

// WriteProvinces writes docs/provinces.md: per province, then per provider,
// what differs from the general rules, each line with its sources, then
// the thresholds and what the cited sources are. It is generated from the
// data, so it never says more than the rules do.
func WriteProvinces(w io.Writer, vs engine.Variations) error {
	var b strings.Builder
	b.WriteString(`# Province and provider variations

<!-- Generated from the policy data (policies/icp/*.json) by ` + "`go test ./... -update`" + `: do not edit. -->

The ICP rules differ by filing province and by provider. This page lists every
difference that the policy data records, with the sources each rests on; the
rules themselves are in the README's rule table. ` + "`icpcheck rules --province CODE --provider ID`" + `
prints the differences that apply to one subject, and ` + "`-d`" + ` corrects any value
(for example ` + "`{\"icp\": {\"provinces\": {\"HB\": {\"shell_subject_may_add\": true}}}}`" + `).
`)
	if vs.General != "" {
		fmt.Fprintf(&b, "\n%s\n", strings.Join(wrap(mdText(vs.General), 80), "\n"))
	}
	for _, section := range []struct{ scope, title string }{
		{"province", "Provinces"},
		{"provider", "Providers"},
		{"threshold", "Thresholds"},
	} {
		fmt.Fprintf(&b, "\n## %s\n", section.title)
		heading := ""
		for _, v := range vs.Entries {
			if v.Scope != section.scope {
				continue
			}
			if section.scope != "threshold" && v.Key != heading {
				heading = v.Key
				fmt.Fprintf(&b, "\n### %s (`%s`)\n\n", mdText(v.Name), v.Key)
			} else if heading == "" {
				heading = "-"
				b.WriteString("\n")
			}
			fmt.Fprintf(&b, "- %s `%s`: %s (sources: %s)\n", strings.Join(v.Rules, ", "), v.Field, mdText(v.Setting), sourcesText(v))
		}
	}
	if len(vs.Sources) > 0 {
		b.WriteString("\n## Sources\n\n")
		keys := make([]string, 0, len(vs.Sources))
		for k := range vs.Sources {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			fmt.Fprintf(&b, "- %s: %s\n", k, mdText(vs.Sources[k]))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// sourcesText: the sources of a line, or why it has none.
func sourcesText(v engine.Variation) string {
	switch {
	case len(v.Sources) > 0:
		return strings.Join(v.Sources, ", ")
	case v.Scope == "threshold":
		return "none: a setting of icpcheck to tune, not a published term"
	}
	return "none recorded"
}

// mdText keeps text that the data controls from being read as Markdown
// structure: no line breaks, and no HTML.
func mdText(s string) string {
	return strings.NewReplacer("\n", " ", "\r", " ", "<", "&lt;", ">", "&gt;").Replace(s)
}
