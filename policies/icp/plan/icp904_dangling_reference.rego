package icp.plan

import data.icp.lib.plan as sim
import data.icp.lib.result

# METADATA
# title: Plan refers to something that does not exist
# description: |
#   A plan action names a website, an order or an earlier action that the
#   snapshot (or an earlier action) does not have: a website that is neither
#   in the snapshot nor added by an earlier add_website (the new website of
#   an add_website is no such reference); an order that is not in the state
#   at that point (never there, removed by an earlier withdrawal, or
#   submitted only later); an await_approval whose action is not an earlier
#   action that submitted an order. Domains are not judged here (ICP203).
# custom:
#   id: ICP904
#   severity: deny
#   sources: []
deny contains v if {
	some [i, place, msg] in icp904_places
	v := result.violation(rego.metadata.rule(), msg, object.union(at(i, input.plan.actions[i]), place))
}

icp904_places contains [i, {"website": wid}, msg] if {
	some i, a in input.plan.actions
	some wid in icp904_website_refs(a)
	not sim.known_website(input.filing, input.plan, wid, i)
	msg := sprintf(
		"Action %s names website %s, which the snapshot does not have and no earlier action adds (websites: %s). Correct the website id.",
		[a.id, wid, domain_list({w.id | some w in states[i].websites})],
	)
}

icp904_places contains [i, {"order": id}, msg] if {
	some i, a in input.plan.actions
	a.type in {"withdraw_order", "abandon_order", "await_approval"}
	id := a.order
	not id in {o.id | some o in states[i].orders}
	msg := sprintf("Action %s names order %s, which %s.", [a.id, id, icp904_order_gone(i, id)])
}

icp904_places contains [i, {"order": id}, msg] if {
	some i, a in input.plan.actions
	a.type == "await_approval"
	id := a.action
	problem := icp904_action_problem(i, id)
	msg := sprintf(
		"Action %s waits for action %s, %s: an await_approval names an earlier action of the plan that submitted an order.",
		[a.id, id, problem],
	)
}

# icp904_website_refs(a): the website ids that action a names.
icp904_website_refs(a) := {wid | some wid in a.websites} if {
	a.type in {"submit_transfer", "cancel_access"}
} else := {a.website} if {
	a.type == "change_website"
} else := {a.website} if {
	a.type == "cancel_number"
	a.scope == "website"
} else := set()

# icp904_order_gone(i, id): why order id is not in states[i].
icp904_order_gone(i, id) := sprintf("action %s already removed: an order that is withdrawn or abandoned is gone", [input.plan.actions[k].id]) if {
	k := sim.removed_before(simulation, id, i)
} else := sprintf("is submitted only later in the plan (by /actions/%d): move this action after it", [k]) if {
	k := min({j | some j, a in input.plan.actions; j >= i; a.id == id; sim.submits(a)})
} else := "the snapshot does not have and no earlier action submitted: correct the order id"

# icp904_action_problem(i, id): what is wrong with an await_approval of
# action id at index i (undefined when nothing is).
icp904_action_problem(i, id) := sprintf("which the plan does not have (%s is an order of the snapshot: name it with \"order\" instead)", [id]) if {
	not id in {a.id | some a in input.plan.actions}
	id in {o.id | some o in object.get(input.filing, "orders", [])}
} else := "which the plan does not have" if {
	not id in {a.id | some a in input.plan.actions}
} else := "which comes later in the plan" if {
	not id in {a.id | some j, a in input.plan.actions; j < i}
} else := sprintf("which submits no order (it is a %s)", [input.plan.actions[j].type]) if {
	not sim.submitter_before(input.plan, id, i)
	j := max({k | some k, a in input.plan.actions; k < i; a.id == id})
} else := sprintf("whose order action %s already removed", [input.plan.actions[k].id]) if {
	k := sim.removed_before(simulation, id, i)
}
