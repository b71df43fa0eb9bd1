package icp.plan

import data.icp.lib.config
import data.icp.lib.messages
import data.icp.lib.result

# METADATA
# title: Website added to a subject with no website left
# description: |
#   In a plan: add_website while the subject has no active website (in the
#   snapshot, or after a cancel_number earlier in the plan), and the
#   subject's province does not have shell_subject_may_add: true (province
#   data). A subject with no website left (空壳主体, a shell subject) cannot
#   add one in such a province: deregister the subject at the administration
#   and file again.
# related_resources:
#   - ref: https://support.huaweicloud.com/icp_faq/zh-cn_topic_0173231867.html
#     description: "H5: Huawei Cloud ICP knowledge base (huaweicloud/huaweicloud-skills: kb/topics/备案管局咨询.md,
#       kb/procedures/备案注销咨询.md, references/filing-rules.yml)"
# custom:
#   id: ICP211
#   title_zh: 向没有网站的主体新增网站
#   description_zh: |
#     add_website 时主体已没有有效网站（空壳主体），而所在省份不允许空壳主体新增网站。
#     请注销主体后带上新网站重新备案，或在最后一个网站注销前新增网站。
#   severity: deny
#   sources:
#     - H5
#   messages:
#     plan:
#       en: "Action {action} adds website {website} to a subject that has no active website left at this step (a shell
#         subject, 空壳主体): in {province} a shell subject cannot add a website. Deregister the subject at the
#         administration and file again with the new website (or add the website before the subject's last one is
#         cancelled)."
#       zh: "操作 {action} 向一个此时已没有有效网站的主体（空壳主体）新增网站 {website}：在{province}，\
#         空壳主体不能新增网站。请在管局注销主体，带上新网站重新备案（或在主体最后一个网站注销前新增网站）。"
deny contains v if {
	some i, a in input.plan.actions
	a.type == "add_website"
	s := states[i]
	not _icp211_has_active_website(s)
	province := object.get(s.subject, "province", "")
	object.get(config.provinces, [province, "shell_subject_may_add"], false) != true
	v := result.violation(
		rego.metadata.rule(),
		messages.text(
			"ICP211.plan",
			{
				"action": a.id,
				"website": a.website.id,
				"province": object.get(config.provinces, [province, "name"], province),
			},
		),
		object.union(object.union(at(i, a), provider_field(a)), {"website": a.website.id}),
	)
}

_icp211_has_active_website(s) if {
	some w in s.websites
	w.status == "active"
}
