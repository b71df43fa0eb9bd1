package icp.plan

import data.icp.lib.messages
import data.icp.lib.result

# METADATA
# title: Information change during a transfer
# description: |
#   In a plan: change_subject or change_website while a transfer of the
#   subject is open (in the snapshot and not yet approved, or submitted
#   earlier in the plan and not yet awaited), or submit_transfer while a
#   change order of the subject is open. Information cannot be modified
#   during a transfer: finish the change at the original provider before
#   submitting the transfer, or submit it after the transfer is approved.
# custom:
#   id: ICP201
#   title_zh: 备案转入期间变更备案信息
#   description_zh: |
#     计划中：备案转入进行中时提交 change_subject 或 change_website，
#     或变更未完结时提交备案转入。转入期间不能修改备案信息：请在提交转入前于原服务商完成变更，
#     或待转入审核通过后再提交。
#   severity: deny
#   sources:
#     - faq:no-change-mid-transfer
#     - T1
deny contains v if {
	some i, a in input.plan.actions
	blockers := icp201_blockers(i, a)
	count(blockers) > 0
	v := result.violation(
		rego.metadata.rule(),
		icp201_msg(a, blockers),
		object.union(object.union(at(i, a), provider_field(a)), icp201_website(a)),
	)
}

# icp201_blockers(i, a): the open orders that forbid action i: the open
# transfers for a change, the open changes for a transfer.
icp201_blockers(i, a) := open_of_type(states[i], "transfer") if {
	a.type in {"change_subject", "change_website"}
} else := open_of_type(states[i], "change") if {
	a.type == "submit_transfer"
} else := set()

icp201_msg(a, blockers) := messages.text("ICP201.plan.change", {
	"action": a.id, "what": icp201_what(a), "provider": provider(a),
	"transfers": result.list(blockers),
}) if {
	a.type != "submit_transfer"
} else := messages.text("ICP201.plan.transfer", {"action": a.id, "provider": provider(a), "changes": result.list(blockers)})

icp201_what(a) := messages.text("plan.website", {"websites": a.website}) if {
	a.type == "change_website"
} else := messages.text("plan.subject", {})

icp201_website(a) := {"website": a.website} if {
	a.type == "change_website"
} else := {}
