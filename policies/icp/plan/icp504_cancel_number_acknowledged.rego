package icp.plan

import data.icp.lib.result

# METADATA
# title: Number deregistered
# description: |
#   cancel_number with "acknowledge_irreversible": true. The same
#   consequences as ICP503, listing every website and domain that goes
#   offline (scope subject: all of them; scope website: that one, and that
#   the subject is left with no website when it was the last).
# custom:
#   id: ICP504
#   severity: warn
#   sources:
#     - faq:cancel-vs-cancel
#     - T1
#     - H4
warn contains v if {
	some i, a in input.plan.actions
	a.type == "cancel_number"
	a.acknowledge_irreversible == true
	v := result.violation(
		rego.metadata.rule(),
		sprintf(
			"Action %s deregisters %s (acknowledged as irreversible): %s. Restoring a deregistered website needs a new filing and a new number, and the cancel-number order cannot be deleted afterwards.",
			[a.id, cancel_number_what(states[i], a), cancel_number_offline(states[i], a)],
		),
		object.union(object.union(at(i, a), provider_field(a)), cancel_number_place(a)),
	)
}
