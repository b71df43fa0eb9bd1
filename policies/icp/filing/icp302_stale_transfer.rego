package icp.filing

import data.icp.lib.config
import data.icp.lib.dates
import data.icp.lib.messages
import data.icp.lib.orders
import data.icp.lib.result

# METADATA
# title: Transfer pending too long with no provider
# description: |
#   A transfer has been pending for a website (open, or rejected and not
#   followed by a later transfer to the same provider) for more than
#   stale_transfer_days (threshold data, default 45) whole days since its
#   submitted_at, while the website has no active access at any provider. An
#   ICP number left untransferred for a long time with no other provider may
#   be cancelled: get the transfer approved, or restore access at a provider.
#   The 45 days are a setting to tune, not a term the administration
#   publishes.
# related_resources:
#   - ref: http://help.aliyun.com/document_detail/157772.html
#     description: "A7: Alibaba Cloud, ICP filing order clean-up (orders idle 45 days are deleted)"
# custom:
#   id: ICP302
#   title_zh: 备案转入长期未完成且没有任何接入
#   description_zh: |
#     网站的备案转入（进行中，或被驳回后未重新提交）自提交起超过 stale_transfer_days（默认 45）
#     天，而网站在任何服务商都没有有效接入。长期未完成转入的备案号可能被注销：
#     请推动转入审核通过，或恢复在某个服务商的接入。45 天是可调整的设置，
#     不是管局公布的期限。
#   severity: warn
#   state: not_served
#   sources:
#     - faq:rejected
#     - A7
#   messages:
#     filing:
#       en: "Transfer {order} to {provider} ({status}) has been pending for a long time ({limit} days by the current
#         setting; {days} days since {submitted}) for {sites}, which have no active access at any provider: an ICP
#         number left untransferred for a long time with no other provider may be cancelled. Get the transfer approved
#         (fix and resubmit it if rejected), or restore active access at a provider."
#       zh: "转入 {provider} 的备案转入 {order}（{status}）已等待很久（当前设置为 {limit} 天；\
#         自 {submitted} 起已 {days} 天），而{sites} 在任何服务商都没有有效接入：长期未完成转入、\
#         又没有其他服务商接入的备案号可能被注销。请推动转入审核通过（被驳回则修改后重新提交），\
#         或恢复在某个服务商的有效接入。"
#     filing.one:
#       en: "Transfer {order} to {provider} ({status}) has been pending for a long time ({limit} days by the current
#         setting; {days} days since {submitted}) for {sites}, which has no active access at any provider: an ICP number
#         left untransferred for a long time with no other provider may be cancelled. Get the transfer approved (fix and
#         resubmit it if rejected), or restore active access at a provider."
#       zh: "转入 {provider} 的备案转入 {order}（{status}）已等待很久（当前设置为 {limit} 天；\
#         自 {submitted} 起已 {days} 天），而{sites} 在任何服务商都没有有效接入：长期未完成转入、\
#         又没有其他服务商接入的备案号可能被注销。请推动转入审核通过（被驳回则修改后重新提交），\
#         或恢复在某个服务商的有效接入。"
warn contains v if {
	some i, wids in _icp302_stale
	o := input.orders[i]
	v := result.violation(
		rego.metadata.rule(),
		messages.text(_icp302_key(wids), {
			"order": o.id, "provider": o.provider, "status": o.status, "limit": config.stale_transfer_days,
			"days": dates.days(o.submitted_at, input.as_of), "submitted": o.submitted_at,
			"sites": _icp302_sites(wids),
		}),
		object.union(
			{"path": sprintf("/orders/%d", [i]), "order": o.id, "provider": o.provider, "websites": sort(wids)},
			result.website_field(wids),
		),
	)
}

# _icp302_stale: {order index: the ids of the websites without active access
# for which that transfer has been pending too long}, so that a transfer of
# several websites gives one warning naming them all. The violation's
# websites field places it on each of them in the accessibility report.
_icp302_stale[i] contains w.id if {
	some w in input.websites
	not w.id in websites_with_access
	some i in orders.pending_transfers(input, w.id)
	dates.days(input.orders[i].submitted_at, input.as_of) > config.stale_transfer_days
}

_icp302_sites(wids) := messages.text("plan.website", {"websites": result.list(wids)}) if {
	count(wids) == 1
} else := messages.text("plan.websites", {"websites": result.list(wids)})

_icp302_key(wids) := "ICP302.filing.one" if {
	count(wids) == 1
} else := "ICP302.filing"
