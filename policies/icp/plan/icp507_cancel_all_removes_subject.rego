package icp.plan

import data.icp.lib.config
import data.icp.lib.messages
import data.icp.lib.result

# METADATA
# title: Cancelling the last access removes the subject from the provider
# description: |
#   In a plan: cancel_access (or an awaited cancel_access order of the
#   snapshot) at a provider whose data has cancel_all_removes_subject
#   (tencent-cloud) ends the last active access entry of the subject's
#   websites there (an approved transfer's included; a transfer in a status
#   where the provider already serves does not count). Cancelling access for
#   every website at such a provider also removes the subject from its ICP
#   system: filing there again starts from the subject.
# custom:
#   id: ICP507
#   title_zh: 取消最后一个接入会从服务商删除主体
#   description_zh: |
#     在某些服务商（如阿里云），取消主体所有网站的接入也会把主体从其备案系统中删除，
#     以后再在那里备案需从主体开始。如果以后可能回来，请保留一个网站的接入。
#   severity: warn
#   sources:
#     - T5
warn contains v if {
	some i, a in input.plan.actions
	p := icp507_cancelled_at(i, a)
	object.get(config.providers, [p, "cancel_all_removes_subject"], false) == true
	before := icp507_with_access(states[i], p)
	count(before) > 0
	count(icp507_with_access(states[i + 1], p)) == 0
	v := result.violation(
		rego.metadata.rule(),
		messages.text("ICP507.plan", {
			"action": icp507_what(a), "provider": p, "sites": sites(before),
			"provider_name": messages.provider_name(object.get(config.providers, [p, "name"], p)),
		}),
		object.union(at(i, a), {"provider": p}),
	)
}

# icp507_cancelled_at(i, a): the provider at which action i cancels access:
# a cancel_access action's, or that of the open cancel_access order of the
# snapshot that an await_approval approves.
icp507_cancelled_at(_, a) := provider(a) if a.type == "cancel_access"

icp507_cancelled_at(i, a) := o.provider if {
	a.type == "await_approval"
	some o in states[i].orders
	o.id == object.get(a, "order", "")
	o.type == "cancel_access"
	o.status in {"provider_review", "sms_verification", "administration_review"}
	some awaited in states[i + 1].orders
	awaited.id == o.id
	awaited.status == "approved"
}

# icp507_what(a): the action, and for an await the order it approves.
icp507_what(a) := messages.text("ICP507.await", {"action": a.id, "order": a.order}) if {
	a.type == "await_approval"
} else := a.id

# icp507_with_access(s, p): the websites of state s with an active access
# entry at p.
icp507_with_access(s, p) := {w.id |
	some w in s.websites
	some e in object.get(w, "access", [])
	e.provider == p
	e.status == "active"
}
