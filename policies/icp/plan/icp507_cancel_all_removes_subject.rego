package icp.plan

import data.icp.lib.config
import data.icp.lib.result

# METADATA
# title: Cancelling the last access removes the subject from the provider
# description: |
#   In a plan: cancel_access (or an awaited cancel_access order of the
#   snapshot) at a provider whose data has cancel_all_removes_subject
#   (tencent-cloud) ends the last active access entry of the subject's
#   websites there (an approved transfer's included; a transfer in a status
#   where the provider already serves does not count). Cancelling access for
#   every website at such a provider also removes the subject from its ICP
#   system: filing there again starts from the subject.
# custom:
#   id: ICP507
#   severity: warn
#   sources:
#     - T5
warn contains v if {
	some i, a in input.plan.actions
	p := icp507_cancelled_at(i, a)
	object.get(config.providers, [p, "cancel_all_removes_subject"], false) == true
	before := icp507_with_access(states[i], p)
	count(before) > 0
	count(icp507_with_access(states[i + 1], p)) == 0
	v := result.violation(
		rego.metadata.rule(),
		sprintf(
			"Action %s cancels the access at %s of %s, the last of the subject's websites with access there: cancelling access for every website at %s also removes the subject from its ICP system, so filing there again starts with the subject. Keep one website's access at %s if you may come back to it.",
			[icp507_what(a), p, sites(before), object.get(config.providers, [p, "name"], p), p],
		),
		object.union(at(i, a), {"provider": p}),
	)
}

# icp507_cancelled_at(i, a): the provider at which action i cancels access:
# a cancel_access action's, or that of the open cancel_access order of the
# snapshot that an await_approval approves.
icp507_cancelled_at(_, a) := provider(a) if a.type == "cancel_access"

icp507_cancelled_at(i, a) := o.provider if {
	a.type == "await_approval"
	some o in states[i].orders
	o.id == object.get(a, "order", "")
	o.type == "cancel_access"
	o.status in {"provider_review", "sms_verification", "administration_review"}
	some awaited in states[i + 1].orders
	awaited.id == o.id
	awaited.status == "approved"
}

# icp507_what(a): the action, and for an await the order it approves.
icp507_what(a) := sprintf("%s (approving cancel_access order %s)", [a.id, a.order]) if {
	a.type == "await_approval"
} else := a.id

# icp507_with_access(s, p): the websites of state s with an active access
# entry at p.
icp507_with_access(s, p) := {w.id |
	some w in s.websites
	some e in object.get(w, "access", [])
	e.provider == p
	e.status == "active"
}
