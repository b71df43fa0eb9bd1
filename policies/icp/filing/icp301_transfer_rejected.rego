package icp.filing

import data.icp.lib.messages
import data.icp.lib.orders
import data.icp.lib.result

# METADATA
# title: Transfer rejected and not resubmitted
# description: |
#   A transfer order is rejected and no later transfer to the same provider
#   for its websites is open or approved. The site stays accessible while the
#   domain's filing is not cancelled: read the rejection reasons, fix them and
#   resubmit the transfer.
# custom:
#   id: ICP301
#   title_zh: 备案转入被驳回且未重新提交
#   description_zh: |
#     备案转入订单被驳回，之后没有转入同一服务商的订单在审核中或已通过。只要域名的备案未被注销，
#     网站仍可访问：请查看驳回原因，修改后重新提交备案转入。
#   severity: warn
#   sources:
#     - faq:rejected
#   messages:
#     filing:
#       en: "Transfer {order} of {websites} to {provider} was rejected{reasons} and no later transfer to {provider} is
#         open or approved for {websites}. The site stays accessible while the domain's filing is not cancelled: read
#         the rejection reasons, fix them and resubmit the transfer."
#       zh: "{websites} 转入 {provider} 的备案转入订单 {order} 被驳回{reasons}，之后也没有转入 {provider} 的订单在审核\
#         中或已通过。只要域名的备案未被注销，网站仍可访问：请查看驳回原因，修改后重新提交备案转入。"
#     reasons:
#       en: " (reasons: {reasons})"
#       zh: "（驳回原因：{reasons}）"
warn contains v if {
	result.judged(rego.metadata.rule())
	some i, o in input.orders
	o.type == "transfer"
	o.status == "rejected"
	left := {wid | some wid in orders.covered(input, o); not _icp301_resubmitted(i, o, wid)}
	count(left) > 0
	v := result.violation(
		rego.metadata.rule(),
		messages.text(
			"ICP301.filing",
			{"order": o.id, "websites": result.list(left), "provider": o.provider, "reasons": _icp301_reasons(o)},
		),
		object.union(
			{"path": sprintf("/orders/%d", [i]), "order": o.id, "provider": o.provider},
			result.website_field(left),
		),
	)
}

# _icp301_resubmitted(i, o, wid): a transfer to o's provider covering wid,
# later than order i, is open or approved.
_icp301_resubmitted(i, o, wid) if {
	some j in orders.transfers_covering(input, wid)
	t := input.orders[j]
	t.provider == o.provider
	_icp301_live(t)
	orders.earlier(input, i, j)
}

_icp301_live(t) if orders.is_open(t)

_icp301_live(t) if t.status == "approved"

_icp301_reasons(o) := messages.text("ICP301.reasons", {"reasons": concat("; ", o.rejection_reasons)}) if {
	count(o.rejection_reasons) > 0
} else := ""
