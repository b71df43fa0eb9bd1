package icp.plan

import data.icp.lib.access
import data.icp.lib.messages
import data.icp.lib.orders
import data.icp.lib.result
import data.icp.lib.websites

# METADATA
# title: Cancelling access leaves a website with no active access
# description: |
#   cancel_access leaves a filed website of its list with no active access
#   at any provider, judged on the state right after the action (an await
#   of a snapshot cancel_access order counts as one). An open transfer does
#   not count, even in a status where its provider already serves (such as
#   tencent-cloud once its own review has passed): the record is not there
#   until approval. Get the new provider's transfer approved before
#   cancelling access at the old one, or the site becomes a shell website.
# related_resources:
#   - ref: https://support.huaweicloud.com/icp_faq/icp_05_0030.html
#     description: "H2: Huawei Cloud, cancel access and deregistration"
# custom:
#   id: ICP304
#   title_zh: 取消接入后网站没有任何有效接入
#   description_zh: |
#     cancel_access 使已备案网站在任何服务商都没有有效接入（进行中的备案转入不算，
#     审核通过前备案不在新服务商）。请先让新服务商的备案转入审核通过，再在原服务商取消接入，
#     否则网站成为空壳网站。
#   severity: deny
#   sources:
#     - H2
#   messages:
#     await:
#       en: "Await the approval of transfer {transfers}"
#       zh: "先等待备案转入 {transfers} 审核通过"
#     open:
#       en: " (transfer {transfers} is still open and does not count until it is approved)"
#       zh: "（备案转入 {transfers} 尚未完成，审核通过前不算接入）"
#     plan:
#       en: "{who} cancels the access of website {website} at {provider} and leaves it with no active access at any
#         provider{open}: a filed website without access is a shell website, and the administration may deregister its
#         number. {first} before cancelling the access at {provider}."
#       zh: "{who} 在 {provider} 取消网站 {website} 的接入后，它在任何服务商都没有有效接入{open}：\
#         没有接入的已备案网站是空壳网站，管局可能注销其备案号。请在 {provider} 取消接入之前，{first}。"
#     transfer:
#       en: "Transfer website {website} to its new provider and await the approval"
#       zh: "先把网站 {website} 备案转入到新服务商并等待审核通过"
deny contains v if {
	some c in access_cancellations
	after := states[c.step + 1]
	p := c.provider
	some wid in c.websites
	w := website_in(after, wid)
	websites.filed(after, w)
	count(access.recorded(after, wid)) == 0
	v := result.violation(
		rego.metadata.rule(),
		messages.text(
			"ICP304.plan",
			{
				"who": c.who,
				"website": wid,
				"provider": p,
				"open": _icp304_open(after, wid),
				"first": _icp304_first(after, wid),
			},
		),
		object.union(step_place(c), {"website": wid}),
	)
}

_icp304_open(s, wid) := messages.text("ICP304.open", {"transfers": result.list(ids)}) if {
	ids := {o.id |
		some o in s.orders
		o.type == "transfer"
		orders.is_open(o)
		orders.covers(o, wid)
	}
	count(ids) > 0
} else := ""

# _icp304_first(s, wid): what must come first: the open transfer's approval,
# or a transfer to submit.
_icp304_first(s, wid) := messages.text("ICP304.await", {"transfers": result.list(ids)}) if {
	ids := {o.id |
		some o in s.orders
		o.type == "transfer"
		orders.is_open(o)
		orders.covers(o, wid)
	}
	count(ids) > 0
} else := messages.text("ICP304.transfer", {"website": wid})
