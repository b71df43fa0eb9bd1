package icp.plan

import data.icp.lib.access
import data.icp.lib.config
import data.icp.lib.messages
import data.icp.lib.result

# METADATA
# title: Access cancelled at a provider
# description: |
#   cancel_access at a provider. The websites' domains can no longer be
#   served from that provider; the ICP number stays valid. To serve from it
#   again, submit a new transfer with the same number; to keep serving
#   elsewhere, make sure another provider has active access.
# related_resources:
#   - ref: https://help.aliyun.com/zh/icp-filing/basic-icp-service/the-difference-between-canceling-access-and-canceling-filing
#     description: "A5: Alibaba Cloud, the difference between canceling access and canceling filing"
# custom:
#   id: ICP501
#   title_zh: 在服务商取消接入
#   description_zh: |
#     cancel_access 取消网站在某服务商的接入：其域名不能再由该服务商提供服务。
#     备案号仍然有效；若要回到该服务商，需以同一备案号重新提交备案转入。
#   severity: warn
#   sources:
#     - faq:cancel-transfer
#     - faq:cancel-vs-cancel
#     - A5
#   messages:
#     at:
#       en: "{website} at {providers}"
#       zh: "{website} 接入于 {providers}"
#     nowhere:
#       en: "{website} nowhere"
#       zh: "{website} 无任何接入"
#     plan:
#       en: "{who} cancels the access of {sites} at {provider}: {domains} can no longer be served from {provider}. The
#         ICP number stays valid; to serve from {provider} again, submit a new transfer to {provider} with the same
#         number; to keep serving elsewhere, make sure another provider has active access (after this step: {left})."
#       zh: "{who} 在 {provider} 取消{sites} 的接入：{domains} 不能再由 {provider} 提供服务。备案号仍然有效；\
#         若要再由 {provider} 提供服务，需以同一备案号向 {provider} 重新提交备案转入；若要由别处继续提供服务，\
#         请确认其他服务商有有效接入（此步之后：{left}）。"
#     serving:
#       en: "{provider} (serving during its open transfer, not yet recorded)"
#       zh: "{provider}（备案转入进行中即可提供服务，尚未接入）"
warn contains v if {
	some c in access_cancellations
	i := c.step
	p := c.provider
	v := result.violation(
		rego.metadata.rule(),
		messages.text("ICP501.plan", {
			"who": c.who, "sites": sites(c.websites), "provider": p,
			"domains": domain_list(domains_of(states[i], c.websites)), "left": _icp501_left(states[i + 1], c.websites),
		}),
		object.union(step_place(c), result.website_field(c.websites)),
	)
}

# _icp501_left(s, wids): where each website has active access in state s.
_icp501_left(s, wids) := concat("; ", [_icp501_where(s, wid) | some wid in sort(wids)])

_icp501_where(s, wid) := messages.text("ICP501.at", {"website": wid, "providers": _icp501_providers(s, wid)}) if {
	count(access.active_providers(s, wid, config.providers)) > 0
} else := messages.text("ICP501.nowhere", {"website": wid})

# _icp501_providers(s, wid): the providers with active access, those that
# only serve during an open transfer marked so (their record comes with the
# approval: ICP304 does not count them).
_icp501_providers(s, wid) := concat(messages.separator, array.concat(
	sort(recorded),
	[messages.text("ICP501.serving", {"provider": p}) | some p in sort(serving - recorded)],
)) if {
	recorded := access.recorded(s, wid)
	serving := access.active_providers(s, wid, config.providers)
}
