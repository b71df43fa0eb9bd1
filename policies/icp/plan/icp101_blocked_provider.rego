package icp.plan

import data.icp.lib.access
import data.icp.lib.advice
import data.icp.lib.config
import data.icp.lib.messages
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
#   title_zh: 域名由未接入的服务商提供服务
#   description_zh: |
#     已备案网站的域名由某服务商的中国内地服务器提供服务，但该网站在此服务商没有有效接入（或域名不属于任何已备案网站）
#     。服务商会阻断网站，备案号可能被注销：在转入新服务商的备案审核通过前，
#     继续由已接入的服务商提供服务；取消接入前先把域名解析到别处。
#   severity: deny
#   state: blocked
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
	msg := messages.text("ICP101.plan.point", {
		"action": a.id, "domain": a.domain, "website": wid, "provider": p,
		"advice": advice.serve_instead(s, wid, p, config.providers, true),
	})
}

icp101_places contains [i, {"domain": a.domain, "provider": p}, msg] if {
	some i, a in input.plan.actions
	a.type == "point_domain"
	a.mainland == true
	count(websites.filed_owners(states[i], a.domain)) == 0
	p := provider(a)
	msg := messages.text("ICP101.plan.unfiled", {"action": a.id, "domain": a.domain, "provider": p})
}

icp101_places contains [i, {"website": wid, "domain": d, "provider": p}, msg] if {
	some c in access_cancellations
	i := c.step
	s := states[i]
	p := c.provider
	some wid in c.websites
	some d in domains_of(s, {wid})
	websites.served_from(s, d, p)
	msg := messages.text("ICP101.plan.cancel", {"who": c.who, "website": wid, "provider": p, "domain": d, "left": icp101_left(states[i + 1], wid)})
}

# icp101_left(s, wid): the providers where website wid keeps active access
# after the cancellation, or, with none, the transfer to get approved.
icp101_left(s, wid) := messages.text("ICP101.others", {"providers": result.list(ps)}) if {
	ps := access.active_providers(s, wid, config.providers)
	count(ps) > 0
} else := messages.text("ICP101.none_left.await", {"transfers": result.list(ids)}) if {
	ids := {o.id |
		some o in s.orders
		o.type == "transfer"
		o.status in {"provider_review", "sms_verification", "administration_review"}
		wid in object.get(o, "websites", [wid])
	}
	count(ids) > 0
} else := messages.text("ICP101.none_left", {})
