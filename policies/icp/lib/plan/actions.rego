# METADATA
# title: Plan simulation
# description: |
#   What a deployment plan does to a filing (docs/model.md, "What a plan means"),
#   in layers, one file each:
#   - actions.rego: reading the plan (an action's provider, what it submits);
#   - references.rego: the order that an await, withdrawal or abandonment
#     names, as a reference {"order": k} (the snapshot's k-th order) or
#     {"action": m} (the order that action m submits), never by id alone, so
#     that repeated ids cannot make two answers;
#   - effects.rego: what each step does, as objects with named fields
#     ({"step", "website", "provider", "status"}, ...), each step being an
#     action or, for an await that approves a snapshot cancellation order,
#     the cancellation it stands for;
#   - index.rego: index(s, plan), every effect grouped once per plan by what
#     it acts on (the lookups that keep a state cheap to build);
#   - state.rego: state(s, ix, i), the snapshot with steps 0..i-1
#     applied: a snapshot-shaped object that every other lib helper takes.
#   Rego has no recursion, so each part of a state is derived directly from
#   the effects before i, the latest winning. A denied action is applied all
#   the same; only a withdrawal that the world refuses changes nothing.
# scope: package
package icp.lib.plan

# actions(plan): the plan's actions ([] when it has none).
actions(plan) := object.get(plan, "actions", [])

# provider(plan, a): the provider action a is taken at: its own, else the
# plan's ("" when neither names one; the plan schema refuses a plan where an
# action that acts at a provider has neither).
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

# naming_types: the action types that name an order.
naming_types := {"await_approval", "withdraw_order", "abandon_order"}

# removal_types: the action types that remove an order.
removal_types := {"withdraw_order", "abandon_order"}

# target(a): the name that an await_approval, withdraw_order or
# abandon_order gives (its order, or for await_approval its action), as
# written: references.rego resolves it.
target(a) := a.order if {
	a.type in naming_types
	is_string(a.order)
} else := a.action if {
	a.type == "await_approval"
	is_string(a.action)
}

# numbered(w): website object w gives an ICP number.
numbered(w) if {
	is_string(w.icp_number)
	w.icp_number != ""
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
