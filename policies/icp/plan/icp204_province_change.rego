package icp.plan

import data.icp.lib.messages
import data.icp.lib.result

# METADATA
# title: Change of the filing province
# description: |
#   change_subject sets a province other than the subject's filing province.
#   The filing province never changes: deregister the number and file again
#   with the new province's communications administration.
# related_resources:
#   - ref: https://www.alibabacloud.com/help/faq-detail/36928.htm
#     description: "A14: Alibaba Cloud, change and order limits"
#   - ref: https://intl.cloud.tencent.com/document/product/1022/31685
#     description: "T2: Tencent Cloud, ICP filing province"
# custom:
#   id: ICP204
#   title_zh: 变更备案省份
#   description_zh: |
#     change_subject 设置了不同的 province。备案省份不能变更：
#     需注销备案，再向新省份的管局重新备案。
#   severity: deny
#   sources:
#     - A14
#     - T2
#   messages:
#     plan:
#       en: "Action {action} changes the filing province from {from} to {to}: the filing province never changes. To file
#         in {to}, deregister the number and file again with that province's administration; otherwise drop province
#         from the change."
#       zh: "操作 {action} 把备案省份从 {from} 改为 {to}：备案省份不能变更。若要在 {to} 备案，需注销备案号，\
#         再向该省管局重新备案；否则请从变更中去掉 province。"
deny contains v if {
	some i, a in input.plan.actions
	a.type == "change_subject"
	to := a.set.province
	from := states[i].subject.province
	to != from
	v := result.violation(
		rego.metadata.rule(),
		messages.text("ICP204.plan", {"action": a.id, "from": from, "to": to}),
		object.union(at(i, a), provider_field(a)),
	)
}
