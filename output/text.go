package output

import (
	"fmt"
	"io"
	"strings"

	"github.com/icpcheck/icpcheck/engine"
)

// textFormatter writes a report a person reads at a glance: per document a
// verdict line, each finding with its severity, rule, message and place,
// the accessibility of each domain, and a closing summary.
type textFormatter struct {
	w    io.Writer
	opts Options
	err  error // first write error; later writes are skipped
}

func newText(w io.Writer, opts Options) Formatter { return &textFormatter{w: w, opts: opts} }

const (
	ansiReset  = "\x1b[0m"
	ansiBold   = "\x1b[1m"
	ansiDim    = "\x1b[2m"
	ansiRed    = "\x1b[31m"
	ansiGreen  = "\x1b[32m"
	ansiYellow = "\x1b[33m"
)

func (f *textFormatter) paint(color, s string) string {
	if !f.opts.Color || color == "" {
		return s
	}
	return color + s + ansiReset
}

func (f *textFormatter) printf(format string, args ...any) {
	if f.err == nil {
		_, f.err = fmt.Fprintf(f.w, format, args...)
	}
}

func (f *textFormatter) Begin() error { return nil }

func (f *textFormatter) Result(r engine.Result) error {
	r = escapedResult(r)
	if r.Err != nil {
		f.printf("%s  %s\n", f.paint(ansiRed+ansiBold, f.opts.words().t("ERROR")), r.File)
		f.printf("  %s\n\n", errorLine(r.File, r.Err))
		return f.err
	}
	deny, warn := r.Counts()
	if f.opts.Quiet && deny+warn == 0 {
		return nil
	}
	l := f.opts.words()
	verdict, color := "PASS", ansiGreen
	switch {
	case deny > 0:
		verdict, color = "FAIL", ansiRed+ansiBold
	case warn > 0:
		verdict, color = "WARN", ansiYellow+ansiBold
	}
	accepted := suppressedCount(r)
	f.printf("%s  %s  %s\n", f.paint(color, l.t(verdict)), r.File, f.paint(ansiDim, l.heading(r)))
	for _, n := range r.Notes {
		f.printf("  %s  %s\n", f.paint(ansiDim, l.t("note")), n)
	}
	for _, v := range r.Violations {
		if v.Suppressed == nil {
			f.violation(v)
		}
	}
	if accepted > 0 {
		f.suppressed(r.Violations, accepted)
	}
	if !f.opts.Quiet {
		f.accessibility(r.Accessibility)
		f.consequences(r.Consequences)
	}
	f.printf("\n")
	return f.err
}

func (f *textFormatter) violation(v engine.Violation) {
	rule := v.Rule
	if rule == "" {
		rule = "-"
	}
	l := f.opts.words()
	f.printf("  %s  %-6s  %s\n", f.paint(severityColor(v.Severity), pad(l.t(v.Severity), 4)), rule, v.Message)
	if where := l.place(v); where != "" {
		f.printf("  %s\n", f.paint(ansiDim, "            "+l.at()+where))
	}
}

// suppressed lists the accepted findings with --show-suppressed, and
// otherwise says how many there are.
func (f *textFormatter) suppressed(vs []engine.Violation, n int) {
	if !f.opts.ShowSuppressed {
		f.printf("  %s\n", f.paint(ansiDim, f.opts.words().notShown(n)))
		return
	}
	for _, v := range vs {
		if v.Suppressed != nil {
			f.violation(v)
			f.printf("  %s\n", f.paint(ansiDim, "            "+f.opts.words().acceptance(v.Suppressed)))
		}
	}
}

func (f *textFormatter) accessibility(states []engine.DomainState) {
	if len(states) == 0 {
		return
	}
	l := f.opts.words()
	f.printf("  %s\n", l.t("accessibility:"))
	domainWidth, stateWidth := 0, 0
	for _, s := range states {
		domainWidth = max(domainWidth, width(s.Domain))
		stateWidth = max(stateWidth, width(l.stateChange(s)))
	}
	for _, s := range states {
		state := f.paint(stateColors[s.State], l.state(s.State))
		if before := beforeState(s); before != "" {
			state = f.paint(stateColors[before], l.state(before)) + " -> " + state
		}
		if way := l.detourText(s); way != "" {
			state += l.parenthesized(way)
		}
		state += strings.Repeat(" ", stateWidth-width(l.stateChange(s)))
		reasons := ""
		if len(s.Reasons) > 0 {
			reasons = "  (" + strings.Join(s.Reasons, ", ") + ")"
		}
		f.printf("    %s  %s  %s %s%s\n", pad(s.Domain, domainWidth), state, l.t("website"), s.Website, reasons)
	}
}

// stateChange is a domain's state as text prints it, uncoloured: for a
// plan's, "before -> after" and the states on the way, as
// "accessible -> accessible (blocked at step 2: dns; ICP101)"; for a
// snapshot's, the state.
func (l lang) stateChange(s engine.DomainState) string {
	before := beforeState(s)
	if before == "" {
		return l.state(s.State)
	}
	change := l.state(before) + " -> " + l.state(s.State)
	if way := l.detourText(s); way != "" {
		change += l.parenthesized(way)
	}
	return change
}

var stateColors = map[string]string{
	"inaccessible": ansiRed,
	"blocked":      ansiRed,
	"not_served":   ansiDim,
	"at_risk":      ansiYellow,
	"accessible":   ansiGreen,
}

func (f *textFormatter) consequences(cs []engine.Consequence) {
	if len(cs) == 0 {
		return
	}
	f.printf("  %s\n", f.opts.words().t("consequences:"))
	for _, c := range cs {
		for _, e := range c.Effects {
			f.printf("    %s: %s\n", c.Action, e)
		}
		if len(c.Effects) == 0 {
			f.printf("    %s: %s\n", c.Action, c.Type)
		}
	}
}

func (f *textFormatter) End(s Summary) error {
	if f.opts.Quiet && !s.Interrupted {
		return f.err
	}
	verdictColor := ansiGreen
	switch {
	case s.Interrupted || s.Errors > 0 || s.Deny > 0:
		verdictColor = ansiRed + ansiBold
	case s.Warn > 0:
		verdictColor = ansiYellow + ansiBold
	}
	f.printf("%s\n", f.paint(verdictColor, f.opts.words().summaryLine(s)))
	return f.err
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// ErrorLine renders an input error as file:line:column: message.
func ErrorLine(file string, e *engine.InputError) string { return errorLine(file, e) }

// errorLine renders an input error as file:line:column: message. A message
// without a position that already begins with the file's name (a file that
// could not be read) is not prefixed a second time.
func errorLine(file string, e *engine.InputError) string {
	where := file
	switch {
	case e.Line > 0 && e.Column > 0:
		where = fmt.Sprintf("%s:%d:%d", file, e.Line, e.Column)
	case e.Line > 0:
		where = fmt.Sprintf("%s:%d", file, e.Line)
	case strings.HasPrefix(e.Message, file+":") || strings.HasPrefix(e.Message, file+" "):
		return e.Message
	}
	return where + ": " + e.Message
}
