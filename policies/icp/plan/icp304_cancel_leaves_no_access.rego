package icp.plan

import data.icp.lib.access
import data.icp.lib.config
import data.icp.lib.messages
import data.icp.lib.orders
import data.icp.lib.result
import data.icp.lib.websites

# METADATA
# title: Cancelling access leaves a website with no active access
# description: |
#   cancel_access leaves a filed website of its list with no active access
#   at any provider, judged on the state right after the action. An open
#   transfer does not count (only a provider that already serves during its
#   transfer, such as tencent-cloud once its own review has passed, gives
#   active access). Get the new provider's transfer approved before
#   cancelling access at the old one, or the site becomes a shell website.
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
deny contains v if {
	some i, a in input.plan.actions
	a.type == "cancel_access"
	after := states[i + 1]
	p := provider(a)
	some wid in a.websites
	w := website_in(after, wid)
	websites.filed(after, w)
	not access.has_active_access(after, wid, config.providers)
	v := result.violation(
		rego.metadata.rule(),
		messages.text("ICP304.plan", {"action": a.id, "website": wid, "provider": p, "open": icp304_open(after, wid)}),
		object.union(at(i, a), {"website": wid, "provider": p}),
	)
}

icp304_open(s, wid) := messages.text("ICP304.open", {"transfers": result.list(ids)}) if {
	ids := {o.id |
		some o in s.orders
		o.type == "transfer"
		orders.is_open(o)
		orders.covers(o, wid)
	}
	count(ids) > 0
} else := ""
