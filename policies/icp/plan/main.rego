# METADATA
# title: ICP deployment plan rules
# description: |
#   The action rules of icpcheck, judged on a DeploymentPlan and the
#   FilingSnapshot it acts on (input {"filing": ..., "plan": ...}). Each
#   action is judged on the state that the snapshot and the actions before it
#   leave (states[i], simulated by data.icp.lib.plan); deny and warn hold the
#   violations (one rule per file beside this one), each naming its action and
#   the path /actions/N. accessibility reports each domain's state after the
#   last action, consequences what each action does, and decision answers a
#   document in one query. The scope is subpackages, not package, so that the
#   input schemas cover every file of icp.plan while a user's own file in this
#   package (-p) may still carry a package METADATA of its own.
# scope: subpackages
# schemas:
#   - input.filing: schema.filing.v1
#   - input.plan: schema.plan.v1
package icp.plan

import data.icp.lib.accessibility as a11y
import data.icp.lib.index
import data.icp.lib.messages
import data.icp.lib.plan as sim
import data.icp.lib.providers
import data.icp.lib.result
import data.icp.lib.steps
import data.icp.lib.timeline

# simulation: every effect of the plan's steps, indexed (data.icp.lib.plan).
simulation := sim.index(input.filing, input.plan)

# states: states[i] is the state that action i is judged on (the snapshot
# with actions 0..i-1 applied); states[count(actions)] is the outcome.
states := [sim.state(input.filing, simulation, i) | some i in numbers.range(0, count(input.plan.actions))]

# accessibility: each domain's state after the last action (state), before
# the first (before), the worst over every step (worst) and the runs of
# steps with the same state and reasons (timeline; product.md). The state
# rules of icp.filing are judged on the states the plan passes through,
# where the domains of the websites that a cancel_number of the plan
# deregistered before it give ICP503 or ICP504 (per its acknowledgement) as
# reasons. Step 0, the last step and any step that may change every entry
# are judged whole; the entries that another step may change are judged on
# the part of a state that decides them, carried forward otherwise
# (data.icp.lib.steps).
accessibility := timeline.from_changes(final_report, step_changes, [a.id | some a in input.plan.actions])

# final_report: the accessibility report of the outcome.
final_report := whole_report(count(input.plan.actions))

# step_changes: step_changes[s] holds the entries that step s judges
# (data.icp.lib.steps: {"entries", "lacking"}).
step_changes := [steps.whole_change(whole_report(s)) | some s in numbers.range(0, count(input.plan.actions))] if {
	steps.small_plan(input.filing, input.plan)
} else := [step_change(s) | some s in numbers.range(0, count(input.plan.actions))]

step_change(s) := steps.whole_change(whole_report(s)) if {
	s in judgements.whole
} else := part_change(s)

# part_change(s): the entries that step s may change, each from the report
# of the step that judges it.
part_change(s) := steps.part_change(ks, reports) if {
	ds := scopes[s]
	ks := steps.keys(states[s - 1], ds) | steps.keys(states[s], ds)
	reports := {d: reports_at[t] | some d in ds; t := judgements.at[[s, d]]}
}

# scopes: scopes[s] is what step s may change in the report, "whole" or the
# set of domains whose entries it may change (step 0: "whole").
scopes := [scope(s) | some s in numbers.range(0, count(input.plan.actions))]

scope(0) := "whole"

scope(s) := steps.scope(states[s - 1], states[s], sim.changed(input.plan, simulation, s - 1), deregistered_at(s - 1)) if s > 0

# judgements: where the entries are judged (data.icp.lib.steps.judgements):
# whole, the steps judged whole; at, {[step, domain]: the step whose state
# judges the entry of that domain that the step may change}.
judgements := steps.judgements(scopes)

# reports_at: {step t: its report, by [website, domain]}, for each step t
# that judges some entries: whole, or on the part of its state that decides
# the domains it judges.
reports_at := {t: steps.by_key(report_at(t, {d | some [_, d], u in judgements.at; u == t})) |
	some t in {t | some t in judgements.at}
}

report_at(t, ds) := whole_report(t) if {
	t in judgements.whole
} else := a11y.report(part, state_violations(part) | deregistered_before(t)) if {
	part := steps.part(states[t], ds)
}

# whole_report(s): the accessibility report of states[s], judged whole.
whole_report(s) := a11y.report(states[s], state_violations(states[s]) | deregistered_before(s))

# state_violations(st): the violations of the rules of icp.filing that
# declare an accessibility state (custom.state), judged on state st in one
# evaluation (a user's rules in that package included). They feed the
# accessibility report only, so the rules that declare no state are not
# judged (data.icp.lib.result.judged, replaced by declares_state).
state_violations(st) := vs if {
	vs := data.icp.filing.deny | data.icp.filing.warn with input as st
		with result.judged as result.declares_state
}

# deregistered_before(s): for each website that a cancel_number step before
# s deregistered, the reason the violation of that step gives the report
# (ICP503 or ICP504, per its acknowledgement): {"rule", "state", "website"}.
deregistered_before(s) := {{"rule": v.rule, "state": v.state, "website": wid} |
	some [j, wid, _] in deregistrations
	j < s
	some v in object.get(deregistering, sprintf("/actions/%d", [j]), set())
}

# deregistering: {action path: the violations of that action whose rule
# declares that it makes a domain inaccessible (custom.state)}.
deregistering := index.group([[v.path, v] | some v in (deny | warn); object.get(v, "state", "") == "inaccessible"])

# deregistered_at(j): the ids of the websites that step j deregisters.
deregistered_at(j) := {wid |
	some [step, wid, _] in deregistrations
	step == j
}

deregistrations := sim.deregistrations(input.filing, simulation)

# access_cancellations: each step that cancels access: a cancel_access
# action, or an await that approves a snapshot cancel_access order, which is
# judged as a cancel_access at that step (docs/model.md): {"step", "provider",
# "websites", "order", "who"}, who naming the step in messages.
access_cancellations contains object.union(c, {"who": who(c)}) if {
	some c in simulation.cancel_access
}

# number_cancellations: each step that deregisters, the same way.
number_cancellations contains object.union(c, {"who": who(c)}) if {
	some c in simulation.cancel_number
}

who(c) := messages.text("plan.who", {"action": input.plan.actions[c.step].id}) if {
	c.order == ""
} else := messages.text("plan.who.await", {"action": input.plan.actions[c.step].id, "order": c.order, "type": order_type(c)})

order_type(c) := "cancel_number" if {
	c.scope
} else := "cancel_access"

# cancel_number_targets(c): what cancel_number step c deregisters, in the
# form of a cancel_number action ({"scope", "website"}): the subject, or
# each website it names.
cancel_number_targets(c) := [{"scope": "subject"}] if {
	c.scope == "subject"
} else := [{"scope": "website", "website": wid} | some wid in c.websites]

# step_place(c): the place fields of a violation of cancellation step c.
step_place(c) := object.union(at(c.step, input.plan.actions[c.step]), {"provider": c.provider | c.provider != ""})

# decision: deny, warn, accessibility and consequences in one object, judged
# with provider names read as the registry's ids (data.icp.lib.providers);
# written keeps the plan as written, for ICP905.
decision := decided if {
	providers.canonical_plan_input(input)
} else := d if {
	d := decided with input as providers.plan_input(input)
		with written as input
}

# findings: the decision's deny and warn alone, judged the same way, for a
# report that prints nothing else (text under -q): neither the timeline nor
# the consequences are computed.
findings := f if {
	providers.canonical_plan_input(input)
	f := _found
} else := f if {
	f := _found with input as providers.plan_input(input)
		with written as input
}

_found := {"deny": deny, "warn": warn}

# written: the input as its author wrote it.
written := input

decided := object.union(_found, {"accessibility": accessibility, "consequences": consequences})

# provider(a): the provider action a is taken at.
provider(a) := sim.provider(input.plan, a)

# at(i, a): the place fields of every violation of action i.
at(i, a) := {"action": a.id, "path": sprintf("/actions/%d", [i])}

# provider_field(a): {"provider": p} for the action's provider, {} when
# neither the action nor the plan names one.
provider_field(a) := {"provider": provider(a)} if {
	provider(a) != ""
} else := {}

# website_in(s, wid): the (first) website of state s with id wid: a
# repeated id must give an answer, never conflicting values.
website_in(s, wid) := [w | some w in s.websites; w.id == wid][0]

# domains_of(s, wids): the domains of the websites wids in state s.
domains_of(s, wids) := {d |
	some w in s.websites
	w.id in wids
	some d in w.domains
}

# sites(wids): "website a" or "websites a, b".
sites(wids) := messages.text("plan.website", {"websites": result.list(wids)}) if {
	count(wids) == 1
} else := messages.text("plan.websites", {"websites": result.list(wids)})

# domain_list(ds): the domains as "a, b", or "no domain".
domain_list(ds) := result.list(ds) if {
	count(ds) > 0
} else := messages.text("plan.no_domain", {})

# site_with_domains(s, wid): "website shop (example.com, www.example.com)".
site_with_domains(s, wid) := messages.text("plan.website.domains", {"website": wid, "domains": domain_list(domains_of(s, {wid}))})

# set_text(st): the fields a change sets, as `name "X", domains ["a"]`.
set_text(st) := concat(", ", [sprintf("%s %s", [k, json.marshal(st[k])]) | some k in sort(object.keys(st))])

# open_of_type(s, type): the ids of the open orders of that type in state s.
open_of_type(s, type) := {o.id |
	some o in s.orders
	o.type == type
	o.status in {"provider_review", "sms_verification", "administration_review"}
}

# open_at(s, p): the ids of the orders of state s that are open at provider p.
open_at(s, p) := {o.id |
	some o in s.orders
	o.provider == p
	o.status in {"provider_review", "sms_verification", "administration_review"}
}
