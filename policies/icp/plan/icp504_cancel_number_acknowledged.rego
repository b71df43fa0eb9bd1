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
	some c in number_cancellations
	c.acknowledged
	some a in cancel_number_targets(c)
	s := states[c.step]
	v := result.violation(
		rego.metadata.rule(),
		sprintf(
			"%s deregisters %s (acknowledged as irreversible): %s. Restoring a deregistered website needs a new filing and a new number, and the cancel-number order cannot be deleted afterwards.",
			[c.who, cancel_number_what(s, a), cancel_number_offline(s, a)],
		),
		object.union(step_place(c), cancel_number_place(a)),
	)
}
