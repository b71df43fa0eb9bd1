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
# related_resources:
#   - ref: https://cloud.tencent.com/document/product/243/55208
#     description: "T5: Tencent Cloud, cancel access (取消接入)"
# custom:
#   id: ICP507
#   title_zh: 取消最后一个接入会从服务商删除主体
#   description_zh: |
#     在某些服务商（如腾讯云），取消主体所有网站的接入也会把主体从其备案系统中删除，
#     以后再在那里备案需从主体开始。如果以后可能回来，请保留一个网站的接入。
#   severity: warn
#   sources:
#     - T5
#   messages:
#     plan:
#       en: "{who} cancels the access at {provider} of {sites}, the last of the subject's websites with access there:
#         cancelling access for every website at {provider_name} also removes the subject from its ICP system, so filing
#         there again starts with the subject. Keep one website's access at {provider} if you may come back to it."
#       zh: "{who} 在 {provider} 取消{sites} 的接入，这是主体在该服务商最后一个有接入的网站：\
#         在{provider_name}取消所有网站的接入，也会把主体从其备案系统中删除，以后再在那里备案需从主体开始。\
#         如果以后可能回来，请在 {provider} 保留一个网站的接入。"
warn contains v if {
	some c in access_cancellations
	i := c.step
	p := c.provider
	object.get(config.providers, [p, "cancel_all_removes_subject"], false) == true
	before := _icp507_with_access(states[i], p)
	count(before) > 0
	count(_icp507_with_access(states[i + 1], p)) == 0
	v := result.violation(
		rego.metadata.rule(),
		messages.text("ICP507.plan", {
			"who": c.who, "provider": p, "sites": sites(before),
			"provider_name": messages.provider_name(object.get(config.providers, [p, "name"], p)),
		}),
		step_place(c),
	)
}

# _icp507_with_access(s, p): the websites of state s with an active access
# entry at p (an approved transfer's included; an open transfer's serving
# status does not count).
_icp507_with_access(s, p) := {w.id |
	some w in s.websites
	some e in object.get(w, "access", [])
	e.provider == p
	e.status == "active"
}
