package icp.lib.plan

# changed(plan, ix, j): what action j changes, read from its effects rather
# than by comparing the state it acts on (prev: state(s, ix, j)) with the
# one it leaves (st: state(s, ix, j + 1)), which costs the size of both. In
# the form of data.icp.lib.steps' difference of two states, and a superset
# of it (an effect that sets what was already there counts as a change):
#   websites: {"id"} of each website the action changes (approves a change,
#             deregisters, gives or cancels access) or adds;
#   hosting:  {"domain"} of the domain the action points or unpoints;
#   orders:   each order the action submits, removes, approves or ends, as
#             it stands in prev and in st.
# The other fields (the subject, actual, as_of) are compared as they stand.
changed(plan, ix, j) := {
	"websites": [{"id": wid} | some wid in _changed_websites(ix, j)],
	"hosting": [{"domain": a.domain} |
		a := actions(plan)[j]
		a.type in {"point_domain", "unpoint_domain"}
	],
	"orders": array.concat(
		[order_at(e, j) | some e in _changed_orders(ix, j); e.step < j; e.removed >= j],
		[order_at(e, j + 1) | some e in _changed_orders(ix, j); e.step < j + 1; e.removed >= j + 1],
	),
}

# _changed_websites(ix, j): the ids of the websites that step j changes or
# adds.
_changed_websites(ix, j) := {wid | some wid, events in ix.website_events; j in events} | {e.website.id |
	some e in ix.added
	e.step == j
}

# _changed_orders(ix, j): the index entries of the orders that step j
# submits, removes, approves or ends (for some website).
_changed_orders(ix, j) := [e |
	some e in ix.orders
	j in ({e.step, e.removed, e.approved} | {k | some k in e.endings})
]
