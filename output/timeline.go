package output

import (
	"fmt"
	"strings"

	"github.com/icpcheck/icpcheck/engine"
)

// detours are the runs of a plan's domain between its first and its last:
// the states it passed through on the way, which "before -> after" alone
// would hide (product.md, "A plan's accessibility over time").
func detours(d engine.DomainState) []engine.StateRun {
	if len(d.Timeline) < 3 {
		return nil
	}
	return d.Timeline[1 : len(d.Timeline)-1]
}

// detourText says where a domain was on the way, as
// "blocked at step 2: dns; ICP101", runs joined by ", then "; "" when it
// went straight from its first state to its last.
func detourText(d engine.DomainState) string {
	runs := detours(d)
	parts := make([]string, 0, len(runs))
	for _, r := range runs {
		parts = append(parts, runText(r))
	}
	return strings.Join(parts, ", then ")
}

// runText: "blocked at step 2: dns; ICP101" or "at_risk at steps 2-3: a, b".
func runText(r engine.StateRun) string {
	steps := fmt.Sprintf("step %d", r.From)
	if r.To > r.From {
		steps = fmt.Sprintf("steps %d-%d", r.From, r.To)
	}
	s := fmt.Sprintf("%s at %s", r.State, steps)
	if len(r.Actions) > 0 {
		s += ": " + strings.Join(r.Actions, ", ")
	}
	if len(r.Reasons) > 0 {
		s += "; " + strings.Join(r.Reasons, ", ")
	}
	return s
}

// beforeState is a plan's domain's state before the first action, "(new)"
// for a domain that the plan files; "" for a snapshot's.
func beforeState(d engine.DomainState) string {
	switch {
	case d.Before == nil:
		return ""
	case *d.Before == "":
		return "(new)"
	}
	return *d.Before
}
