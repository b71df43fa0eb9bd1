package icp.filing

import data.icp.lib.result

# METADATA
# title: Filed domain served from outside mainland China
# description: |
#   A domain of a filed website is served from a server outside mainland China
#   (a hosting entry with mainland false). A filed domain pointed at an
#   overseas or Hong Kong server may have its filing revoked: serve it from a
#   mainland server at a provider with active access.
# custom:
#   id: ICP102
#   severity: warn
#   sources:
#     - A18
warn contains v if {
	some i, h in input.hosting
	h.mainland == false
	owners := filed_owners_of[h.domain]
	v := result.violation(
		rego.metadata.rule(),
		sprintf(
			"%s (website %s) is filed but served from a server outside mainland China at %s: a filed domain pointed at an overseas or Hong Kong server may have its filing revoked. Serve it from a mainland server at a provider with active access.",
			[h.domain, result.list(owners), h.provider],
		),
		object.union(
			{"path": sprintf("/hosting/%d", [i]), "domain": h.domain, "provider": h.provider},
			result.website_field(owners),
		),
	)
}
