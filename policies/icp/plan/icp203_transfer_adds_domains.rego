package icp.plan

import data.icp.lib.result

# METADATA
# title: Transfer names domains that are not recorded
# description: |
#   submit_transfer names domains that are not recorded for its websites (at
#   that point of the plan); ICP904 is not reported for those domains. A
#   transfer cannot add domains: transfer the recorded domains first, then
#   add the others with a change application.
# custom:
#   id: ICP203
#   severity: deny
#   sources:
#     - A16
deny contains v if {
	some i, a in input.plan.actions
	a.type == "submit_transfer"
	recorded := domains_of(states[i], {wid | some wid in a.websites})
	some d in a.domains
	not d in recorded
	v := result.violation(
		rego.metadata.rule(),
		sprintf(
			"Action %s transfers %s, which is not recorded for %s (recorded: %s): a transfer cannot add domains. Transfer the recorded domains first, then add %s with a change application once the transfer is approved.",
			[a.id, d, sites({wid | some wid in a.websites}), domain_list(recorded), d],
		),
		object.union(
			object.union(at(i, a), {"domain": d}),
			object.union(provider_field(a), result.website_field({wid | some wid in a.websites})),
		),
	)
}
