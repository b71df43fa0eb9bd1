// Package suppress applies what a team has accepted to a run's results,
// after the policies have judged them: the exceptions of the config file,
// the conftest-style exception rules of the policies, and a baseline of
// known findings. A suppressed finding stays in the results, marked, so
// every output can say what was accepted and why; it no longer counts for
// the exit code.
package suppress

import (
	"fmt"
	"time"

	"github.com/gobwas/glob"
)

// Exception accepts the findings of one rule, narrowed by any of website,
// domain and path, for a reason and possibly until a date.
type Exception struct {
	Rule    string
	Website string // "" matches any
	Domain  string // "" matches any
	Path    string // a glob over document paths, relative to Dir; "" matches any
	Reason  string
	// Expires is the last day (UTC) the exception holds; zero never expires.
	Expires time.Time
	// Dir is the folder Path is relative to: the config file's.
	Dir string
	// Source names the entry for people: "file:line".
	Source string

	glob *glob.Pattern
}

// Compile checks the path glob; an Exception must be compiled before use.
func (e *Exception) Compile() error {
	if e.Path == "" {
		return nil
	}
	// As in .gitignore: * stays within a folder, **/ spans any number.
	g, err := glob.Compiler{Separators: []rune{'/'}, Globstar: true}.Compile(e.Path)
	if err != nil {
		return fmt.Errorf("path %q is not a valid glob: %w", e.Path, err)
	}
	e.glob = g
	return nil
}

// Expired reports whether the exception has run out on the given day: it
// holds through its Expires date and stops the day after.
func (e *Exception) Expired(now time.Time) bool {
	if e.Expires.IsZero() {
		return false
	}
	y, m, d := now.UTC().Date()
	today := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	return today.After(e.Expires)
}

// matchesFile reports whether a document (its path relative to Dir, with
// slashes) is one the exception covers.
func (e *Exception) matchesFile(rel string) bool {
	return e.glob == nil || e.glob.Match(rel)
}

func (e *Exception) expiresText() string {
	if e.Expires.IsZero() {
		return ""
	}
	return e.Expires.Format(time.DateOnly)
}
