package icp.plan

import data.icp.lib.result
import data.icp.lib.websites

# METADATA
# title: Filed domain served from outside mainland China
# description: |
#   In a plan: point_domain serves a domain of a filed website from a server
#   outside mainland China (mainland false). A filed domain pointed at an
#   overseas or Hong Kong server may have its filing revoked: serve it from a
#   mainland server at a provider with active access.
# custom:
#   id: ICP102
#   severity: warn
#   sources:
#     - A18
warn contains v if {
	some i, a in input.plan.actions
	a.type == "point_domain"
	a.mainland == false
	owners := websites.filed_owners(states[i], a.domain)
	count(owners) > 0
	p := provider(a)
	v := result.violation(
		rego.metadata.rule(),
		sprintf(
			"Action %s serves %s (website %s), a filed domain, from a server outside mainland China at %s: a filed domain pointed at an overseas or Hong Kong server may have its filing revoked. Serve it from a mainland server at a provider with active access.",
			[a.id, a.domain, result.list(owners), p],
		),
		object.union(
			object.union(at(i, a), {"domain": a.domain, "provider": p}),
			result.website_field(owners),
		),
	)
}
