package icp.plan

import data.icp.lib.access
import data.icp.lib.advice
import data.icp.lib.config
import data.icp.lib.result
import data.icp.lib.websites

# METADATA
# title: Domain served by a provider without active access
# description: |
#   In a plan: point_domain serves a domain from a mainland server at a
#   provider P where its filed website has no active access at that point of
#   the plan (or the domain belongs to no filed website), or cancel_access at
#   P while one of the listed websites' domains is served from P. P blocks
#   the site and the ICP number may be deregistered: keep serving the domain
#   from a provider with active access until the transfer to P is approved
#   (await it before pointing the domain), and point the domains away from P
#   before cancelling its access.
# custom:
#   id: ICP101
#   severity: deny
#   sources:
#     - faq:must-transfer
#     - faq:cancel-transfer
#     - A13
deny contains v if {
	some [i, place, msg] in icp101_places
	v := result.violation(rego.metadata.rule(), msg, object.union(at(i, input.plan.actions[i]), place))
}

# icp101_places: [action index, place, message] of each point_domain to a
# provider without active access and each cancel_access at a provider that
# serves one of its websites' domains.
icp101_places contains [i, {"website": wid, "domain": a.domain, "provider": p}, msg] if {
	some i, a in input.plan.actions
	a.type == "point_domain"
	a.mainland == true
	s := states[i]
	p := provider(a)
	some wid in websites.filed_owners(s, a.domain)
	not access.active_at(s, wid, p, config.providers)
	msg := sprintf(
		"Action %s serves %s (website %s) from a mainland server at %s, where %s has no active access at that point of the plan: %s blocks the site and the ICP number may be deregistered. %s",
		[a.id, a.domain, wid, p, wid, p, advice.serve_instead(s, wid, p, config.providers, true)],
	)
}

icp101_places contains [i, {"domain": a.domain, "provider": p}, msg] if {
	some i, a in input.plan.actions
	a.type == "point_domain"
	a.mainland == true
	count(websites.filed_owners(states[i], a.domain)) == 0
	p := provider(a)
	msg := sprintf(
		"Action %s serves %s from a mainland server at %s, but %s belongs to no filed website at that point of the plan: mainland providers block domains without an ICP filing. File it first (add it to a filed website with an approved change, or get its website's addition approved), or serve it from outside mainland China.",
		[a.id, a.domain, p, a.domain],
	)
}

icp101_places contains [i, {"website": wid, "domain": d, "provider": p}, msg] if {
	some c in access_cancellations
	i := c.step
	s := states[i]
	p := c.provider
	some wid in c.websites
	some d in domains_of(s, {wid})
	websites.served_from(s, d, p)
	msg := sprintf(
		"%s cancels the access of website %s at %s while %s is served from a mainland server there: once the access is cancelled, %s blocks the site and the ICP number may be deregistered. First point %s at a provider where %s keeps active access%s.",
		[
			c.who, wid, p, d, p, d, wid,
			icp101_left(states[i + 1], wid),
		],
	)
}

# icp101_left(s, wid): the providers where website wid keeps active access
# after the cancellation, or, with none, the transfer to get approved.
icp101_left(s, wid) := sprintf(" (%s)", [result.list(ps)]) if {
	ps := access.active_providers(s, wid, config.providers)
	count(ps) > 0
} else := sprintf(" (it has none left: await the approval of transfer %s first)", [result.list(ids)]) if {
	ids := {o.id |
		some o in s.orders
		o.type == "transfer"
		o.status in {"provider_review", "sms_verification", "administration_review"}
		wid in object.get(o, "websites", [wid])
	}
	count(ids) > 0
} else := " (it has none left: get a transfer approved first)"
