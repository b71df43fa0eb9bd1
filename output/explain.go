package output

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/icpcheck/icpcheck/engine"
)

// Explain writes a person's report of one document: for a snapshot, each
// domain with its state and why; for a plan, each action in order with its
// verdict, reasons and consequences, then each domain's state before and
// after the plan.
func Explain(w io.Writer, r engine.Result, opts Options) error {
	x := &explainer{textFormatter: textFormatter{w: w, opts: opts}, titles: ruleTitles(opts.Rules)}
	r = escapedResult(r)
	if r.Err != nil {
		x.printf("%s  %s\n", x.paint(ansiRed+ansiBold, "ERROR"), errorLine(r.File, r.Err))
		return x.err
	}
	x.printf("%s  %s\n\n", x.paint(ansiBold, r.File), x.paint(ansiDim, fmt.Sprintf("(%s: %s)", r.Kind, tally(r))))
	for _, n := range r.Notes {
		x.printf("Note: %s\n\n", n)
	}
	if k, _ := engine.LookupKind(r.Kind); k.ActsOnFiling {
		x.fixFirst(r)
		x.actions(r)
		x.beforeAfter(r.Before, r.Accessibility)
	} else {
		x.domains(r.Accessibility)
		x.findings(r.Violations)
	}
	return x.err
}

type explainer struct {
	textFormatter
	titles map[string]string
}

func ruleTitles(rules []engine.RuleInfo) map[string]string {
	m := make(map[string]string, len(rules))
	for _, r := range rules {
		m[r.ID] = escapeText(r.Title)
	}
	return m
}

// domains writes the snapshot's table: domain, website, state and why.
func (x *explainer) domains(states []engine.DomainState) {
	x.printf("Domains\n")
	if len(states) == 0 {
		x.printf("  (the snapshot lists no domain)\n\n")
		return
	}
	rows := [][]string{{"DOMAIN", "WEBSITE", "STATE", "WHY"}}
	for _, s := range states {
		rows = append(rows, []string{s.Domain, s.Website, s.State, x.why(s)})
	}
	x.table(rows, 2)
	x.printf("\n")
}

// why explains a state by the titles of the rules behind it.
func (x *explainer) why(s engine.DomainState) string {
	if len(s.Reasons) == 0 {
		if s.State == "accessible" {
			return "filed, served from a provider with active access, nothing at risk"
		}
		return "-"
	}
	parts := make([]string, len(s.Reasons))
	for i, id := range s.Reasons {
		parts[i] = id
		if t := x.titles[id]; t != "" {
			parts[i] += " " + t
		}
	}
	return strings.Join(parts, "; ")
}

func (x *explainer) findings(vs []engine.Violation) {
	if len(vs) == 0 {
		x.printf("No findings.\n")
		return
	}
	x.printf("Findings\n")
	for _, v := range vs {
		x.violation(v)
		if v.Suppressed != nil {
			x.printf("  %s\n", x.paint(ansiDim, "            "+acceptance(v.Suppressed)))
		}
	}
}

// fixFirst opens a plan's report with what to fix first: each denied
// action, in plan order, on one line with the rules that deny it (an
// accepted finding is not one to fix).
func (x *explainer) fixFirst(r engine.Result) {
	denied := make(map[string][]string)
	for _, v := range r.Violations {
		if v.Severity == engine.SeverityDeny && v.Suppressed == nil && !slices.Contains(denied[v.Action], v.Rule) {
			denied[v.Action] = append(denied[v.Action], v.Rule)
		}
	}
	if len(denied) == 0 {
		return
	}
	x.printf("Fix first\n")
	for i, c := range r.Consequences {
		rules := denied[c.Action]
		if len(rules) == 0 {
			continue
		}
		slices.Sort(rules)
		parts := make([]string, len(rules))
		for j, id := range rules {
			parts[j] = strings.TrimSpace(id + " " + x.titles[id])
		}
		x.printf("  %d. %s %s: %s\n", i+1, c.Action, x.paint(ansiDim, c.Type), strings.Join(parts, "; "))
	}
	x.printf("\n")
}

// actions writes each action of a plan with its verdict, the violations
// that name it and what it does (less what a violation already says).
func (x *explainer) actions(r engine.Result) {
	byAction := make(map[string][]engine.Violation)
	for _, v := range r.Violations {
		byAction[v.Action] = append(byAction[v.Action], v)
	}
	x.printf("Actions\n")
	for i, c := range r.Consequences {
		verdict, color := "allowed", ansiGreen
		for _, v := range byAction[c.Action] {
			if v.Suppressed != nil {
				continue
			}
			if v.Severity == engine.SeverityDeny {
				verdict, color = "denied", ansiRed+ansiBold
				break
			}
			verdict, color = "warned", ansiYellow+ansiBold
		}
		x.printf("  %d. %s %s  %s\n", i+1, c.Action, x.paint(ansiDim, c.Type), x.paint(color, verdict))
		if c.TargetAddress != "" {
			x.printf("     served by %s\n", c.TargetAddress)
		}
		for _, v := range byAction[c.Action] {
			x.printf("     %s %s: %s\n", x.paint(severityColor(v.Severity), v.Severity), v.Rule, v.Message)
			if v.Suppressed != nil {
				x.printf("       %s\n", x.paint(ansiDim, acceptance(v.Suppressed)))
			}
		}
		for _, e := range c.Effects {
			if !saidIn(e, byAction[c.Action]) {
				x.printf("     - %s\n", e)
			}
		}
		delete(byAction, c.Action)
	}
	if len(r.Consequences) == 0 {
		x.printf("  (no action)\n")
	}
	// Violations that name no action of the plan (a user's own rules, a
	// Terraform record that made no action).
	heading := false
	for _, v := range r.Violations {
		if _, left := byAction[v.Action]; left {
			if !heading {
				x.printf("\nFindings on no action\n")
				heading = true
			}
			x.violation(v)
		}
	}
	x.printf("\n")
}

// saidIn reports whether a violation's message already says effect word
// for word, whole or after its lead-in ("website shop's access at P is
// cancelled: example.com can no longer be served from P"): the bullet
// would repeat it.
func saidIn(effect string, vs []engine.Violation) bool {
	said := []string{strings.ToLower(effect)}
	if _, tail, ok := strings.Cut(effect, ": "); ok && len(tail) >= 30 {
		said = append(said, strings.ToLower(tail))
	}
	for _, v := range vs {
		msg := strings.ToLower(v.Message)
		for _, s := range said {
			if strings.Contains(msg, s) {
				return true
			}
		}
	}
	return false
}

// beforeAfter writes each domain's state before and after the plan.
func (x *explainer) beforeAfter(before, after []engine.DomainState) {
	x.printf("Domains, before -> after the plan\n")
	type key struct{ website, domain string }
	was := make(map[key]string, len(before))
	for _, s := range before {
		was[key{s.Website, s.Domain}] = s.State
	}
	var rows [][]string
	seen := make(map[key]bool)
	for _, s := range after {
		k := key{s.Website, s.Domain}
		seen[k] = true
		from := beforeState(s)
		if from == "" {
			from = nonEmpty(was[k], "(new)")
		}
		var why []string
		if way := detourText(s); way != "" {
			why = append(why, "("+way+")")
		}
		if len(s.Reasons) > 0 {
			why = append(why, "("+strings.Join(s.Reasons, ", ")+")")
		}
		rows = append(rows, []string{s.Domain, from, "->", s.State, strings.Join(why, " ")})
	}
	for _, s := range before {
		if !seen[key{s.Website, s.Domain}] {
			rows = append(rows, []string{s.Domain, s.State, "->", "(gone)", ""})
		}
	}
	if len(rows) == 0 {
		x.printf("  (no domain)\n")
		return
	}
	x.table(rows, 1, 3)
}

// table writes aligned columns; the stateCols are coloured by state.
func (x *explainer) table(rows [][]string, stateCols ...int) {
	widths := make([]int, len(rows[0]))
	for _, row := range rows {
		for i, cell := range row {
			widths[i] = max(widths[i], len(cell))
		}
	}
	for _, row := range rows {
		var b strings.Builder
		b.WriteString("  ")
		for i, cell := range row {
			padded := cell
			if i < len(row)-1 {
				padded = fmt.Sprintf("%-*s  ", widths[i], cell)
			}
			if color := stateColors[cell]; color != "" && slices.Contains(stateCols, i) {
				padded = x.paint(color, cell) + padded[len(cell):]
			}
			b.WriteString(padded)
		}
		x.printf("%s\n", strings.TrimRight(b.String(), " "))
	}
}

func severityColor(severity string) string {
	if severity == engine.SeverityDeny {
		return ansiRed
	}
	return ansiYellow
}
