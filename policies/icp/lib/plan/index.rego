package icp.lib.plan

import data.icp.lib.index
import data.icp.lib.orders

# index(s, plan): every effect of the plan, computed once per plan and
# grouped by what it acts on, so that building a state looks effects up
# instead of scanning for them (the one layer that exists for speed):
#   names:         [{"step", "type", "ref"}]: the reference that each
#                  await, withdrawal and abandonment names
#   bases:         {reference: order} for those and every transfer
#   covered:       {reference: the ids of the websites it covers} for them
#   removals:      {reference: step} (references.rego)
#   approvals:     {reference: step}
#   endings:       {reference: {website id: step}}: transfers that a
#                  cancellation ended
#   cancel_access: [{"step", "provider", "websites", "order"}] by step
#   cancel_number: [{"step", "scope", "websites", "acknowledged", "order"}]
#   orders:        [{"step", "ref", "order", "removed", "approved",
#                  "endings"}]: the snapshot's orders (step -1), then those
#                  that actions submit, in plan order, each with the step
#                  that removes it, the one that approves it (never: after
#                  the last step) and its endings
#   access:        {website id: {provider: [{"step", "status"}] by step}}
#   subject_deregistered: {step}
#   website_deregistered: {website id: {step}}
#   changes:       {"subject" | website id: [{"step", "set"}] by step}
#   hosting:       {domain: [{"step", "entry"}] by step} (entry null:
#                  unpointed)
#   first_entry:   {domain: index of its first snapshot hosting entry}
#   new_domains:   [[step, domain]] sorted: the domains that the snapshot
#                  does not serve, with the step that first points them
#   first_pointed: the first step that changes hosting (never: none does)
#   added:         [{"step", "action", "website"}] by action
#   website_events: {website id: {step}}: the steps that change the
#                  website (changes, deregistration, access, and the
#                  subject's deregistration), for the websites with some
#                  besides the subject's
index(s, plan) := {
	"names": names,
	"bases": bases,
	"covered": covered,
	"removals": removed,
	"approvals": approvals,
	"endings": ended,
	"cancel_access": by_step(cancels),
	"cancel_number": by_step(numbers),
	"orders": [object.union(e, {
		"removed": object.get(removed, [e.ref], never),
		"approved": object.get(approvals, [e.ref], never),
		"endings": object.get(ended, [e.ref], {}),
		"covers": object.get(covered, [e.ref], set()),
	}) |
		some e in array.concat(
			[{"step": -1, "ref": {"order": k}, "order": o} | some k, o in object.get(s, "orders", [])],
			[{"step": m, "ref": {"action": m}, "order": submitted(s, plan, m)} | some m, a in actions(plan); submits(a)],
		)
	],
	"access": {wid: {p: by_step([{"step": e.step, "status": e.status} | some e in on; e.provider == p]) |
		some p in {e.provider | some e in on}
	} |
		some wid in {e.website | some e in access}
		on := [e | some e in access; e.website == wid]
	},
	"subject_deregistered": subject_deregistered,
	"website_deregistered": website_deregistered,
	"changes": changes,
	"hosting": hosting_by_domain,
	"first_entry": first_entry,
	"new_domains": sort({[on[0].step, d] | some d, on in hosting_by_domain; not first_entry[d]}),
	"first_pointed": min({on[0].step | some on in hosting_by_domain} | {never}),
	"added": [e | some [_, e] in sort({[e.action, e] | some e in added_effects(s, plan, approvals)})],
	"website_events": {wid: events |
		some wid in ((object.keys(changes) | object.keys(website_deregistered)) | {e.website | some e in access})
		changed := {e.step | some e in object.get(changes, [wid], [])}
		accessed := {e.step | some e in access; e.website == wid}
		events := ((changed | object.get(website_deregistered, [wid], set())) | accessed) | subject_deregistered
	},
} if {
	names := [{"step": j, "type": a.type, "ref": ref} |
		some j, a in actions(plan)
		a.type in naming_types
		ref := named(s, plan, j)
	]
	bases := {ref: order_of(s, plan, ref) | some ref in ({x.ref | some x in names} | transfer_references(s, plan))}
	covered := {ref: orders.covered(s, o) | some ref, o in bases}
	removed := removals(names, bases)
	awaited := awaits(names, bases, removed)
	cancels := cancel_access_steps(plan, bases, covered, awaited)
	ended := endings(bases, covered, awaited, removed, cancels)
	approvals := {ref: j |
		some ref, j in awaited
		count(approved_websites(covered, ended, ref, j)) + count({1 | not has_key(ended, ref)}) > 0
	}
	access := access_effects(bases, covered, approvals, ended, cancels)
	numbers := cancel_number_steps(plan, bases, covered, awaited)
	subject_deregistered := {c.step | some c in numbers; c.scope == "subject"}
	website_deregistered := {wid: {c.step | some c in numbers; wid in c.websites} |
		some c in numbers
		some wid in c.websites
	}
	changed := change_effects(plan, approvals)
	changes := {t: by_step([{"step": e.step, "set": e.set} | some e in changed; e.target == t]) |
		some t in {e.target | some e in changed}
	}
	hosting_by_domain := {d: by_step(es) |
		some d, es in index.group([[e.domain, {"step": e.step, "entry": e.entry}] | some e in hosting_effects(plan)])
	}
	first_entry := {d: min(ks) | some d, ks in index.group([[h.domain, k] | some k, h in object.get(s, "hosting", [])])}
	never := count(actions(plan)) + 1
}

# by_step(effects): the effects (objects with a step) ordered by step, and
# in the order given within a step (deterministic: the effects are built
# in plan order), so that the latest is always the same one.
by_step(effects) := [e | some j in sort({e.step | some e in effects}); some e in effects; e.step == j]

# latest(effects, i): the last of effects (ordered by step) before step i:
# the last of all when it comes before i (most reads of a long plan's
# states come after every effect on what they read), else the last of
# those before i.
latest(effects, i) := effects[count(effects) - 1] if {
	effects[count(effects) - 1].step < i
} else := on[count(on) - 1] if {
	on := [e | some e in effects; e.step < i]
	count(on) > 0
}

# step_before(steps, ref, i): steps (a {reference: step} object) gives ref a
# step before i. (A function, as `not steps[ref] < i` with an object key
# misreads an empty object.)
step_before(steps, ref, i) if steps[ref] < i

# has_key(obj, key): obj has key (the same reason).
has_key(obj, key) if _ = obj[key]
