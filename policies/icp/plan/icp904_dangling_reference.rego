package icp.plan

import data.icp.lib.messages
import data.icp.lib.plan as sim
import data.icp.lib.result

# METADATA
# title: Plan refers to something that does not exist
# description: |
#   A plan action names a website, an order or an earlier action that the
#   snapshot (or an earlier action) does not have: a website that is neither
#   in the snapshot nor added by an earlier add_website (the new website of
#   an add_website is no such reference); an order that is not in the state
#   at that point (never there, removed by an earlier withdrawal, or
#   submitted only later); an await_approval whose action is not an earlier
#   action that submitted an order. Domains are not judged here (ICP203).
# custom:
#   id: ICP904
#   title_zh: 计划引用了不存在的对象
#   description_zh: |
#     计划中的操作引用了快照中没有、之前的操作也没有新增的网站或订单，或 await_approval 引用了不存在、
#     位置更晚或未提交订单的操作。请更正 ID 或调整操作顺序。
#   severity: deny
#   sources: []
#   messages:
#     await:
#       en: "Action {action} waits for action {awaited}, {problem}: an await_approval names an earlier action of the
#         plan that submitted an order."
#       zh: "操作 {action} 等待的操作 {awaited}{problem}：await_approval 应引用计划中更早、且提交了订单的操作。"
#     await.later:
#       en: "which comes later in the plan"
#       zh: "在计划中位于其后"
#     await.missing:
#       en: "which the plan does not have"
#       zh: "不在计划中"
#     await.no_order:
#       en: "which submits no order (it is a {type})"
#       zh: "没有提交订单（它是 {type}）"
#     await.removed:
#       en: "whose order action {remover} already removed"
#       zh: "的订单已被操作 {remover} 移除"
#     await.snapshot_order:
#       en: "which the plan does not have ({order} is an order of the snapshot: name it with \"order\" instead)"
#       zh: "不在计划中（{order} 是快照中的订单：请改用 \"order\" 引用它）"
#     order.later:
#       en: "Action {action} names order {order}, which is submitted only later in the plan (by /actions/{index}): move
#         this action after it."
#       zh: "操作 {action} 引用的订单 {order} 在计划中更晚才提交（/actions/{index}）：请把此操作移到它之后。"
#     order.removed:
#       en: "Action {action} names order {order}, which action {remover} already removed: an order that is withdrawn or
#         abandoned is gone."
#       zh: "操作 {action} 引用的订单 {order} 已被操作 {remover} 移除：撤回或放弃的订单不再存在。"
#     order.unknown:
#       en: "Action {action} names order {order}, which the snapshot does not have and no earlier action submitted:
#         correct the order id."
#       zh: "操作 {action} 引用的订单 {order} 不在快照中，之前的操作也没有提交它：请更正订单 ID。"
#     website:
#       en: "Action {action} names website {website}, which the snapshot does not have and no earlier action adds
#         (websites: {websites}). Correct the website id."
#       zh: "操作 {action} 引用的网站 {website} 不在快照中，之前的操作也没有新增它（现有网站：{websites}）。\
#         请更正网站 ID。"
deny contains v if {
	some [i, place, msg] in _icp904_places
	v := result.violation(rego.metadata.rule(), msg, object.union(at(i, input.plan.actions[i]), place))
}

_icp904_places contains [i, {"website": wid}, msg] if {
	some i, a in input.plan.actions
	some wid in _icp904_website_refs(a)
	not sim.known_website(input.filing, input.plan, wid, i)
	msg := messages.text(
		"ICP904.website",
		{"action": a.id, "website": wid, "websites": domain_list({w.id | some w in states[i].websites})},
	)
}

_icp904_places contains [i, {"order": id}, msg] if {
	some i, a in input.plan.actions
	a.type in {"withdraw_order", "abandon_order", "await_approval"}
	id := a.order
	not id in {o.id | some o in states[i].orders}
	msg := _icp904_order_gone(a.id, i, id)
}

_icp904_places contains [i, {"order": id}, msg] if {
	some i, a in input.plan.actions
	a.type == "await_approval"
	id := a.action
	problem := _icp904_action_problem(i, id)
	msg := messages.text("ICP904.await", {"action": a.id, "awaited": id, "problem": problem})
}

# _icp904_website_refs(a): the website ids that action a names.
_icp904_website_refs(a) := {wid | some wid in a.websites} if {
	a.type in {"submit_transfer", "cancel_access"}
} else := {a.website} if {
	a.type == "change_website"
} else := {a.website} if {
	a.type == "cancel_number"
	a.scope == "website"
} else := set()

# _icp904_order_gone(i, id): why order id is not in states[i].
_icp904_order_gone(action, i, id) := messages.text(
	"ICP904.order.removed",
	{"action": action, "order": id, "remover": input.plan.actions[k].id},
) if {
	k := sim.removed_before(simulation, id, i)
} else := messages.text("ICP904.order.later", {"action": action, "order": id, "index": k}) if {
	k := min({j | some j, a in input.plan.actions; j >= i; a.id == id; sim.submits(a)})
} else := messages.text("ICP904.order.unknown", {"action": action, "order": id})

# _icp904_action_problem(i, id): what is wrong with an await_approval of
# action id at index i (undefined when nothing is).
_icp904_action_problem(i, id) := messages.text("ICP904.await.snapshot_order", {"order": id}) if {
	not id in {a.id | some a in input.plan.actions}
	id in {o.id | some o in object.get(input.filing, "orders", [])}
} else := messages.text("ICP904.await.missing", {}) if {
	not id in {a.id | some a in input.plan.actions}
} else := messages.text("ICP904.await.later", {}) if {
	not id in {a.id | some j, a in input.plan.actions; j < i}
} else := messages.text("ICP904.await.no_order", {"type": input.plan.actions[j].type}) if {
	not sim.submitter_before(input.plan, id, i)
	j := max({k | some k, a in input.plan.actions; k < i; a.id == id})
} else := messages.text("ICP904.await.removed", {"remover": input.plan.actions[k].id}) if {
	k := sim.removed_before(simulation, id, i)
}
