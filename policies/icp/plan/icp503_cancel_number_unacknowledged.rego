package icp.plan

import data.icp.lib.messages
import data.icp.lib.result

# METADATA
# title: Number deregistered without acknowledgement
# description: |
#   cancel_number without "acknowledge_irreversible": true. Deregistering the
#   number takes the listed websites offline for good; restoring them needs a
#   new filing and a new number, and the order cannot be deleted afterwards.
#   To stop serving from one provider only, cancel the access instead.
# related_resources:
#   - ref: https://help.aliyun.com/zh/icp-filing/basic-icp-service/the-difference-between-canceling-access-and-canceling-filing
#     description: "A5: Alibaba Cloud, the difference between canceling access and canceling filing"
# custom:
#   id: ICP503
#   title_zh: 未确认即注销备案
#   description_zh: |
#     cancel_number 没有设置 acknowledge_irreversible: true。
#     注销备案不可恢复：网站永久下线，恢复需重新备案并获得新备案号，订单提交后不能删除。
#     只想离开某个服务商时请改用取消接入。
#   severity: deny
#   state: inaccessible
#   sources:
#     - faq:cancel-vs-cancel
#     - faq:order-final
#     - A5
#   messages:
#     plan:
#       en: "{who} deregisters {what} without \"acknowledge_irreversible\": true: {offline}. Restoring a deregistered
#         website needs a new filing and a new number, and the cancel-number order cannot be deleted afterwards. To stop
#         serving from one provider only, cancel the access instead; if deregistration is intended, set
#         \"acknowledge_irreversible\": true."
#       zh: "{who} 注销{what}，但没有设置 \"acknowledge_irreversible\": true：{offline}。已注销的网站要恢复，\
#         需重新备案并获得新备案号，且注销备案订单提交后不能删除。如果只是不再由某个服务商提供服务，请改用取消接入；\
#         如果确实要注销备案，请设置 \"acknowledge_irreversible\": true。"
deny contains v if {
	some c in number_cancellations
	not c.acknowledged
	some a in cancel_number_targets(c)
	s := states[c.step]
	v := result.violation(
		rego.metadata.rule(),
		messages.text(
			"ICP503.plan",
			{"who": c.who, "what": _cancel_number_what(s, a), "offline": _cancel_number_offline(s, a)},
		),
		object.union(step_place(c), _cancel_number_place(a)),
	)
}

# _cancel_number_what(s, a): the number that cancel_number action a
# deregisters.
_cancel_number_what(s, a) := messages.text(
	"cancel_number.subject",
	{"number": object.get(s.subject, "icp_number", "")},
) if {
	a.scope == "subject"
} else := messages.text(
	"cancel_number.website",
	{"number": object.get(website_in(s, a.website), "icp_number", "(none)"), "website": a.website},
) if {
	website_in(s, a.website)
} else := messages.text("plan.website", {"websites": a.website})

# _cancel_number_sites(s, a): the ids of the websites that go offline.
_cancel_number_sites(s, a) := {w.id | some w in s.websites; w.status != "deregistered"} if {
	a.scope == "subject"
} else := {a.website}

# _cancel_number_offline(s, a): the websites and domains that go offline for
# good, and, for the last website, that the subject is left with none.
_cancel_number_offline(s, a) := messages.text(_cancel_number_offline_key(wids), {
	"sites": concat(messages.separator, [site_with_domains(s, wid) | some wid in sort(wids)]),
	"last": _cancel_number_last(s, a),
}) if {
	wids := _cancel_number_sites(s, a)
	count(wids) > 0
} else := messages.text("cancel_number.offline.none", {})

_cancel_number_offline_key(wids) := "cancel_number.offline.one" if {
	count(wids) == 1
} else := "cancel_number.offline"

_cancel_number_last(s, a) := messages.text("cancel_number.last", {}) if {
	a.scope == "website"
	count({w.id | some w in s.websites; w.status != "deregistered"; w.id != a.website}) == 0
} else := ""

_cancel_number_place(a) := {"website": a.website} if {
	a.scope == "website"
} else := {}
