package icp.plan

import data.icp.lib.messages
import data.icp.lib.result

# METADATA
# title: Transfer names domains that are not recorded
# description: |
#   submit_transfer names domains that are not recorded for its websites (at
#   that point of the plan); ICP904 is not reported for those domains. A
#   transfer cannot add domains: transfer the recorded domains first, then
#   add the others with a change application.
# custom:
#   id: ICP203
#   title_zh: 备案转入包含未备案的域名
#   description_zh: |
#     submit_transfer 列出的域名不在其网站的备案中。备案转入不能新增域名：
#     先转入，审核通过后再通过变更备案添加。
#   severity: deny
#   sources:
#     - A16
#   messages:
#     plan:
#       en: "Action {action} transfers {domain}, which is not recorded for {sites} (recorded: {recorded}): a transfer
#         cannot add domains. Transfer the recorded domains first, then add {domain} with a change application once the
#         transfer is approved."
#       zh: "操作 {action} 转入的域名 {domain} 不在{sites} 的备案中（已备案：{recorded}）：备案转入不能新增域名。\
#         请先转入已备案的域名，待转入审核通过后再通过变更备案添加 {domain}。"
deny contains v if {
	some i, a in input.plan.actions
	a.type == "submit_transfer"
	recorded := domains_of(states[i], {wid | some wid in a.websites})
	some d in a.domains
	not d in recorded
	v := result.violation(
		rego.metadata.rule(),
		messages.text("ICP203.plan", {
			"action": a.id, "domain": d, "sites": sites({wid | some wid in a.websites}),
			"recorded": domain_list(recorded),
		}),
		object.union(
			object.union(at(i, a), {"domain": d}),
			object.union(provider_field(a), result.website_field({wid | some wid in a.websites})),
		),
	)
}
