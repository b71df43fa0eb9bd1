package icp.plan

import data.icp.lib.messages
import data.icp.lib.result

# METADATA
# title: Number deregistered
# description: |
#   cancel_number with "acknowledge_irreversible": true. The same
#   consequences as ICP503, listing every website and domain that goes
#   offline (scope subject: all of them; scope website: that one, and that
#   the subject is left with no website when it was the last).
# custom:
#   id: ICP504
#   title_zh: 注销备案
#   description_zh: |
#     cancel_number 已设置 acknowledge_irreversible: true。
#     相关网站将永久下线；恢复需重新备案并获得新备案号，订单提交后不能删除。
#   severity: warn
#   state: inaccessible
#   sources:
#     - faq:cancel-vs-cancel
#     - T1
#     - H4
#   messages:
#     plan:
#       en: "{who} deregisters {what} (acknowledged as irreversible): {offline}. Restoring a deregistered website needs
#         a new filing and a new number, and the cancel-number order cannot be deleted afterwards."
#       zh: "{who} 注销{what}（已确认不可恢复）：{offline}。已注销的网站要恢复，需重新备案并获得新备案号，\
#         且注销备案订单提交后不能删除。"
warn contains v if {
	some c in number_cancellations
	c.acknowledged
	some a in cancel_number_targets(c)
	s := states[c.step]
	v := result.violation(
		rego.metadata.rule(),
		messages.text(
			"ICP504.plan",
			{"who": c.who, "what": _cancel_number_what(s, a), "offline": _cancel_number_offline(s, a)},
		),
		object.union(step_place(c), _cancel_number_place(a)),
	)
}
