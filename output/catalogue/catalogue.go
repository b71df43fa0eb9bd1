// Package catalogue writes the rule catalogue (`icpcheck rules`) read from
// the policies' METADATA, one file per format.
package catalogue

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/icpcheck/icpcheck/engine"
)

var writers = map[string]func(io.Writer, []engine.RuleInfo) error{
	"text":      writeText,
	"json":      writeJSON,
	"markdown":  writeMarkdown,
	"reference": writeReference,
}

// Formats lists the formats of the catalogue, sorted.
func Formats() []string {
	names := make([]string, 0, len(writers))
	for n := range writers {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// CheckFormat says whether the catalogue can be written in a format.
func CheckFormat(format string) error {
	if _, ok := writers[format]; !ok {
		return fmt.Errorf("unknown output format %q for rules: use one of %s", format, strings.Join(Formats(), ", "))
	}
	return nil
}

// Write renders the catalogue in a format.
func Write(w io.Writer, format string, rules []engine.RuleInfo) error {
	if err := CheckFormat(format); err != nil {
		return err
	}
	return writers[format](w, rules)
}
