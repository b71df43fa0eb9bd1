package icp.plan

import data.icp.annotations
import data.icp.lib.access
import data.icp.lib.advice
import data.icp.lib.config
import data.icp.lib.messages
import data.icp.lib.result
import data.icp.lib.websites

# ICP101 is annotated once, in policies/icp/annotations/icp101_blocked_provider.rego: its
# title, description, severity, sources and messages are there.

# METADATA
# custom:
#   id: ICP101
#   state: blocked
deny contains v if {
	some [i, place, msg] in _icp101_places
	v := result.violation(
		object.union(annotations.icp101, rego.metadata.rule()),
		msg,
		object.union(at(i, input.plan.actions[i]), place),
	)
}

# _icp101_places: [action index, place, message] of each point_domain to a
# provider without active access and each cancel_access at a provider that
# serves one of its websites' domains.
_icp101_places contains [i, {"website": wid, "domain": a.domain, "provider": p}, msg] if {
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

_icp101_places contains [i, {"domain": a.domain, "provider": p}, msg] if {
	some i, a in input.plan.actions
	a.type == "point_domain"
	a.mainland == true
	count(websites.filed_owners(states[i], a.domain)) == 0
	p := provider(a)
	msg := messages.text("ICP101.plan.unfiled", {"action": a.id, "domain": a.domain, "provider": p})
}

_icp101_places contains [i, {"website": wid, "domain": d, "provider": p}, msg] if {
	some c in access_cancellations
	i := c.step
	s := states[i]
	p := c.provider
	some wid in c.websites
	some d in domains_of(s, {wid})
	websites.served_from(s, d, p)
	msg := messages.text(
		"ICP101.plan.cancel",
		{"who": c.who, "website": wid, "provider": p, "domain": d, "left": _icp101_left(states[i + 1], wid)},
	)
}

# _icp101_left(s, wid): the providers where website wid keeps active access
# after the cancellation, or, with none, the transfer to get approved.
_icp101_left(s, wid) := messages.text("ICP101.others", {"providers": result.list(ps)}) if {
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
