package icp.filing

import data.icp.lib.index
import data.icp.lib.orders
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
	"%s (website %s) is served from a mainland server at %s, where %s has no active access: %s blocks the site and the ICP number may be deregistered. Keep serving it from a provider with active access%s until %s.",
	[
		h.domain, wid, h.provider, wid, h.provider,
		icp101_others(object.get(icp101_active_providers, wid, set())),
		icp101_until(wid, h.provider),
	],
) if {
	wid != ""
}

icp101_others(ps) := sprintf(" (%s)", [result.list(ps)]) if {
	count(ps) > 0
} else := ""

icp101_until(wid, p) := sprintf("the open transfer to %s is approved", [p]) if {
	covered := icp101_open_transfers[p]
	some key in ["*", wid]
	key in covered
} else := sprintf("a transfer of %s to %s is approved", [wid, p])

# icp101_active_providers: {website id: the providers where it has active
# access}, and icp101_open_transfers: {provider: the ids of the websites an
# open transfer to it covers, "*" for every website}: indexes built once, so
# that each violation looks its message's facts up instead of scanning.
icp101_active_providers := index.group(active_access)

icp101_open_transfers := index.group([[o.provider, wid] |
	some o in input.orders
	o.type == "transfer"
	orders.is_open(o)
	some wid in icp101_covered(o)
])

icp101_covered(o) := {"*"} if orders.covers_every(o)

else := o.websites
