package icp.filing

import data.icp.lib.config
import data.icp.lib.dates
import data.icp.lib.messages
import data.icp.lib.result

# METADATA
# title: Resource serving a filed domain expires soon
# description: |
#   A resource that serves a domain of a filed website expires within
#   expiry_warning_days (threshold data, default 30) whole days of as_of, or
#   has already expired. When the instance expires the filing may be judged
#   invalid and cancelled: renew it, or move the domain to another resource
#   at a provider with active access, before then.
# related_resources:
#   - ref: https://www.alibabacloud.com/help/faq-detail/36938.htm
#     description: "A10: Alibaba Cloud, instance requirements for ICP filing"
# custom:
#   id: ICP105
#   title_zh: 为已备案域名提供服务的资源即将到期
#   description_zh: |
#     为已备案网站域名提供服务的资源将在 expiry_warning_days（默认 30）
#     天内到期，或已经到期。实例到期后备案可能被判定无效并注销：请在此之前续费，
#     或把域名迁到已接入服务商的其他资源上。
#   severity: warn
#   state: at_risk
#   sources:
#     - A10
#   messages:
#     expired:
#       en: "expired on {date}"
#       zh: "已于 {date} 到期"
#     expires:
#       en: "expires on {date}, in {days} days"
#       zh: "将于 {date} 到期，还剩 {days} 天"
#     expires.one:
#       en: "expires on {date}, in 1 day"
#       zh: "将于 {date} 到期，还剩 1 天"
#     expires.today:
#       en: "expires on {date}, within a day"
#       zh: "将于 {date} 到期，不足一天"
#     filing:
#       en: "{resource} serving {domain} (website {websites}) at {provider} {when}: when the instance expires the filing
#         may be judged invalid and cancelled. Renew it, or move the domain to a resource that stays paid."
#       zh: "{resource}（在 {provider} 为 {domain} 提供服务，网站 {websites}）{when}：实例到期后，\
#         备案可能被判定无效并注销。请续费，或把域名迁到不会到期的资源上。"
#     resource:
#       en: "Resource {id}"
#       zh: "资源 {id}"
#     resource.unnamed:
#       en: "The resource"
#       zh: "该资源"
warn contains v if {
	some i, h in input.hosting
	expires := h.resource.expires_at
	owners := filed_owners_of[h.domain]
	not _icp105_far(expires)
	n := dates.days(input.as_of, expires)
	n <= config.expiry_warning_days
	v := result.violation(
		rego.metadata.rule(),
		messages.text("ICP105.filing", {
			"resource": _icp105_label(h.resource), "domain": h.domain, "websites": result.list(owners),
			"provider": h.provider, "when": _icp105_when(expires, n),
		}),
		object.union(
			{"path": sprintf("/hosting/%d/resource/expires_at", [i]), "domain": h.domain, "provider": h.provider},
			result.website_field(owners),
		),
	)
}

# _icp105_far(expires): the resource expires more than expiry_warning_days
# whole days after as_of, for sure: at or after _icp105_cutoff. The rule does
# not count the days of such a resource (a comparison instead of the day
# count). Undefined when the threshold is not a number: then every resource's
# days are counted (a function, so that `not` sees it undefined: within a
# negated expression, the arguments and references are evaluated outside it).
_icp105_far(expires) if time.parse_rfc3339_ns(expires) >= _icp105_cutoff

# _icp105_cutoff: as_of plus expiry_warning_days + 1 days, in nanoseconds: a
# resource that expires from then on expires more than expiry_warning_days
# whole days after as_of.
_icp105_cutoff := time.parse_rfc3339_ns(input.as_of) + ((config.expiry_warning_days + 1) * dates.day_ns)

_icp105_label(r) := messages.text("ICP105.resource", {"id": r.id}) if {
	is_string(r.id)
} else := messages.text("ICP105.resource.unnamed", {})

_icp105_when(expires, n) := messages.text("ICP105.expired", {"date": expires}) if {
	not dates.before(input.as_of, expires)
} else := messages.text("ICP105.expires.today", {"date": expires}) if {
	n == 0
} else := messages.text("ICP105.expires.one", {"date": expires}) if {
	n == 1
} else := messages.text("ICP105.expires", {"date": expires, "days": n})
