package icp.filing

import data.icp.lib.messages
import data.icp.lib.orders
import data.icp.lib.record
import data.icp.lib.result

# METADATA
# title: Record differs from the actual information during a transfer
# description: |
#   A field given in actual differs from the record while a transfer of the
#   subject is open. The record cannot change during the transfer: submit the
#   change application as soon as the transfer is approved.
# custom:
#   id: ICP402
#   title_zh: 转入期间备案信息与实际不符
#   description_zh: |
#     备案转入进行中时，actual 中给出的字段与备案信息不同。转入期间不能变更备案：
#     请在转入审核通过后立即提交变更备案。
#   severity: warn
#   sources:
#     - faq:no-change-mid-transfer
#     - faq:update-after
#   messages:
#     filing:
#       en: "The record is outdated: {difference}, and it cannot change while transfer {transfers} is open. Submit the
#         change application as soon as the transfer is approved."
#       zh: "备案信息与实际不符：{difference}；备案转入 {transfers} 进行中，期间不能变更。\
#         请在转入审核通过后立即提交变更备案。"
warn contains v if {
	result.judged(rego.metadata.rule())
	input.actual
	transfer_is_open
	some d in record.differences(input)
	v := result.violation(
		rego.metadata.rule(),
		messages.text(
			"ICP402.filing",
			{"difference": record.describe(d), "transfers": result.list(orders.open_transfer_ids(input))},
		),
		object.union({"path": d.path}, object.filter(d, {"website"})),
	)
}
