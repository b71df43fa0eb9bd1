package icp.plan

import data.icp.annotations
import data.icp.lib.messages
import data.icp.lib.plan as sim
import data.icp.lib.result

# ICP208 is annotated once, in policies/icp/annotations/icp208_administration_review_conflict.rego: its
# title, description, severity, sources and messages are there.

# METADATA
# custom:
#   id: ICP208
warn contains v if {
	some i, a in input.plan.actions
	sim.submits(a)
	count(_icp201_blockers(i, a)) == 0
	p := provider(a)
	count(open_at(states[i], p)) == 0
	in_review := {o.id |
		some o in states[i].orders
		o.status == "administration_review"
		o.provider != p
	}
	count(in_review) > 0
	v := result.violation(
		object.union(annotations.icp208, rego.metadata.rule()),
		messages.text("ICP208.plan", {
			"action": a.id, "provider": p, "in_review": result.list(in_review),
			"review_providers": result.list({o.provider | some o in states[i].orders; o.id in in_review}),
		}),
		object.union(at(i, a), {"provider": p}),
	)
}
