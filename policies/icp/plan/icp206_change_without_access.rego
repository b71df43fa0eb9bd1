package icp.plan

import data.icp.lib.access
import data.icp.lib.config
import data.icp.lib.messages
import data.icp.lib.result

# METADATA
# title: Change submitted where the filing has no active access
# description: |
#   change_website is submitted at a provider P where, at that point of the
#   plan, the website has no active access; change_subject at a provider
#   where no website of the subject has active access. A change is submitted
#   where the filing is recorded: at the original provider before the
#   transfer, or at the new provider once the transfer is approved. Not
#   reported for a website that does not exist (ICP904), nor where ICP201
#   fires for the same action (no change can be submitted anywhere while
#   a transfer is open).
# custom:
#   id: ICP206
#   title_zh: 在没有接入的服务商提交变更备案
#   description_zh: |
#     change_subject 或 change_website 在此时没有有效接入的服务商提交。
#     变更备案要在备案所在的服务商提交：转入前在原服务商，转入审核通过后在新服务商。
#   severity: deny
#   sources:
#     - faq:no-change-mid-transfer
#   messages:
#     instead:
#       en: "Submit it at {providers} instead."
#       zh: "请改在 {providers} 提交。"
#     nowhere:
#       en: "No provider has active access now: get a transfer approved first, then submit the change there."
#       zh: "目前没有任何服务商有有效接入：请先让备案转入审核通过，再在那里提交变更。"
#     plan:
#       en: "Action {action} submits a change of {what} at {provider}, where {subject} at that point of the plan: a
#         change is submitted where the filing is recorded, at the original provider before the transfer or at the new
#         provider once the transfer is approved. {where}"
#       zh: "操作 {action} 在 {provider} 提交{what} 的变更备案，而此时{subject}：变更备案要在备案所在的服务商提交，\
#         转入前在原服务商，转入审核通过后在新服务商。{where}"
#     subject:
#       en: "no website of the subject has active access"
#       zh: "主体下没有网站在该服务商有有效接入"
#     website:
#       en: "website {website} has no active access"
#       zh: "网站 {website} 在该服务商没有有效接入"
deny contains v if {
	some i, a in input.plan.actions
	a.type in {"change_website", "change_subject"}
	count(_icp201_blockers(i, a)) == 0
	s := states[i]
	p := provider(a)
	wids := _icp206_websites(s, a)
	count(wids) > 0
	count({wid | some wid in wids; access.active_at(s, wid, p, config.providers)}) == 0
	v := result.violation(
		rego.metadata.rule(),
		messages.text("ICP206.plan", {
			"action": a.id, "what": _change_what(a), "provider": p,
			"subject": _icp206_subject(a, wids), "where": _icp206_where(s, wids),
		}),
		object.union(
			object.union(at(i, a), {"provider": p}),
			result.website_field({a.website | a.type == "change_website"}),
		),
	)
}

# _icp206_websites(s, a): the websites whose access decides where change a
# is submitted: the changed website, or every website of the subject.
_icp206_websites(s, a) := {a.website} if {
	a.type == "change_website"
	website_in(s, a.website)
} else := {w.id | some w in s.websites} if {
	a.type == "change_subject"
}

_icp206_subject(a, _) := messages.text("ICP206.website", {"website": a.website}) if {
	a.type == "change_website"
} else := messages.text("ICP206.subject", {})

# _icp206_where(s, wids): where the change can be submitted instead.
_icp206_where(s, wids) := messages.text(
	"ICP206.instead",
	{"providers": concat(messages.text("variation.or", {}), sort(ps))},
) if {
	ps := {p | some wid in wids; some p in access.active_providers(s, wid, config.providers)}
	count(ps) > 0
} else := messages.text("ICP206.nowhere", {})
