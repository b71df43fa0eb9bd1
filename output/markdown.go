package output

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/icpcheck/icpcheck/engine"
)

// markdownFormatter writes GitHub-flavoured Markdown for a pull-request
// comment or a job summary ($GITHUB_STEP_SUMMARY): a heading with the verdict
// and the counts, then per document a heading, a table of findings, a table
// of domain accessibility and the consequences of a plan's actions. A
// document that could not be checked gets one line with file:line:column
// and the message.
//
// The verdict heading comes first but is known only at the end, so each
// result is rendered as it arrives into a buffer that End writes after the
// heading.
type markdownFormatter struct {
	w    io.Writer
	opts Options
	body bytes.Buffer
}

func newMarkdown(w io.Writer, opts Options) Formatter { return &markdownFormatter{w: w, opts: opts} }

var verdictMarks = map[string]string{
	"PASS":  "✅",
	"WARN":  "⚠️",
	"FAIL":  "❌",
	"ERROR": "❌",

	"INTERRUPTED": "⏹️",
}

func (f *markdownFormatter) Begin() error { return nil }

func (f *markdownFormatter) printf(format string, args ...any) {
	fmt.Fprintf(&f.body, format, args...)
}

func (f *markdownFormatter) Result(r engine.Result) error {
	r = escapedResult(r)
	if r.Err != nil {
		f.printf("### %s ERROR %s\n\n", verdictMarks["ERROR"], code(r.File))
		where := r.File
		if r.Err.Line > 0 {
			where = fmt.Sprintf("%s:%d:%d", r.File, r.Err.Line, r.Err.Column)
		}
		f.printf("%s: %s\n\n", code(where), escapeMarkdown(r.Err.Message))
		return nil
	}
	deny, warn := r.Counts()
	if f.opts.Quiet && deny+warn == 0 {
		return nil
	}
	v := verdict(Summary{Deny: deny, Warn: warn})
	f.printf("### %s %s %s (%s: %s)\n\n", verdictMarks[v], v, code(r.File), escapeMarkdown(r.Kind), tally(r))
	for _, n := range r.Notes {
		f.printf("> Note: %s\n\n", escapeMarkdown(n))
	}
	f.findings(r.Violations)
	f.suppressed(r.Violations)
	if !f.opts.Quiet {
		f.accessibility(r.Accessibility)
		f.consequences(r.Consequences)
	}
	return nil
}

func (f *markdownFormatter) findings(vs []engine.Violation) {
	open := 0
	for _, v := range vs {
		if v.Suppressed == nil {
			open++
		}
	}
	if open == 0 {
		f.printf("No findings.\n\n")
		return
	}
	f.printf("| Severity | Rule | Message | Where |\n| --- | --- | --- | --- |\n")
	for _, v := range vs {
		if v.Suppressed != nil {
			continue
		}
		rule := nonEmpty(v.Rule, "-")
		if v.Title != "" {
			rule += ": " + v.Title
		}
		f.row(escapeCell(v.Severity), escapeCell(rule), escapeCell(v.Message), escapeCell(place(v)))
	}
	f.printf("\n")
}

// suppressed lists the accepted findings with --show-suppressed, in a
// table of their own with what accepted them, and otherwise counts them.
func (f *markdownFormatter) suppressed(vs []engine.Violation) {
	n := 0
	for _, v := range vs {
		if v.Suppressed != nil {
			n++
		}
	}
	switch {
	case n == 0:
		return
	case !f.opts.ShowSuppressed:
		f.printf("%s.\n\n", strings.Replace(notShown(n), "--show-suppressed", "`--show-suppressed`", 1))
		return
	}
	f.printf("| Accepted | Rule | Message | Why |\n| --- | --- | --- | --- |\n")
	for _, v := range vs {
		if v.Suppressed != nil {
			f.row(escapeCell(v.Severity), escapeCell(nonEmpty(v.Rule, "-")), escapeCell(v.Message), escapeCell(acceptance(v.Suppressed)))
		}
	}
	f.printf("\n")
}

// accessibility writes each domain's state (for a plan "before -> after"
// and the states on the way) and, for a plan, the timeline diagram.
func (f *markdownFormatter) accessibility(states []engine.DomainState) {
	if len(states) == 0 {
		return
	}
	f.printf("| Website | Domain | State | Reasons |\n| --- | --- | --- | --- |\n")
	for _, s := range states {
		f.row(codeCell(s.Website), codeCell(s.Domain), escapeCell(stateChange(s)), escapeCell(strings.Join(s.Reasons, "\n")))
	}
	f.printf("\n")
	if states[0].Before != nil {
		f.body.WriteString(mermaidTimeline(states))
	}
}

func (f *markdownFormatter) consequences(cs []engine.Consequence) {
	if len(cs) == 0 {
		return
	}
	f.printf("| Action | Consequences |\n| --- | --- |\n")
	for _, c := range cs {
		f.row(codeCell(c.Action), escapeCell(strings.Join(c.Effects, "\n")))
	}
	f.printf("\n")
}

// row writes one table row of cells already escaped (escapeCell) or
// made code spans (codeCell).
func (f *markdownFormatter) row(cells ...string) {
	f.body.WriteString("|")
	for _, c := range cells {
		f.body.WriteString(" " + c + " |")
	}
	f.body.WriteString("\n")
}

func (f *markdownFormatter) End(s Summary) error {
	v := verdict(s)
	if _, err := fmt.Fprintf(f.w, "## %s icpcheck: %s (%s)\n", verdictMarks[v], v, summaryLine(s)); err != nil {
		return err
	}
	if len(s.Notices) > 0 {
		f.printf("### Exceptions that need attention\n\n")
		for _, n := range s.Notices {
			f.printf("- %s: %s\n", code(n.Source), escapeMarkdown(n.Message))
		}
		f.printf("\n")
	}
	if f.body.Len() == 0 {
		return nil
	}
	// Sections end in a blank line: move it before the first one instead.
	_, err := f.w.Write(append([]byte("\n"), bytes.TrimSuffix(f.body.Bytes(), []byte("\n"))...))
	return err
}

// code writes s as a code span, with a longer fence when s holds backticks.
func code(s string) string {
	fence := "`"
	for strings.Contains(s, fence) {
		fence += "`"
	}
	if strings.HasPrefix(s, "`") || strings.HasSuffix(s, "`") {
		return fence + " " + s + " " + fence
	}
	return fence + s + fence
}
