# METADATA
# title: Plan simulation
# description: |
#   What a deployment plan does to a filing (docs/model.md, "What a plan means").
#   state(s, plan, i) is the snapshot s with the plan's actions 0..i-1
#   applied: a snapshot-shaped object that every other lib helper takes.
#   Rego has no recursion, so each part of a state is derived directly from
#   the actions before i, the latest effect before i winning: effects(s, plan)
#   lists every effect once, with the index of the action that has it, and
#   apply(s, plan, fx, i) keeps those before i. A denied action is applied all
#   the same; only a withdrawal that the world refuses changes nothing.
package icp.lib.plan

import data.icp.lib.orders

# actions(plan): the plan's actions ([] when it has none).
actions(plan) := object.get(plan, "actions", [])

# provider(plan, a): the provider action a is taken at: its own, else the
# plan's ("" when neither names one).
provider(plan, a) := object.get(a, "provider", object.get(plan, "provider", ""))

# order_types: the order type that each submitting action type submits.
order_types := {
	"submit_transfer": "transfer",
	"add_website": "add_website",
	"change_subject": "change",
	"change_website": "change",
}

# submits(a): action a submits an order (submit_transfer, add_website,
# change_subject, change_website).
submits(a) if order_types[a.type]

# submitted(s, plan, j): the order that action j submits: id the action's id,
# at the action's provider, status provider_review, submitted at s.as_of,
# covering the transfer's websites, the added website, or the changed website
# (a change of the subject covers every website).
submitted(s, plan, j) := object.union(
	{
		"id": a.id,
		"type": order_types[a.type],
		"provider": provider(plan, a),
		"status": "provider_review",
		"submitted_at": s.as_of,
	},
	order_websites(a),
) if {
	a := plan.actions[j]
}

order_websites(a) := {"websites": a.websites} if {
	a.type == "submit_transfer"
} else := {"websites": [a.website.id]} if {
	a.type == "add_website"
} else := {"websites": [a.website]} if {
	a.type == "change_website"
} else := {}

# target(a): the order id that an await_approval, withdraw_order or
# abandon_order names (its order, or for await_approval its action: an
# action's order has the action's id).
target(a) := a.order if {
	a.type in {"await_approval", "withdraw_order", "abandon_order"}
	is_string(a.order)
} else := a.action if {
	a.type == "await_approval"
}

# snapshot_order(s, id): the (first) order of s with that id.
snapshot_order(s, id) := [o | some o in object.get(s, "orders", []); o.id == id][0]

# submitter(plan, id): the index of the (first) action with that id that
# submits an order.
submitter(plan, id) := [j | some j, a in actions(plan); a.id == id; submits(a)][0]

# base(s, plan, id): order id as the snapshot has it or as its action submits
# it, before any approval.
base(s, plan, id) := o if {
	o := snapshot_order(s, id)
} else := submitted(s, plan, submitter(plan, id))

# known_at(s, plan, id, i): order id is in the snapshot, or an action before
# i submitted it.
known_at(s, _, id, _) if snapshot_order(s, id)

known_at(s, plan, id, i) if {
	not snapshot_order(s, id)
	submitter(plan, id) < i
}

removals := {"withdraw_order", "abandon_order"}

# refused(s, plan, id, k): the world refuses to withdraw or abandon order id
# at action k: a cancel_number order, or a cancel_access order in
# administration_review (ICP505).
refused(s, plan, id, _) if base(s, plan, id).type == "cancel_number"

refused(s, plan, id, k) if {
	o := base(s, plan, id)
	o.type == "cancel_access"
	o.status == "administration_review"
	not awaited_before(plan, id, k)
}

awaited_before(plan, id, k) if {
	some j, a in actions(plan)
	j < k
	a.type == "await_approval"
	target(a) == id
}

# removal_indexes(s, plan): {order id: k}, k the index of the first action
# that removes the order (a withdrawal or abandonment of an order known at
# that point that the world accepts). An order is removed from state(i) on
# when k < i. Only the ids that some removal names are looked at (for an id
# that neither the snapshot's orders nor a submitting action has, known_at
# never holds).
removal_indexes(s, plan) := {id: min(ks) |
	removing := [[k, t] | some k, a in actions(plan); a.type in removals; t := target(a)]
	some [_, id] in removing
	ks := {k |
		some [k, t] in removing
		t == id
		known_at(s, plan, id, k)
		not refused(s, plan, id, k)
	}
	count(ks) > 0
}

# removed_by(fx, id, i): the index of the action before i that removed order
# id, from the effects fx (undefined when it is not removed before i).
removed_by(fx, id, i) := k if {
	k := fx.removals[id]
	k < i
}

# exists_in(s, plan, removed, id, i): order id is in state(i): known and not
# removed before i (removed: the removal indexes).
exists_in(s, plan, removed, id, i) if {
	known_at(s, plan, id, i)
	not object.get(removed, id, i) < i
}

# approval_indexes(s, plan, removed): {order id: j}, j the index of the
# await_approval that approves the order: the first one that names it while
# it exists, if it is open (a closed snapshot order is not approved by
# waiting; an approved one already is). Only the ids that some await names
# are looked at (base is defined only for the ids of the snapshot's orders
# and of the submitting actions).
approval_indexes(s, plan, removed) := {id: min(js) |
	awaits := [[j, t] | some j, a in actions(plan); a.type == "await_approval"; t := target(a)]
	some [_, id] in awaits
	orders.is_open(base(s, plan, id))
	js := {j |
		some [j, t] in awaits
		t == id
		exists_in(s, plan, removed, id, j)
	}
	count(js) > 0
}

# effects(s, plan): every effect of the plan, each with the index j of the
# action that has it:
#   removals:  {order id: j} (a withdrawal or abandonment)
#   approvals: {order id: j}
#   access:    [j, website id, provider, "active" | "cancelled"]
#   access_by: {website id: {provider: [[j, status], ...]}} (the same)
#   status:    [j, "subject", ""] or [j, "website", website id] (deregistered)
#   hosting:   [j, domain, hosting entry]
#   changes:   [j, "subject" | website id, set] (an approved change)
#   added:     [j, m, website] (add_website action m approved at j)
# and, so that apply looks them up rather than scanning for them in each
# state, the same grouped:
#   orders:               [[j, order], ...]: the snapshot's orders (j = -1)
#                         and those that action j submits, in that order
#   subject_deregistered: {j} of the subject's status effects
#   website_deregistered: {website id: {j}} of the websites' status effects
#   changes_by:           {"subject" | website id: [[j, set], ...]}
#   points_by:            {domain: [[j, hosting entry], ...]}, j ascending
#   first_entry:          {domain: index of its first snapshot hosting entry}
#   added_by_action:      [m, j, website] (the added, by action)
#   website_events:       {website id: {j}}: the indexes of the effects on
#                         the website (changes, deregistration, access, and
#                         the subject's deregistration) for the websites that
#                         have some besides the subject's
effects(s, plan) := {
	"removals": removed,
	"approvals": approvals,
	"access": access,
	"access_by": access_by,
	"status": status,
	"hosting": hosting,
	"changes": changes,
	"added": added,
	"orders": array.concat(
		[[-1, o] | some o in object.get(s, "orders", [])],
		[[j, submitted(s, plan, j)] | some j, a in actions(plan); submits(a)],
	),
	"subject_deregistered": subject_deregistered,
	"website_deregistered": website_deregistered,
	"changes_by": changes_by,
	"points_by": {d: [[e[0], e[2]] | some e in hosting; e[1] == d] | some e in hosting; d := e[1]},
	"first_entry": {d: [k | some k, h in s.hosting; h.domain == d][0] |
		some h in object.get(s, "hosting", [])
		d := h.domain
	},
	"added_by_action": {[e[1], e[0], e[2]] | some e in added},
	"website_events": {wid: events |
		some wid in ((object.keys(changes_by) | object.keys(website_deregistered)) | object.keys(access_by))
		changed := {j | some [j, _] in object.get(changes_by, [wid], [])}
		deregistered := object.get(website_deregistered, [wid], set())
		accessed := {j | some on in object.get(access_by, [wid], {}); some [j, _] in on}
		events := ((changed | deregistered) | accessed) | subject_deregistered
	},
} if {
	removed := removal_indexes(s, plan)
	approvals := approval_indexes(s, plan, removed)
	access := access_effects(s, plan, approvals)
	access_by := {wid: {p: [[e[0], e[3]] | some e in access; e[1] == wid; e[2] == p] |
		some p in {e[2] | some e in access; e[1] == wid}
	} |
		some wid in {e[1] | some e in access}
	}
	status := status_effects(s, plan, approvals)
	subject_deregistered := {e[0] | some e in status; e[1] == "subject"}
	website_deregistered := {wid: {e[0] | some e in status; e[1] == "website"; e[2] == wid} |
		some e in status
		e[1] == "website"
		wid := e[2]
	}
	hosting := hosting_effects(plan)
	changes := change_effects(s, plan, approvals)
	changes_by := {t: [[e[0], e[2]] | some e in changes; e[1] == t] | some e in changes; t := e[1]}
	added := added_effects(s, plan, approvals)
}

access_effects(s, plan, approvals) := {[j, wid, o.provider, st] |
	some id, j in approvals
	o := base(s, plan, id)
	st := {"transfer": "active", "add_website": "active", "cancel_access": "cancelled"}[o.type]
	some wid in orders.covered(s, o)
} | {[j, wid, provider(plan, a), "cancelled"] |
	some j, a in actions(plan)
	a.type == "cancel_access"
	some wid in a.websites
}

status_effects(s, plan, approvals) := (({[j, "subject", ""] |
	some j, a in actions(plan)
	a.type == "cancel_number"
	a.scope == "subject"
} | {[j, "website", a.website] |
	some j, a in actions(plan)
	a.type == "cancel_number"
	a.scope == "website"
}) | {[j, "subject", ""] |
	some id, j in approvals
	o := base(s, plan, id)
	o.type == "cancel_number"
	o.scope == "subject"
}) | {[j, "website", wid] |
	some id, j in approvals
	o := base(s, plan, id)
	o.type == "cancel_number"
	some wid in orders.covered(s, o)
}

hosting_effects(plan) := {[j, a.domain, object.union(
	{"domain": a.domain, "provider": provider(plan, a), "mainland": a.mainland},
	object.filter(a, {"resource"}),
)] |
	some j, a in actions(plan)
	a.type == "point_domain"
} | {[j, a.domain, null] |
	# unpoint_domain removes the domain's hosting entry: null until a later
	# point_domain gives it one again.
	some j, a in actions(plan)
	a.type == "unpoint_domain"
}

change_effects(s, plan, approvals) := {[j, change_target(a), a.set] |
	some id, j in approvals
	not snapshot_order(s, id)
	a := plan.actions[submitter(plan, id)]
	a.type in {"change_subject", "change_website"}
}

change_target(a) := "subject" if {
	a.type == "change_subject"
} else := a.website

added_effects(s, plan, approvals) := {[j, m, added_website(s, plan, m)] |
	some id, j in approvals
	not snapshot_order(s, id)
	m := submitter(plan, id)
	plan.actions[m].type == "add_website"
}

# added_website(s, plan, m): the website that add_website action m adds, once
# approved: active, with an ICP number (its own, or, for a website without
# one, the number the administration issues: the subject's number followed
# by the next free -N, in the order of the plan's add_website actions).
added_website(s, plan, m) := object.union(w, {"status": "active", "access": []}) if {
	w := plan.actions[m].website
	numbered(w)
} else := object.union(w, object.union({"status": "active", "access": []}, issued_number(s, plan, m))) if {
	w := plan.actions[m].website
}

issued_number(s, plan, m) := {"icp_number": sprintf("%s-%d", [s.subject.icp_number, highest + rank])} if {
	is_string(s.subject.icp_number)
	s.subject.icp_number != ""
	prefix := concat("", [s.subject.icp_number, "-"])
	highest := max({0} | {to_number(n) |
		some w in s.websites
		startswith(w.icp_number, prefix)
		n := trim_prefix(w.icp_number, prefix)
		regex.match(`^[1-9][0-9]*$`, n)
	})
	rank := count({k |
		some k, a in actions(plan)
		k <= m
		a.type == "add_website"
		not numbered(a.website)
	})
} else := {}

# numbered(w): website object w gives an ICP number.
numbered(w) if {
	is_string(w.icp_number)
	w.icp_number != ""
}

# state(s, plan, i): the snapshot with actions 0..i-1 applied.
state(s, plan, i) := apply(s, plan, effects(s, plan), i)

# states(s, plan): [state(0), ..., state(n)] for a plan of n actions;
# states(s, plan)[n] is the plan's outcome.
states(s, plan) := [apply(s, plan, fx, i) | some i in numbers.range(0, count(actions(plan)))] if {
	fx := effects(s, plan)
}

# outcome(s, plan): the state after the plan's last action.
outcome(s, plan) := state(s, plan, count(actions(plan)))

# apply(s, plan, fx, i): s with the effects fx of the actions before i.
#
# A website is the same in every state between two effects on it, so it is
# computed for the first of them (since): the function cache hands the
# others the same value. (Its events are those of its id: a change never
# sets a website's id, which the plan schema's website_set does not have.)
apply(s, plan, fx, i) := object.union(s, {
	"subject": subject_at(s, fx, i),
	"websites": array.concat(
		[website_at(s, fx, w, since(website_events(fx, w.id), i)) | some w in s.websites],
		[website_at(s, fx, w, since(website_events(fx, w.id), i)) | some w in added_at(fx, i)],
	),
	"hosting": hosting_at(s, fx, i),
	"orders": orders_at(s, plan, fx, i),
})

# website_events(fx, wid): the indexes of the effects on website wid that
# website_at compares with i.
website_events(fx, wid) := object.get(fx.website_events, [wid], fx.subject_deregistered)

# since(events, i): the first index from which the same events (indexes) as
# before i have happened: the index after the last event before i, or 0.
since(events, i) := max({j | some j in events; j < i} | {-1}) + 1

# subject_at(s, fx, i): the subject record with approved changes and
# deregistration (the snapshot's own while neither has happened).
subject_at(s, fx, i) := s.subject if {
	is_object(s.subject)
	not changed_before(fx, "subject", i)
	not subject_deregistered(s, fx, i)
} else := object.union(
	object.union(s.subject, patch(fx, "subject", i)),
	subject_status(s, fx, i),
)

# changed_before(fx, target, i): an approved change before i sets fields of
# the subject (target "subject") or a website (its id).
changed_before(fx, target, i) if {
	some [j, _] in fx.changes_by[target]
	j < i
}

subject_status(s, fx, i) := {"status": "deregistered"} if {
	subject_deregistered(s, fx, i)
} else := {}

# subject_deregistered(s, fx, i): a cancel_number of the subject (an action or
# an approved order) comes before i.
subject_deregistered(_, fx, i) if {
	some j in fx.subject_deregistered
	j < i
}

# patch(fx, target, i): the fields that approved changes before i set on the
# subject (target "subject") or a website (its id), the latest approval
# winning for each field.
patch(fx, target, i) := {f: v |
	sets := [x | some x in object.get(fx.changes_by, [target], []); x[0] < i]
	some [j, st] in sets
	some f, v in st
	not set_later(sets, j, f)
}

set_later(sets, j, f) if {
	some [k, st] in sets
	k > j
	st[f]
}

# added_at(fx, i): the websites that add_website actions add, approved
# before i, in the order of the actions.
added_at(fx, i) := [w | some [_, j, w] in fx.added_by_action; j < i]

# website_at(s, fx, w, i): website w with approved changes, deregistration
# and access as they stand before action i (its own record and status while
# no change and no deregistration has happened).
website_at(s, fx, w, i) := object.union(w, {"status": w.status, "access": access_at(fx, w, i)}) if {
	not changed_before(fx, w.id, i)
	not deregistered_at(s, fx, w.id, i)
} else := object.union(changed, {
	"status": website_status(s, fx, changed, i),
	"access": access_at(fx, changed, i),
}) if {
	changed := object.union(w, patch(fx, w.id, i))
}

website_status(s, fx, w, i) := "deregistered" if {
	deregistered_at(s, fx, w.id, i)
} else := w.status

# deregistered_at(s, fx, wid, i): website wid is deregistered in state(i)
# by the plan (with the subject, or alone).
deregistered_at(s, fx, _, i) if subject_deregistered(s, fx, i)

deregistered_at(_, fx, wid, i) if {
	some j in object.get(fx.website_deregistered, [wid], set())
	j < i
}

# access_at(fx, w, i): website w's access entries with the latest effect
# before i on each, then the providers that only effects name (sorted). A
# website that no effect touches keeps its entries (those that name a
# provider, as the latest effect of each is looked up by it). The latest of
# a provider's effects (which come in the order of their actions) is the
# last one merged: object.union_n of none is {}.
access_at(fx, w, i) := [e | some e in object.get(w, "access", []); is_object(e); _ = e.provider] if {
	not fx.access_by[w.id]
} else := array.concat(
	[object.union(e, object.union_n([{"status": x[1]} | some x in object.get(by, [e.provider], []); x[0] < i])) |
		some e in entries
	],
	[{"provider": p, "status": st} | some p, st in unrecorded],
) if {
	by := fx.access_by[w.id]
	entries := object.get(w, "access", [])
	recorded := {e.provider | some e in entries}
	unrecorded := {p: on[count(on) - 1][1] |
		some p, effects in by
		not p in recorded
		on := [x | some x in effects; x[0] < i]
		count(on) > 0
	}
}

# hosting_at(s, fx, i): the snapshot's hosting with each domain that an
# action before i points replaced by the latest entry for it (in the place
# of its first entry), then the entries of domains the snapshot does not
# serve, in the order they were first pointed. Before the first
# point_domain, the snapshot's hosting.
hosting_at(s, fx, i) := [h | some h in object.get(s, "hosting", [])] if {
	not pointed_before(fx, i)
} else := array.concat(
	[e | some k, h in object.get(s, "hosting", []); e := kept(fx, k, h, i); e != null],
	[e | some [_, d] in sort(new_domains); e := latest_point(fx, d, i); e != null],
) if {
	new_domains := {[first, d] |
		some d, on in fx.points_by
		not fx.first_entry[d]
		first := on[0][0]
		first < i
	}
}

pointed_before(fx, i) if {
	some e in fx.hosting
	e[0] < i
}

kept(fx, k, h, i) := h if {
	not latest_point(fx, h.domain, i)
} else := latest_point(fx, h.domain, i) if {
	k == fx.first_entry[h.domain]
}

# latest_point(fx, d, i): the hosting entry of the latest point_domain of d
# before i (the entries of d come in the order of their actions).
latest_point(fx, d, i) := on[count(on) - 1][1] if {
	on := [x | some x in fx.points_by[d]; x[0] < i]
	count(on) > 0
}

# orders_at(s, plan, fx, i): the snapshot's orders and those that actions
# before i submitted, without the removed ones, approved where awaited
# before i. (Each is known at i: exists_in reduces to not removed.)
orders_at(_, _, fx, i) := [object.union(o, order_status(fx, o, i)) |
	some [j, o] in fx.orders
	j < i
	id := o.id
	not object.get(fx.removals, id, i) < i
]

order_status(fx, o, i) := {"status": "approved"} if {
	fx.approvals[o.id] < i
} else := {}

# awaited(s, plan, fx, j): [order id, base order] that await_approval action
# j approves, given the effects fx (undefined when it approves nothing).
awaited(s, plan, fx, j) := [id, base(s, plan, id)] if {
	id := target(plan.actions[j])
	fx.approvals[id] == j
}

# removed(plan, fx, k): the order id that withdraw_order or abandon_order
# action k removes, given the effects fx (undefined when it removes nothing).
removed(plan, fx, k) := id if {
	id := target(plan.actions[k])
	fx.removals[id] == k
}

# known_website(s, plan, wid, i): website wid is in the snapshot, or an
# add_website action before i adds it (approved or not).
known_website(s, _, wid, _) if {
	some w in s.websites
	w.id == wid
}

known_website(_, plan, wid, i) if {
	some j, a in actions(plan)
	j < i
	a.type == "add_website"
	a.website.id == wid
}

# deregistrations(s, plan): [j, website id, acknowledged] for each website
# that cancel_number action j deregisters (scope subject: every website of
# state(j) not already deregistered; scope website: that one).
deregistrations(s, plan) := {[j, w.id, ack] |
	fx := effects(s, plan)
	some j, a in actions(plan)
	a.type == "cancel_number"
	a.scope == "subject"
	ack := object.get(a, "acknowledge_irreversible", false)
	some w in apply(s, plan, fx, j).websites
	w.status != "deregistered"
} | {[j, a.website, ack] |
	some j, a in actions(plan)
	a.type == "cancel_number"
	a.scope == "website"
	ack := object.get(a, "acknowledge_irreversible", false)
}
