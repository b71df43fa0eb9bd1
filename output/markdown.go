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
		f.printf("### %s %s %s\n\n", verdictMarks["ERROR"], f.opts.words().t("ERROR"), code(r.File))
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
	f.printf("### %s %s %s %s\n\n", verdictMarks[v], f.opts.words().t(v), code(r.File), escapeMarkdown(f.opts.words().heading(r)))
	for _, n := range r.Notes {
		f.printf("> %s%s\n\n", f.opts.words().t("Note: "), escapeMarkdown(n))
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
	l := f.opts.words()
	open := 0
	for _, v := range vs {
		if v.Suppressed == nil {
			open++
		}
	}
	if open == 0 {
		f.printf("%s\n\n", l.t("No findings."))
		return
	}
	f.header(l.t("Severity"), l.t("Rule"), l.t("Message"), l.t("Where"))
	for _, v := range vs {
		if v.Suppressed != nil {
			continue
		}
		rule := nonEmpty(v.Rule, "-")
		if v.Title != "" {
			rule += ": " + v.Title
		}
		f.row(escapeCell(l.t(v.Severity)), escapeCell(rule), escapeCell(v.Message), escapeCell(l.place(v)))
	}
	f.printf("\n")
}

// suppressed lists the accepted findings with --show-suppressed, in a
// table of their own with what accepted them, and otherwise counts them.
func (f *markdownFormatter) suppressed(vs []engine.Violation) {
	l := f.opts.words()
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
		f.printf("%s%s\n\n", strings.Replace(l.notShown(n), "--show-suppressed", "`--show-suppressed`", 1), l.t("."))
		return
	}
	f.header(l.t("Accepted"), l.t("Rule"), l.t("Message"), l.t("Why"))
	for _, v := range vs {
		if v.Suppressed != nil {
			f.row(escapeCell(l.t(v.Severity)), escapeCell(nonEmpty(v.Rule, "-")), escapeCell(v.Message), escapeCell(l.acceptance(v.Suppressed)))
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
	l := f.opts.words()
	f.header(l.t("Website"), l.t("Domain"), l.t("State"), l.t("Reasons"))
	for _, s := range states {
		f.row(codeCell(s.Website), codeCell(s.Domain), escapeCell(l.stateChange(s)), escapeCell(strings.Join(s.Reasons, "\n")))
	}
	f.printf("\n")
	if states[0].Before != nil {
		f.body.WriteString(l.mermaidTimeline(states))
	}
}

func (f *markdownFormatter) consequences(cs []engine.Consequence) {
	if len(cs) == 0 {
		return
	}
	f.header(f.opts.words().t("Action"), f.opts.words().t("Consequences"))
	for _, c := range cs {
		f.row(codeCell(c.Action), escapeCell(strings.Join(c.Effects, "\n")))
	}
	f.printf("\n")
}

// header writes a table's header row (the report's own words) and its rule.
func (f *markdownFormatter) header(cells ...string) {
	f.printf("| %s |\n|%s\n", strings.Join(cells, " | "), strings.Repeat(" --- |", len(cells)))
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
	l := f.opts.words()
	if _, err := fmt.Fprintf(f.w, "## %s icpcheck: %s (%s)\n", verdictMarks[v], l.t(v), l.summaryLine(s)); err != nil {
		return err
	}
	if len(s.Notices) > 0 {
		f.printf("### %s\n\n", l.t("Exceptions that need attention"))
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
