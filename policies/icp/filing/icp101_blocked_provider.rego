package icp.filing

import data.icp.lib.advice
import data.icp.lib.config
import data.icp.lib.result

# METADATA
# title: Domain served by a provider without active access
# description: |
#   A domain of a filed website is served from a mainland server at a provider
#   where its website has no active access (no active access entry, and no
#   transfer there in a status in which that provider already serves the
#   site), or a domain that belongs to no filed website is served from a
#   mainland server. The provider blocks the site and the ICP number may be
#   deregistered: keep serving the domain from a provider with active access
#   until the transfer to the new provider is approved.
# custom:
#   id: ICP101
#   severity: deny
#   sources:
#     - faq:must-transfer
#     - faq:cancel-transfer
#     - A13
deny contains v if {
	some [i, wid] in icp101_places
	h := input.hosting[i]
	v := result.violation(
		rego.metadata.rule(),
		icp101_msg(h, wid),
		object.union(
			{"path": sprintf("/hosting/%d", [i]), "domain": h.domain, "provider": h.provider},
			result.website_field({id | some id in {wid}; id != ""}),
		),
	)
}

# icp101_places: [hosting index, website id] of each hosting entry served from
# a mainland server at a provider where a filed website listing its domain has
# no active access; website id "" when no filed website lists the domain.
icp101_places contains [i, wid] if {
	some i, h in input.hosting
	h.mainland == true
	some wid in filed_owners_of[h.domain]
	not [wid, h.provider] in active_access
}

icp101_places contains [i, ""] if {
	some i, h in input.hosting
	h.mainland == true
	not filed_owners_of[h.domain]
}

icp101_msg(h, "") := sprintf(
	"%s belongs to no filed website but is served from a mainland server at %s: mainland providers block domains without an ICP filing. File it first (add it to a filed website with a change application), or stop serving it from mainland China.",
	[h.domain, h.provider],
)

icp101_msg(h, wid) := sprintf(
	"%s (website %s) is served from a mainland server at %s, where %s has no active access: %s blocks the site and the ICP number may be deregistered. %s",
	[h.domain, wid, h.provider, wid, h.provider, advice.serve_instead(input, wid, h.provider, config.providers, false)],
) if {
	wid != ""
}
