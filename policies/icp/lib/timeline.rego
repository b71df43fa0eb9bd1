# METADATA
# title: Accessibility over a plan's steps
# description: |
#   A plan's accessibility entries with their timeline (product.md, "A plan's
#   accessibility over time"), from what each step's accessibility report
#   changes: step 0 the snapshot, step s the state after action s.
package icp.lib.timeline

import data.icp.lib.index

# _severity: the states in the order of docs/rules.md's accessibility table, inaccessible worst.
_severity := {"inaccessible": 0, "blocked": 1, "not_served": 2, "at_risk": 3, "accessible": 4}

# from_changes(final, changes, action_ids): the entries of the last step's
# report (final), each with
#   before:   its state at step 0 ("" for a domain that did not exist then)
#   worst:    the worst state over the steps where it exists
#   timeline: [{"from", "to", "state", "reasons", "actions"}], the runs of
#             consecutive steps with the same state and reasons, actions
#             the ids of the actions of their steps (step 0 has none),
# from, for each step s, changes[s]: the
# entries that step s judged again, {[website, domain]: [state, reasons], or
# null where the domain no longer exists} (step 0 and the last step: every
# entry). An entry that a step does not name keeps its value from the step
# before (data.icp.lib.steps), so a domain's runs are read from the steps
# that name it: the steps judged whole, and the others' entries grouped by
# key once (rather than every step looked up for every entry).
from_changes(final, changes, action_ids) := [object.union(e, {
	"before": _before_of(events),
	"worst": _worst_of(events),
	"timeline": _change_runs(events, count(changes) - 1, action_ids),
}) |
	named := index.group([[k, [s, x]] | some s, ch in changes; ch.lacking == false; some k, x in ch.entries])
	wholes := [s | some s, ch in changes; ch.lacking == null]
	some e in final
	key := [e.website, e.domain]
	events := sort(object.get(named, [key], set()) | _whole_events(changes, wholes, key))
]

# _whole_events(changes, wholes, key): [step, value] of key at each step
# judged whole (null where the domain does not exist then).
_whole_events(changes, wholes, key) := {[s, object.get(changes[s].entries, [key], null)] | some s in wholes}

_before_of(events) := events[0][1][0] if {
	events[0][0] == 0
	events[0][1] != null
} else := ""

_worst_of(events) := [st | some st, rank in _severity; rank == least][0] if {
	least := min({_severity[x[0]] | some [_, x] in events; x != null})
}

# _change_runs(events, last, action_ids): a run starts at a step that names a
# value different from the step before's (null: the domain did not exist),
# and lasts until the next step that names another value.
_change_runs(events, last, action_ids) := [{
	"from": from,
	"to": to,
	"state": x[0],
	"reasons": x[1],
	"actions": [action_ids[s - 1] | some s in numbers.range(from, to); s > 0],
} |
	some i, [from, x] in events
	x != null
	_run_starts(events, i, x)
	to := _run_to(events, i, x, last)
]

_run_starts(_, 0, _)

_run_starts(events, i, x) if {
	i > 0
	events[i - 1][1] != x
}

_run_to(events, i, x, last) := events[j][0] - 1 if {
	j := min({k | some k, [_, y] in events; k > i; y != x})
} else := last
