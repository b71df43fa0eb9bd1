package icp.lib.plan

# A reference to an order is {"order": k}, the k-th order of the snapshot,
# or {"action": m}, the order that action m of the plan submits (it has the
# action's id). Effects are keyed by references, not ids, so an id that the
# snapshot and the plan both use, or that repeats, never gives two values.

# snapshot_index(s, id): the index of the first order of s with that id.
snapshot_index(s, id) := [k | some k, o in object.get(s, "orders", []); o.id == id][0]

# submitter_before(plan, id, j): the index of the latest action before j
# with that id that submits an order.
submitter_before(plan, id, j) := max(ks) if {
	ks := {k | some k, a in actions(plan); k < j; a.id == id; submits(a)}
	count(ks) > 0
}

# named(s, plan, j): the reference of the order that action j names, when
# it names one that exists at j: an await_approval's action names an
# earlier submitting action; an order names an order of the snapshot, else
# an earlier submitting action. Undefined for a dangling name (ICP904),
# which therefore changes nothing.
named(s, plan, j) := {"action": k} if {
	a := plan.actions[j]
	a.type == "await_approval"
	is_string(a.action)
	k := submitter_before(plan, a.action, j)
} else := {"order": k} if {
	a := plan.actions[j]
	a.type in naming_types
	is_string(a.order)
	k := snapshot_index(s, a.order)
} else := {"action": k} if {
	a := plan.actions[j]
	a.type in naming_types
	is_string(a.order)
	k := submitter_before(plan, a.order, j)
}

# order_of(s, plan, ref): the order that ref refers to, as the snapshot has
# it or as its action submits it, before any approval.
order_of(s, _, ref) := s.orders[ref.order]

order_of(s, plan, ref) := submitted(s, plan, ref.action)

# submitted(s, plan, m): the order that action m submits: id the action's
# id, at the action's provider, status provider_review, submitted at
# s.as_of, covering the transfer's websites, the added website, or the
# changed website (a change of the subject covers every website).
submitted(s, plan, m) := object.union(
	{
		"id": a.id,
		"type": order_types[a.type],
		"provider": provider(plan, a),
		"status": "provider_review",
		"submitted_at": s.as_of,
	},
	order_websites(a),
) if {
	a := plan.actions[m]
}

order_websites(a) := {"websites": a.websites} if {
	a.type == "submit_transfer"
} else := {"websites": [a.website.id]} if {
	a.type == "add_website"
} else := {"websites": [a.website]} if {
	a.type == "change_website"
} else := {}

# submitted_step(ref): the step from which the order exists: -1 for the
# snapshot's, the submitting action's index for the plan's.
submitted_step(ref) := -1 if ref.order

submitted_step(ref) := ref.action
