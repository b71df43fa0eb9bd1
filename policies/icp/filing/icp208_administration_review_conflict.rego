package icp.filing

import data.icp.lib.messages
import data.icp.lib.orders
import data.icp.lib.result

# METADATA
# title: Orders in the administration's review at two providers
# description: |
#   In a snapshot: two orders of the subject are in administration_review at
#   different providers. One subject may have one order in the
#   administration's review at a time: the later one is returned (主办者冲突,
#   a subject conflict). Reported on the later order of each such pair (by
#   submitted_at, else by place in the list), except for a change beside a
#   transfer, which ICP201 reports. Withdraw the later order and submit it
#   again once the earlier one is decided.
# custom:
#   id: ICP208
#   title_zh: 两个服务商的订单同时处于管局审核
#   description_zh: |
#     同一主体在不同服务商的两个订单同时处于管局审核。同一主体同时只能有一个订单在管局审核，
#     后提交的会因主办者冲突被退回：请撤回后提交的订单，待先提交的审核结束后重新提交。
#   severity: warn
#   sources:
#     - T4
warn contains v if {
	result.judged(rego.metadata.rule())
	some j, o in input.orders
	o.status == "administration_review"
	some i, e in input.orders
	i != j
	e.status == "administration_review"
	e.provider != o.provider
	orders.earlier(input, i, j)
	not {o.type, e.type} == {"change", "transfer"}
	v := result.violation(
		rego.metadata.rule(),
		messages.text("ICP208.filing", {
			"order": o.id, "type": o.type, "provider": o.provider,
			"earlier": e.id, "earlier_type": e.type, "earlier_provider": e.provider,
		}),
		{"path": sprintf("/orders/%d", [j]), "order": o.id, "provider": o.provider},
	)
}
