package icp.plan

import data.icp.lib.messages
import data.icp.lib.plan as sim
import data.icp.lib.result

# METADATA
# title: Two open orders at one provider
# description: |
#   In a plan: an action submits an order (submit_transfer, add_website,
#   change_subject, change_website) at a provider while another order of the
#   subject at that provider is open (in the snapshot, or submitted earlier
#   in the plan and not yet awaited). Not reported where ICP201 fires for the
#   same action. One order at a time per subject at a provider: finish or
#   abandon the open one first.
# custom:
#   id: ICP202
#   title_zh: 同一服务商有两个未完结订单
#   description_zh: |
#     计划中：某操作在服务商 P 提交订单，而主体在 P 还有未完结的订单。
#     同一主体在同一服务商同时只能有一个订单：请先完成或撤回已有订单。
#   severity: deny
#   sources:
#     - A14
#     - H4
deny contains v if {
	some i, a in input.plan.actions
	sim.submits(a)
	count(icp201_blockers(i, a)) == 0
	p := provider(a)
	open := open_at(states[i], p)
	count(open) > 0
	v := result.violation(
		rego.metadata.rule(),
		messages.text("ICP202.plan", {"action": a.id, "provider": p, "open": result.list(open)}),
		object.union(at(i, a), {"provider": p}),
	)
}
