package icp.filing

import data.icp.lib.messages
import data.icp.lib.orders
import data.icp.lib.result

# METADATA
# title: Information change during a transfer
# description: |
#   In a snapshot: an open change order beside an open transfer of the
#   subject (reported on the change order). Information cannot be modified
#   during a transfer: finish the change at the original provider before
#   submitting the transfer, or submit it after the transfer is approved.
# custom:
#   id: ICP201
#   title_zh: 备案转入期间变更备案信息
#   description_zh: |
#     备案转入进行中时提交变更备案（或转入时仍有未完结的变更）。转入期间不能修改备案信息：
#     请在提交转入前于原服务商完成变更，或待转入审核通过后再提交。
#   severity: deny
#   sources:
#     - faq:no-change-mid-transfer
#     - T1
deny contains v if {
	result.judged(rego.metadata.rule())
	some i, o in input.orders
	o.type == "change"
	transfer_is_open
	orders.is_open(o)
	v := result.violation(
		rego.metadata.rule(),
		messages.text("ICP201.filing", {"order": o.id, "provider": o.provider, "transfers": result.list(orders.open_transfer_ids(input))}),
		{"path": sprintf("/orders/%d", [i]), "order": o.id, "provider": o.provider},
	)
}
