package icp.plan

import data.icp.lib.access
import data.icp.lib.config
import data.icp.lib.result

# METADATA
# title: Access cancelled at a provider
# description: |
#   cancel_access at a provider. The websites' domains can no longer be
#   served from that provider; the ICP number stays valid. To serve from it
#   again, submit a new transfer with the same number; to keep serving
#   elsewhere, make sure another provider has active access.
# custom:
#   id: ICP501
#   severity: warn
#   sources:
#     - faq:cancel-transfer
#     - faq:cancel-vs-cancel
#     - A5
warn contains v if {
	some c in access_cancellations
	i := c.step
	p := c.provider
	v := result.violation(
		rego.metadata.rule(),
		sprintf(
			"%s cancels the access of %s at %s: %s can no longer be served from %s. The ICP number stays valid; to serve from %s again, submit a new transfer to %s with the same number; to keep serving elsewhere, make sure another provider has active access (after this step: %s).",
			[c.who, sites(c.websites), p, domain_list(domains_of(states[i], c.websites)), p, p, p, icp501_left(states[i + 1], c.websites)],
		),
		object.union(step_place(c), result.website_field(c.websites)),
	)
}

# icp501_left(s, wids): where each website has active access in state s.
icp501_left(s, wids) := concat("; ", [icp501_where(s, wid) | some wid in sort(wids)])

icp501_where(s, wid) := sprintf("%s at %s", [wid, icp501_providers(s, wid)]) if {
	count(access.active_providers(s, wid, config.providers)) > 0
} else := sprintf("%s nowhere", [wid])

# icp501_providers(s, wid): the providers with active access, those that
# only serve during an open transfer marked so (their record comes with the
# approval: ICP304 does not count them).
icp501_providers(s, wid) := concat(", ", array.concat(
	sort(recorded),
	[sprintf("%s (serving during its open transfer, not yet recorded)", [p]) | some p in sort(serving - recorded)],
)) if {
	recorded := access.recorded(s, wid)
	serving := access.active_providers(s, wid, config.providers)
}
