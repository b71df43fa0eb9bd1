package output

import (
	"fmt"
	"strings"

	"github.com/icpcheck/icpcheck/engine"
)

// mermaidTimeline draws a plan's domains by steps as a Mermaid flowchart,
// which GitHub renders in pull-request comments and job summaries: one row
// per domain, one box per run of steps in one state, coloured by state, so
// that a reviewer sees at a glance when a site is down. Every label is
// text that documents control, so it is escaped for Mermaid.
func mermaidTimeline(states []engine.DomainState) string {
	var b strings.Builder
	b.WriteString("```mermaid\nflowchart LR\n")
	for i, s := range states {
		fmt.Fprintf(&b, "  subgraph d%d[\"%s (%s)\"]\n    direction LR\n", i, mermaidText(s.Domain), mermaidText(s.Website))
		for j, r := range s.Timeline {
			fmt.Fprintf(&b, "    d%dr%d[\"%s\"]:::%s\n", i, j, mermaidText(mermaidRun(r)), mermaidClass(r.State))
		}
		for j := 1; j < len(s.Timeline); j++ {
			fmt.Fprintf(&b, "    d%dr%d --> d%dr%d\n", i, j-1, i, j)
		}
		b.WriteString("  end\n")
	}
	for _, state := range []string{"inaccessible", "blocked", "not_served", "at_risk", "accessible"} {
		fmt.Fprintf(&b, "  classDef %s %s\n", state, mermaidStyles[state])
	}
	b.WriteString("```\n\n")
	return b.String()
}

// mermaidStyles colour the boxes as the text output colours the states.
var mermaidStyles = map[string]string{
	"inaccessible": "fill:#d73a49,color:#fff",
	"blocked":      "fill:#f97583,color:#000",
	"not_served":   "fill:#d1d5da,color:#000",
	"at_risk":      "fill:#ffd33d,color:#000",
	"accessible":   "fill:#85e89d,color:#000",
}

// mermaidClass is a state's class; an unknown state (a user's policy) gets
// the not_served grey.
func mermaidClass(state string) string {
	if _, ok := mermaidStyles[state]; ok {
		return state
	}
	return "not_served"
}

// mermaidRun labels a box: "step 2: blocked (ICP101) · dns".
func mermaidRun(r engine.StateRun) string {
	steps := fmt.Sprintf("step %d", r.From)
	if r.To > r.From {
		steps = fmt.Sprintf("steps %d-%d", r.From, r.To)
	}
	label := steps + ": " + r.State
	if len(r.Reasons) > 0 {
		label += " (" + strings.Join(r.Reasons, ", ") + ")"
	}
	if len(r.Actions) > 0 {
		label += " · " + strings.Join(r.Actions, ", ")
	}
	return label
}

// mermaidText escapes a label: Mermaid reads #name; entities inside a
// quoted label, so quotes, angle brackets, ampersands, # and backticks
// become entities, and a line break a space; GitHub's Mermaid then shows
// them as written.
var mermaidEscaper = strings.NewReplacer(
	"#", "#35;", "\"", "#quot;", "<", "#lt;", ">", "#gt;", "&", "#amp;",
	"`", "#96;", "\r\n", " ", "\n", " ", "\r", " ",
)

func mermaidText(s string) string { return mermaidEscaper.Replace(s) }
