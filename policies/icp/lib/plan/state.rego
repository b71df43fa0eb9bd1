package icp.lib.plan

# state(s, ix, i): the snapshot s with the steps 0..i-1 of the plan
# applied, given its index ix (index(s, plan)).
#
# A website is the same in every state between two effects on it, so it is
# computed for the first of them (since): the function cache hands the
# others the same value. (Its events are those of its id: a change never
# sets a website's id, which the plan schema's website_set does not have.)
state(s, ix, i) := object.union(s, {
	"subject": subject_at(s, ix, i),
	"websites": array.concat(
		[website_at(ix, w, since(website_events(ix, w.id), i)) | some w in object.get(s, "websites", [])],
		[website_at(ix, w, since(website_events(ix, w.id), i)) | some w in added_at(ix, i)],
	),
	"hosting": hosting_at(s, ix, i),
	"orders": orders_at(ix, i),
})

# states(s, plan): [state 0, ..., state n] for a plan of n actions: state 0
# is the snapshot, state s the one after action s; the last is the outcome.
states(s, plan) := [state(s, ix, i) | some i in numbers.range(0, count(actions(plan)))] if {
	ix := index(s, plan)
}

# outcome(s, plan): the state after the plan's last action.
outcome(s, plan) := state(s, index(s, plan), count(actions(plan)))

# website_events(ix, wid): the steps that change website wid.
website_events(ix, wid) := object.get(ix.website_events, [wid], ix.subject_deregistered)

# since(events, i): the first step from which the same events as before i
# have happened: the step after the last event before i, or 0.
since(events, i) := max({j | some j in events; j < i} | {-1}) + 1

# subject_at(s, ix, i): the subject record with approved changes and
# deregistration (the snapshot's own while neither has happened).
subject_at(s, ix, i) := s.subject if {
	not latest(object.get(ix.changes, ["subject"], []), i)
	not subject_deregistered(ix, i)
} else := object.union(
	object.union(s.subject, patch(ix, "subject", i)),
	{"status": "deregistered" | subject_deregistered(ix, i)},
)

# subject_deregistered(ix, i): a cancel_number of the subject comes before i.
subject_deregistered(ix, i) if {
	some j in ix.subject_deregistered
	j < i
}

# patch(ix, target, i): the fields that approved changes before i set on the
# subject (target "subject") or a website (its id), the latest winning for
# each field (changes come by step, so the last one merged wins).
patch(ix, target, i) := object.union_n([c.set | some c in object.get(ix.changes, [target], []); c.step < i])

# added_at(ix, i): the websites that add_website actions add, approved
# before i, in the order of the actions.
added_at(ix, i) := [e.website | some e in ix.added; e.step < i]

# website_at(ix, w, i): website w with approved changes, deregistration and
# access as they stand before step i.
website_at(ix, w, i) := object.union(w, {"access": access_at(ix, w, i)}) if {
	not latest(object.get(ix.changes, [w.id], []), i)
	not deregistered_at(ix, w.id, i)
} else := object.union(changed, {
	"status": website_status(ix, changed, i),
	"access": access_at(ix, changed, i),
}) if {
	changed := object.union(w, patch(ix, w.id, i))
}

website_status(ix, w, i) := "deregistered" if {
	subject_deregistered(ix, i)
} else := "deregistered" if {
	some j in object.get(ix.website_deregistered, [w.id], set())
	j < i
} else := object.get(w, "status", "active")

# deregistered_at(ix, wid, i): website wid is deregistered before step i by
# the plan (with the subject, or alone).
deregistered_at(ix, _, i) if subject_deregistered(ix, i)

deregistered_at(ix, wid, i) if {
	some j in object.get(ix.website_deregistered, [wid], set())
	j < i
}

# access_at(ix, w, i): website w's access entries with the latest effect
# before i on each, then the providers that only effects name (sorted). A
# website that no effect touches keeps its entries (those that name a
# provider).
access_at(ix, w, i) := [e | some e in object.get(w, "access", []); is_object(e); _ = e.provider] if {
	not ix.access[w.id]
} else := array.concat(
	[object.union(e, {"status": x.status | x := latest(object.get(by, [e.provider], []), i)}) |
		some e in entries
		is_object(e)
		_ = e.provider
	],
	[{"provider": p, "status": x.status} |
		some p in sort(object.keys(by) - {e.provider | some e in entries})
		x := latest(by[p], i)
	],
) if {
	by := ix.access[w.id]
	entries := object.get(w, "access", [])
}

# hosting_at(s, ix, i): the snapshot's hosting with each domain that an
# action before i points replaced by the latest entry for it (in the place
# of its first entry) or removed (unpointed), then the entries of domains
# the snapshot does not serve, in the order they were first pointed.
hosting_at(s, ix, i) := object.get(s, "hosting", []) if {
	not ix.first_pointed < i
} else := array.concat(
	[e | some k, h in s.hosting; e := kept(ix, k, h, i)],
	[x.entry |
		some [step, d] in ix.new_domains
		step < i
		x := latest(ix.hosting[d], i)
		x.entry != null
	],
)

# kept(ix, k, h, i): snapshot hosting entry k as it stands before i: itself
# while no action changed its domain, else the latest entry in the place of
# the domain's first entry (none when unpointed). (The first two clauses
# spare the scan of the domain's effects for the entries of every state
# that no action has touched yet: most of them in a long plan.)
kept(ix, k, h, i) := h if {
	not ix.hosting[h.domain]
} else := h if {
	ix.hosting[h.domain][0].step >= i
} else := x.entry if {
	k == ix.first_entry[h.domain]
	x := latest(ix.hosting[h.domain], i)
	x.entry != null
}

# orders_at(ix, i): the snapshot's orders and those that actions before i
# submitted, without the removed ones; approved where awaited before i; a
# transfer that cancellations ended before i covers only the websites left
# (abandoned when none is).
orders_at(ix, i) := [order_at(e, i) |
	some e in ix.orders
	e.step < i
	e.removed >= i
]

# order_at(e, i): the order of index entry e as it stands before step i.
order_at(e, i) := e.order if {
	count(e.endings) == 0
	e.approved >= i
} else := object.union(e.order, {"status": "approved"}) if {
	count(e.endings) == 0
} else := ended_order(e, i, {wid | some wid, k in e.endings; k < i})

# ended_order(e, i, ended): an order that cancellations ended for the
# websites ended: it covers the others, abandoned when none is left.
ended_order(e, i, ended) := e.order if {
	count(ended) == 0
	e.approved >= i
} else := object.union(e.order, {"status": "approved", "websites": sort(e.covers - ended)}) if {
	e.approved < i
} else := object.union(e.order, {"status": "abandoned", "websites": []}) if {
	count(e.covers - ended) == 0
} else := object.union(e.order, {"websites": sort(e.covers - ended)})

# awaited(s, plan, ix, j): [order id, order] that await_approval action j
# approves (undefined when it approves nothing).
awaited(s, plan, ix, j) := [o.id, o] if {
	ref := named(s, plan, j)
	ix.approvals[ref] == j
	o := order_of(s, plan, ref)
}

# removed(s, plan, ix, k): the order id that withdraw_order or abandon_order
# action k removes (undefined when it removes nothing).
removed(s, plan, ix, k) := order_of(s, plan, ref).id if {
	ref := named(s, plan, k)
	ix.removals[ref] == k
}

# removed_before(ix, id, i): the index of the action before i that
# removed an order with that id (undefined when none did).
removed_before(ix, id, i) := min(ks) if {
	ks := {k | some ref, k in ix.removals; k < i; ix.bases[ref].id == id}
	count(ks) > 0
}

# deregistrations(s, ix): [step, website id, acknowledged] for each
# website that a cancel_number step deregisters (scope subject: every
# website of the state it acts on not already deregistered; scope website:
# those it names).
deregistrations(s, ix) := {[c.step, w.id, c.acknowledged] |
	some c in ix.cancel_number
	c.scope == "subject"
	some w in state(s, ix, c.step).websites
	w.status != "deregistered"
} | {[c.step, wid, c.acknowledged] |
	some c in ix.cancel_number
	c.scope == "website"
	some wid in c.websites
}
