package icp.plan

import data.icp.lib.plan as sim
import data.icp.lib.result

# METADATA
# title: Two open orders at one provider
# description: |
#   In a plan: an action submits an order (submit_transfer, add_website,
#   change_subject, change_website) at a provider while another order of the
#   subject at that provider is open (in the snapshot, or submitted earlier
#   in the plan and not yet awaited). Not reported where ICP201 fires for the
#   same action. One order at a time per subject at a provider: finish or
#   abandon the open one first.
# custom:
#   id: ICP202
#   severity: deny
#   sources:
#     - A14
#     - H4
deny contains v if {
	some i, a in input.plan.actions
	sim.submits(a)
	count(icp201_blockers(i, a)) == 0
	p := provider(a)
	open := open_at(states[i], p)
	count(open) > 0
	v := result.violation(
		rego.metadata.rule(),
		sprintf(
			"Action %s submits an order at %s while order %s of the subject is still open there: one order at a time per subject at a provider. Await the approval of %s (or withdraw it) before this step.",
			[a.id, p, result.list(open), result.list(open)],
		),
		object.union(at(i, a), {"provider": p}),
	)
}
