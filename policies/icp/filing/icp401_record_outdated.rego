package icp.filing

import data.icp.lib.messages
import data.icp.lib.record
import data.icp.lib.result

# METADATA
# title: Record differs from the actual information
# description: |
#   A field given in actual differs from the record (website name, website
#   administrator, subject name and subject type are the usual ones; any field
#   counts) and no transfer of the subject is open. An outdated record puts
#   the ICP number at risk of cancellation: submit a change application.
# custom:
#   id: ICP401
#   title_zh: 备案信息与实际不符
#   description_zh: |
#     actual 中给出的字段与备案信息不同（常见为网站名称、网站负责人、
#     主体名称、主体性质），且没有进行中的备案转入。信息不符的备案号有被注销的风险：
#     请提交变更备案。
#   severity: deny
#   state: at_risk
#   sources:
#     - faq:update-after
#   messages:
#     filing:
#       en: "The record is outdated: {difference}. An outdated record puts the ICP number at risk of cancellation:
#         submit a change application to update it{note}."
#       zh: "备案信息与实际不符：{difference}。信息不符的备案号有被注销的风险：请提交变更备案进行更新{note}。"
#     province:
#       en: " (the filing province itself never changes: deregister and file again with the new province's
#         administration)"
#       zh: "（备案省份本身不能变更：需注销备案，再向新省份的管局重新备案）"
deny contains v if {
	input.actual
	not transfer_is_open
	some d in record.differences(input)
	v := result.violation(
		rego.metadata.rule(),
		messages.text("ICP401.filing", {"difference": record.describe(d), "note": _icp401_province_note(d)}),
		object.union({"path": d.path}, object.filter(d, {"website"})),
	)
}

_icp401_province_note(d) := messages.text("ICP401.province", {}) if {
	d.field == "province"
	not d.website
} else := ""
