package icp.plan

import data.icp.lib.plan as sim
import data.icp.lib.result

# METADATA
# title: Order submitted while another is in the administration's review
# description: |
#   In a plan: an action submits an order (submit_transfer, add_website,
#   change_subject, change_website) at a provider while an order of the
#   snapshot at another provider is in administration_review and no earlier
#   await_approval has approved it. One subject may have one order in the
#   administration's review at a time: the later one is returned (主办者冲突,
#   a subject conflict). Not reported where ICP201 or ICP202 fires for the
#   same action. Await the order in review before this step.
# custom:
#   id: ICP208
#   severity: warn
#   sources:
#     - T4
warn contains v if {
	some i, a in input.plan.actions
	sim.submits(a)
	count(icp201_blockers(i, a)) == 0
	p := provider(a)
	count(open_at(states[i], p)) == 0
	in_review := {o.id |
		some o in states[i].orders
		o.status == "administration_review"
		o.provider != p
	}
	count(in_review) > 0
	v := result.violation(
		rego.metadata.rule(),
		sprintf(
			"Action %s submits an order at %s while order %s of the subject is in the administration's review at %s: one subject may have one order in the administration's review at a time, and the later one is returned as a subject conflict (主办者冲突). Await the approval of %s before this step.",
			[a.id, p, result.list(in_review), result.list({o.provider | some o in states[i].orders; o.id in in_review}), result.list(in_review)],
		),
		object.union(at(i, a), {"provider": p}),
	)
}
