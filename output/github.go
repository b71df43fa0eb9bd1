package output

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/icpcheck/icpcheck/engine"
)

// githubFormatter writes GitHub Actions workflow commands, which the runner
// turns into annotations on the files of a pull request: one ::error (deny)
// or ::warning (warn) line per violation, one ::error line per document that
// could not be checked, one ::warning at its line in the config file per
// exception that expired or went stale, and a plain summary line at the
// end. Accepted findings are left out, or with --show-suppressed written
// as ::notice lines that say what accepted them. It streams:
// each result's lines are written as it arrives.
type githubFormatter struct {
	w    io.Writer
	opts Options
	err  error // first write error; later writes are skipped
}

func newGitHub(w io.Writer, opts Options) Formatter { return &githubFormatter{w: w, opts: opts} }

func (f *githubFormatter) Begin() error { return nil }

func (f *githubFormatter) Result(r engine.Result) error {
	r = escapedResult(r)
	if r.Err != nil {
		file, line := fileLine(r.File, r.Err.Line)
		col := 0
		if r.Err.Line > 0 {
			col = r.Err.Column
		}
		f.command("error", file, line, col, "input error", r.Err.Message)
		return f.err
	}
	file, _ := fileLine(r.File, 0)
	for _, n := range r.Notes {
		f.command("notice", file, 0, 0, "icpcheck note", n)
	}
	for _, v := range r.Violations {
		if v.Suppressed != nil && !f.opts.ShowSuppressed {
			continue
		}
		kind := "warning"
		if v.Severity == engine.SeverityDeny {
			kind = "error"
		}
		msg := nonEmpty(v.Message, v.Title, v.Rule)
		if w := where(v); w != "" {
			msg += " (at " + w + ")"
		}
		if v.Suppressed != nil {
			kind = "notice" // shown, but not as a problem
			msg += " [" + acceptance(v.Suppressed) + "]"
		}
		file, line := fileLine(r.File, v.Line)
		f.command(kind, file, line, 0, nonEmpty(v.Rule, "icpcheck"), msg)
	}
	f.timeline(r)
	return f.err
}

// timeline writes a ::notice for each domain of a plan that passes through
// another state on the way (product.md, "A plan's accessibility over
// time"), such as a site blocked half-way and healed by a later step,
// which neither the findings nor the end state would show.
func (f *githubFormatter) timeline(r engine.Result) {
	file, _ := fileLine(r.File, 0)
	for _, s := range r.Accessibility {
		if detourText(s) == "" {
			continue
		}
		f.command("notice", file, 0, 0, "accessibility of "+s.Domain, fmt.Sprintf("%s (website %s): %s", s.Domain, s.Website, stateChange(s)))
	}
}

// command writes ::kind file=F,line=L,col=C,title=T::message, leaving out
// the properties that are not known ("-", standard input, names no file).
func (f *githubFormatter) command(kind, file string, line, col int, title, msg string) {
	var props []string
	if file != "" && file != "-" {
		props = append(props, "file="+escapeProperty(file))
	}
	if line > 0 {
		props = append(props, "line="+strconv.Itoa(line))
		if col > 0 {
			props = append(props, "col="+strconv.Itoa(col))
		}
	}
	if title != "" {
		props = append(props, "title="+escapeProperty(title))
	}
	cmd := kind
	if len(props) > 0 {
		cmd += " " + strings.Join(props, ",")
	}
	f.printf("::%s::%s\n", cmd, escapeData(msg))
}

func (f *githubFormatter) printf(format string, args ...any) {
	if f.err == nil {
		_, f.err = fmt.Fprintf(f.w, format, args...)
	}
}

func (f *githubFormatter) End(s Summary) error {
	if s.Interrupted {
		f.command("error", "", 0, 0, "icpcheck interrupted", summaryLine(s))
	}
	for _, n := range s.Notices {
		file, line := splitSource(n.Source)
		f.command("warning", file, line, 0, "icpcheck exception "+n.Status, n.Message)
	}
	if !f.opts.Quiet {
		f.printf("icpcheck: %s: %s\n", verdict(s), summaryLine(s))
	}
	return f.err
}

// Escaping as the runner (and actions/toolkit's command.ts) expects: in the
// message, %, CR and LF; in a property value, also : and , which would end
// the value.
var (
	dataEscaper     = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	propertyEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
)

func escapeData(s string) string     { return dataEscaper.Replace(s) }
func escapeProperty(s string) string { return propertyEscaper.Replace(s) }
