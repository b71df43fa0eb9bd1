// Package output writes check results in the formats of the -o flag, one
// small file per format. Every formatter streams: it is handed results one
// at a time, in input order, and the summary at the end.
package output

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/icpcheck/icpcheck/engine"
)

// Formatter writes one run's results.
type Formatter interface {
	Begin() error
	Result(engine.Result) error
	End(Summary) error
}

// Options tune the formats meant for people.
type Options struct {
	Color bool // ANSI colours (only on a terminal)
	Quiet bool // only findings and errors
}

// Summary counts a run's documents and findings.
type Summary struct {
	Documents int `json:"documents"`
	Deny      int `json:"deny"`
	Warn      int `json:"warn"`
	Errors    int `json:"errors"`
}

// Add counts one result.
func (s *Summary) Add(r engine.Result) {
	s.Documents++
	if r.Err != nil {
		s.Errors++
		return
	}
	deny, warn := r.Counts()
	s.Deny += deny
	s.Warn += warn
}

// constructors maps each -o value to its formatter.
var constructors = map[string]func(io.Writer, Options) Formatter{
	"text": newText,
	"json": newJSON,
}

// Formats lists the -o values, sorted.
func Formats() []string {
	names := make([]string, 0, len(constructors))
	for n := range constructors {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// New returns the formatter named by an -o value.
func New(format string, w io.Writer, opts Options) (Formatter, error) {
	c, ok := constructors[format]
	if !ok {
		return nil, fmt.Errorf("unknown output format %q: use one of %s", format, strings.Join(Formats(), ", "))
	}
	return c(w, opts), nil
}
