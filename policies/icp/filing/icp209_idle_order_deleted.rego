package icp.filing

import data.icp.lib.config
import data.icp.lib.dates
import data.icp.lib.messages
import data.icp.lib.result

# METADATA
# title: Order idle at the provider will be deleted
# description: |
#   An order is still at its provider (provider_review or sms_verification)
#   and at least order_idle_warning_days have passed since its submitted_at,
#   at a provider whose data gives order_idle_delete_days (alibaba-cloud:
#   deleted after 45 days, warned from 30). The provider deletes an order that
#   has not reached the administration in that time: finish it (the
#   verification, the submission) or it must be started again.
# related_resources:
#   - ref: http://help.aliyun.com/document_detail/157772.html
#     description: "A7: Alibaba Cloud, ICP filing order clean-up (orders idle 45 days are deleted)"
# custom:
#   id: ICP209
#   title_zh: 订单在服务商处闲置，将被删除
#   description_zh: |
#     订单仍在服务商处（服务商审核或短信核验），且自提交起已超过 order_idle_warning_days 天。
#     服务商会删除规定天数内未提交到管局的订单（阿里云：45 天，30 天起提醒）
#     ：请在此之前完成核验与提交，否则需要重新开始。
#   severity: warn
#   sources:
#     - A7
#   messages:
#     due:
#       en: "this one is due for deletion in {days} day(s)"
#       zh: "本订单将在 {days} 天后被删除"
#     filing:
#       en: "Order {order} ({type}) at {provider} has been in {status} for {days} days since {submitted}: {provider}
#         deletes an order that has not reached the administration within {limit} days, and {when}. Finish it (complete
#         the verification and the submission) before then, or it must be started again."
#       zh: "订单 {order}（{type}，{provider}）自 {submitted} 起处于 {status} 已 {days} 天：\
#         {provider} 会删除 {limit} 天内未提交到管局的订单，{when}。请在此之前完成短信核验并提交，否则需要重新开始。"
#     overdue:
#       en: "this one may be deleted already"
#       zh: "本订单可能已被删除"
warn contains v if {
	result.judged(rego.metadata.rule())
	some i, o in input.orders
	o.status in {"provider_review", "sms_verification"}
	limit := object.get(config.providers, [o.provider, "order_idle_delete_days"], null)
	is_number(limit)
	warning := object.get(config.providers, [o.provider, "order_idle_warning_days"], limit)
	n := dates.days(o.submitted_at, input.as_of)
	n >= warning
	v := result.violation(
		rego.metadata.rule(),
		messages.text("ICP209.filing", {
			"order": o.id, "type": o.type, "provider": o.provider, "status": o.status, "days": n,
			"submitted": o.submitted_at, "limit": limit, "when": _icp209_when(n, limit),
		}),
		{"path": sprintf("/orders/%d", [i]), "order": o.id, "provider": o.provider},
	)
}

_icp209_when(n, limit) := messages.text("ICP209.due", {"days": limit - n}) if {
	n < limit
} else := messages.text("ICP209.overdue", {})
