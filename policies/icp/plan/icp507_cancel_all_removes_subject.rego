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
	some c in access_cancellations
	i := c.step
	p := c.provider
	object.get(config.providers, [p, "cancel_all_removes_subject"], false) == true
	before := icp507_with_access(states[i], p)
	count(before) > 0
	count(icp507_with_access(states[i + 1], p)) == 0
	v := result.violation(
		rego.metadata.rule(),
		sprintf(
			"%s cancels the access at %s of %s, the last of the subject's websites with access there: cancelling access for every website at %s also removes the subject from its ICP system, so filing there again starts with the subject. Keep one website's access at %s if you may come back to it.",
			[c.who, p, sites(before), object.get(config.providers, [p, "name"], p), p],
		),
		step_place(c),
	)
}

# icp507_with_access(s, p): the websites of state s with an active access
# entry at p (an approved transfer's included; an open transfer's serving
# status does not count).
icp507_with_access(s, p) := {w.id |
	some w in s.websites
	some e in object.get(w, "access", [])
	e.provider == p
	e.status == "active"
}
