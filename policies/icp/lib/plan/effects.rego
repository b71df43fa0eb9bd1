package icp.lib.plan

import data.icp.lib.orders

# names: [{"step", "type", "ref"}], the reference that each await,
# withdrawal and abandonment names (names(s, plan) in index.rego); bases:
# {reference: order} for those and the transfers (order_of), so that
# neither is looked up again per use.

# removals(names, bases): {reference: k}, k the index of the first withdrawal or
# abandonment of the order that the world accepts (a cancel_number order, or
# a cancel_access order in administration_review that no earlier await
# approved, stays: ICP505). The order is gone from state(i) on when k < i.
removals(names, bases) := {ref: min(ks) |
	some ref in {x.ref | some x in names; x.type in removal_types}
	ks := {x.step |
		some x in names
		x.type in removal_types
		x.ref == ref
		not refused(names, bases[ref], ref, x.step)
	}
	count(ks) > 0
}

refused(_, o, _, _) if o.type == "cancel_number"

refused(names, o, ref, k) if {
	o.type == "cancel_access"
	o.status == "administration_review"
	not awaited_before(names, ref, k)
}

awaited_before(names, ref, k) if {
	some x in names
	x.step < k
	x.type == "await_approval"
	x.ref == ref
}

# awaits(names, bases, removed): {reference: j}, j the index of the first
# await_approval that names the order while it exists, if it is open (a
# closed snapshot order is not approved by waiting; an approved one already
# is). A transfer that a cancellation ended before j is not approved by it
# (approvals, in index.rego, leaves those out).
awaits(names, bases, removed) := {ref: min(js) |
	some ref in {x.ref | some x in names; x.type == "await_approval"}
	orders.is_open(bases[ref])
	js := {x.step |
		some x in names
		x.type == "await_approval"
		x.ref == ref
		not step_before(removed, ref, x.step)
	}
	count(js) > 0
}

# cancel_access_steps(plan, bases, covered, awaited): every step that cancels access:
# {"step", "provider", "websites" (a set), "order" (the awaited snapshot
# order's id, "" for a cancel_access action)}: each cancel_access action,
# and each await that approves a cancel_access order of the snapshot, which
# is judged as a cancel_access at that step.
cancel_access_steps(plan, bases, covered, awaited) := array.concat(
	[{"step": j, "provider": provider(plan, a), "websites": {wid | some wid in a.websites}, "order": ""} |
		some j, a in actions(plan)
		a.type == "cancel_access"
	],
	[{"step": j, "provider": o.provider, "websites": covered[ref], "order": o.id} |
		some ref, j in awaited
		o := bases[ref]
		o.type == "cancel_access"
	],
)

# cancel_number_steps(plan, bases, covered, awaited): every step that deregisters:
# {"step", "scope" (subject or website), "websites" (a set, for scope
# website), "acknowledged", "provider", "order"}: each cancel_number action (acknowledged
# or not), and each await that approves a cancel_number order of the
# snapshot, judged as an acknowledged cancel_number.
cancel_number_steps(plan, bases, covered, awaited) := array.concat(
	[{
		"step": j,
		"scope": a.scope,
		"websites": {wid | a.scope == "website"; wid := a.website},
		"acknowledged": object.get(a, "acknowledge_irreversible", false) == true,
		"provider": provider(plan, a),
		"order": "",
	} |
		some j, a in actions(plan)
		a.type == "cancel_number"
	],
	[{
		"step": j,
		"scope": scope,
		"websites": {wid | scope == "website"; some wid in covered[ref]},
		"acknowledged": true,
		"provider": o.provider,
		"order": o.id,
	} |
		some ref, j in awaited
		o := bases[ref]
		o.type == "cancel_number"
		scope := object.get(o, "scope", "subject")
	],
)

# endings(bases, covered, awaited, removed, cancels): {reference: {website id: j}}:
# a cancel_access at step j at provider P ends every open transfer to P for
# the websites it names (docs/model.md): the first such step for each website
# that the transfer covers, while it exists and is not yet approved.
endings(_, _, _, _, []) := {}

endings(bases, covered, awaited, removed, cancels) := {ref: ended |
	count(cancels) > 0
	some ref, o in bases
	o.type == "transfer"
	orders.is_open(o)
	from := submitted_step(ref)
	ended := {wid: min(js) |
		some wid in covered[ref]
		js := {c.step |
			some c in cancels
			c.provider == o.provider
			wid in c.websites
			from < c.step
			not step_before(awaited, ref, c.step)
			not step_before(removed, ref, c.step)
		}
		count(js) > 0
	}
	count(ended) > 0
}

transfer_references(s, plan) := {{"order": k} | some k, o in object.get(s, "orders", []); o.type == "transfer"} | {{"action": m} |
	some m, a in actions(plan)
	a.type == "submit_transfer"
}

# ended_before(endings, ref, j): the websites whose transfer ref a
# cancellation ended before step j.
ended_before(endings, ref, j) := {wid | some wid, k in endings[ref]; k < j}

# approved_websites(covered, endings, ref, j): the websites that the approval
# of order ref at step j covers: those it covers, less those whose transfer
# a cancellation ended before.
approved_websites(covered, endings, ref, j) := covered[ref] - ended_before(endings, ref, j)

# access_effects(bases, covered, approvals, endings, cancels): {"step", "website",
# "provider", "status"} for each access that an approved transfer or
# addition makes active and each that a cancellation cancels.
access_effects(bases, covered, approvals, endings, cancels) := array.concat(
	[{"step": j, "website": wid, "provider": o.provider, "status": "active"} |
		some ref, j in approvals
		o := bases[ref]
		o.type in {"transfer", "add_website"}
		some wid in approved_websites(covered, endings, ref, j)
	],
	[{"step": c.step, "website": wid, "provider": c.provider, "status": "cancelled"} |
		some c in cancels
		some wid in c.websites
	],
)

# hosting_effects(plan): {"step", "domain", "entry"}: the hosting entry that
# point_domain gives the domain, null for unpoint_domain (no entry).
hosting_effects(plan) := [{"step": j, "domain": a.domain, "entry": hosting_entry(plan, a)} |
	some j, a in actions(plan)
	a.type in {"point_domain", "unpoint_domain"}
]

hosting_entry(plan, a) := point_entry(plan, a) if {
	a.type == "point_domain"
} else := null

point_entry(plan, a) := object.union(
	{"domain": a.domain, "provider": provider(plan, a), "mainland": a.mainland},
	object.filter(a, {"resource"}),
)

# change_effects(plan, approvals): {"step", "target" ("subject" or a
# website id), "set"} for each approved change that an action submitted (a
# snapshot change order gives no fields).
change_effects(plan, approvals) := [{"step": j, "target": change_target(a), "set": a.set} |
	some ref, j in approvals
	a := plan.actions[ref.action]
	a.type in {"change_subject", "change_website"}
]

change_target(a) := "subject" if {
	a.type == "change_subject"
} else := a.website

# added_effects(s, plan, approvals): {"step", "action", "website"} for each
# approved add_website action: the website it files.
added_effects(s, plan, approvals) := [{"step": j, "action": m, "website": added_website(s, plan, m)} |
	some ref, j in approvals
	m := ref.action
	plan.actions[m].type == "add_website"
]

# added_website(s, plan, m): the website that add_website action m adds, once
# approved: active, with an ICP number (its own, or, for a website without
# one, the number the administration issues: the subject's number followed
# by the next free -N, in the order of the plan's add_website actions). The
# status and access that a website copied from a snapshot carries are the
# plan's to decide: active, with the access the approval gives.
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
		is_string(w.icp_number)
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
