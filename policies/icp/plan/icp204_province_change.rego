package icp.plan

import data.icp.lib.result

# METADATA
# title: Change of the filing province
# description: |
#   change_subject sets a province other than the subject's filing province.
#   The filing province never changes: deregister the number and file again
#   with the new province's communications administration.
# custom:
#   id: ICP204
#   severity: deny
#   sources:
#     - A14
#     - T2
deny contains v if {
	some i, a in input.plan.actions
	a.type == "change_subject"
	to := a.set.province
	from := states[i].subject.province
	to != from
	v := result.violation(
		rego.metadata.rule(),
		sprintf(
			"Action %s changes the filing province from %s to %s: the filing province never changes. To file in %s, deregister the number and file again with that province's administration; otherwise drop province from the change.",
			[a.id, from, to, to],
		),
		object.union(at(i, a), provider_field(a)),
	)
}
