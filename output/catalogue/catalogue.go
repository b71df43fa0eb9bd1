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

// Catalogue is what `icpcheck rules` prints: the rules, and the province,
// provider and threshold data that vary what they say.
type Catalogue struct {
	Rules      []engine.RuleInfo
	Variations []engine.Variation
}

var writers = map[string]func(io.Writer, Catalogue) error{
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
func Write(w io.Writer, format string, c Catalogue) error {
	if err := CheckFormat(format); err != nil {
		return err
	}
	return writers[format](w, c)
}

// where names the province or provider of a variation, or "all documents"
// for a threshold.
func where(v engine.Variation) string {
	switch v.Scope {
	case "province", "provider":
		if v.Name != v.Key {
			return fmt.Sprintf("%s %s (%s)", v.Scope, v.Key, v.Name)
		}
		return v.Scope + " " + v.Key
	}
	return "threshold " + v.Key
}
