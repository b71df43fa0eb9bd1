package icp.filing

import data.icp.lib.messages
import data.icp.lib.orders
import data.icp.lib.result
import data.icp.lib.websites

# METADATA
# title: Open cancellation order
# description: |
#   An open cancel_number order, or an open cancel_access order at a provider
#   from which one of its websites' domains is served. Once approved, the
#   listed websites become inaccessible (for cancel_number, every website of
#   the subject when its scope is subject).
# related_resources:
#   - ref: https://help.aliyun.com/zh/icp-filing/basic-icp-service/the-difference-between-canceling-access-and-canceling-filing
#     description: "A5: Alibaba Cloud, the difference between canceling access and canceling filing"
# custom:
#   id: ICP506
#   title_zh: 有未完结的注销订单
#   description_zh: |
#     有未完结的注销备案订单，或在某服务商有未完结的取消接入订单而网站域名仍由该服务商提供服务。
#     审核通过后，相关网站将无法访问（注销备案范围为主体时，主体下所有网站都无法访问）
#     。
#   severity: warn
#   state: at_risk
#   sources:
#     - faq:cancel-vs-cancel
#     - A5
#   messages:
#     cancel_access:
#       en: "Cancel-access order {order} at {provider} is open while {domains} are served from {provider}: once
#         approved, {provider} is no longer the access provider of {websites} and its domains become inaccessible there.
#         Serve them from a provider with active access before the order is approved."
#       zh: "取消接入订单 {order} 在 {provider} 未完结，而 {domains} 仍由 {provider} 提供服务：审核通过后，\
#         {provider} 不再是 {websites} 的接入服务商，其域名在那里将无法访问。请在订单审核通过前，\
#         改由已接入的服务商提供服务。"
#     cancel_access.one:
#       en: "Cancel-access order {order} at {provider} is open while {domains} is served from {provider}: once approved,
#         {provider} is no longer the access provider of {websites} and its domains become inaccessible there. Serve
#         them from a provider with active access before the order is approved."
#       zh: "取消接入订单 {order} 在 {provider} 未完结，而 {domains} 仍由 {provider} 提供服务：审核通过后，\
#         {provider} 不再是 {websites} 的接入服务商，其域名在那里将无法访问。请在订单审核通过前，\
#         改由已接入的服务商提供服务。"
#     cancel_number:
#       en: "Cancel-number order {order} (scope {scope}) is open at {provider}: once approved, the number is
#         deregistered and {sites} inaccessible for good; restoring a website needs a new filing and a new number, and
#         the order cannot be withdrawn."
#       zh: "注销备案订单 {order}（范围 {scope}）在 {provider} 未完结：审核通过后备案号被注销，{sites}永久无法访问；\
#         恢复网站需要重新备案并获得新备案号，且该订单不能撤回。"
#     sites:
#       en: "websites {websites} ({domains}) become"
#       zh: "网站 {websites}（{domains}）将"
#     sites.bare:
#       en: "websites {websites} become"
#       zh: "网站 {websites} 将"
#     sites.one:
#       en: "website {websites} ({domains}) becomes"
#       zh: "网站 {websites}（{domains}）将"
#     sites.one.bare:
#       en: "website {websites} becomes"
#       zh: "网站 {websites} 将"
warn contains v if {
	some i, o in input.orders
	o.type in {"cancel_number", "cancel_access"}
	orders.is_open(o)
	msg := _icp506_msg(o)
	v := result.violation(
		rego.metadata.rule(),
		msg,
		{"path": sprintf("/orders/%d", [i]), "order": o.id, "provider": o.provider},
	)
}

_icp506_msg(o) := messages.text("ICP506.cancel_number", {
	"order": o.id, "scope": object.get(o, "scope", "website"), "provider": o.provider,
	"sites": _icp506_sites(orders.covered(input, o)),
}) if {
	o.type == "cancel_number"
}

_icp506_msg(o) := _icp506_cancel_access(o, served, wids) if {
	o.type == "cancel_access"
	wids := orders.covered(input, o)
	served := {d |
		some w in input.websites
		w.id in wids
		some d in w.domains
		[d, o.provider] in websites.served_pairs(input)
	}
	count(served) > 0
}

_icp506_cancel_access(o, served, wids) := messages.text("ICP506.cancel_access.one", params) if {
	params := {"order": o.id, "provider": o.provider, "domains": result.list(served), "websites": result.list(wids)}
	count(served) == 1
} else := messages.text(
	"ICP506.cancel_access",
	{"order": o.id, "provider": o.provider, "domains": result.list(served), "websites": result.list(wids)},
)

_icp506_sites(wids) := messages.text("ICP506.sites.one", params) if {
	params := {"websites": result.list(wids), "domains": result.list(_icp506_domains(wids))}
	count(wids) == 1
	count(_icp506_domains(wids)) > 0
} else := messages.text("ICP506.sites", params) if {
	params := {"websites": result.list(wids), "domains": result.list(_icp506_domains(wids))}
	count(_icp506_domains(wids)) > 0
} else := messages.text("ICP506.sites.one.bare", {"websites": result.list(wids)}) if {
	count(wids) == 1
} else := messages.text("ICP506.sites.bare", {"websites": result.list(wids)})

_icp506_domains(wids) := {d | some w in input.websites; w.id in wids; some d in w.domains}
