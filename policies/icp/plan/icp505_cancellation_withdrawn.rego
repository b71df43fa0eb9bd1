package icp.plan

import data.icp.lib.messages
import data.icp.lib.result

# METADATA
# title: Cancellation order withdrawn or abandoned
# description: |
#   withdraw_order or abandon_order names a cancel_number order, or a
#   cancel_access order in administration_review. Cancellation orders cannot
#   be deleted or withdrawn: the order stays and takes effect when approved.
# custom:
#   id: ICP505
#   title_zh: 撤回或放弃注销类订单
#   description_zh: |
#     withdraw_order 或 abandon_order 针对注销备案订单，
#     或已到管局审核的取消接入订单。这类订单不能删除或撤回：订单会保留，审核通过后生效。
#   severity: deny
#   sources:
#     - faq:order-final
#     - T1
#   messages:
#     abandon:
#       en: "Action {action} abandons order {order} ({type} at {provider}, {status}), but cancellation orders cannot be
#         deleted or withdrawn{when}: the order stays and takes effect when approved."
#       zh: "操作 {action} 放弃订单 {order}（{type}，{provider}，{status}），但注销类订单{when}不能删除或撤回：\
#         订单会保留，审核通过后生效。"
#     administration:
#       en: " once they reach the administration"
#       zh: "提交到管局后"
#     withdraw:
#       en: "Action {action} withdraws order {order} ({type} at {provider}, {status}), but cancellation orders cannot be
#         deleted or withdrawn{when}: the order stays and takes effect when approved."
#       zh: "操作 {action} 撤回订单 {order}（{type}，{provider}，{status}），但注销类订单{when}不能删除或撤回：\
#         订单会保留，审核通过后生效。"
deny contains v if {
	some i, a in input.plan.actions
	a.type in {"withdraw_order", "abandon_order"}
	some o in states[i].orders
	o.id == a.order
	_icp505_final(o)
	v := result.violation(
		rego.metadata.rule(),
		messages.text(_icp505_key(a), {
			"action": a.id, "order": o.id, "type": o.type, "provider": o.provider,
			"status": o.status, "when": _icp505_when(o),
		}),
		object.union(at(i, a), {"order": o.id, "provider": o.provider}),
	)
}

_icp505_final(o) if o.type == "cancel_number"

_icp505_final(o) if {
	o.type == "cancel_access"
	o.status == "administration_review"
}

_icp505_key(a) := "ICP505.withdraw" if {
	a.type == "withdraw_order"
} else := "ICP505.abandon"

_icp505_when(o) := messages.text("ICP505.administration", {}) if {
	o.type == "cancel_access"
} else := ""
