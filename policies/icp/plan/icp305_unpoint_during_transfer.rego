package icp.plan

import data.icp.lib.config
import data.icp.lib.messages
import data.icp.lib.orders
import data.icp.lib.result

# METADATA
# title: Domain unpointed during its transfer review
# description: |
#   In a plan: unpoint_domain of a domain of a website for which a transfer
#   is open at that step (in the snapshot and not yet approved, or submitted
#   earlier in the plan and not yet awaited). The administration checks that
#   the site opens during the transfer review, and an unreachable site gets
#   the transfer rejected (in Yunnan the filing must then be cancelled and
#   filed again): keep the domain served until the transfer is approved.
# custom:
#   id: ICP305
#   title_zh: 转入审核期间停止解析域名
#   description_zh: |
#     unpoint_domain 在网站的备案转入进行中时停止解析其域名。
#     管局审核转入时会检查网站能否打开，无法访问会导致转入被驳回：请等待转入审核通过后再停止解析。
#   severity: deny
#   sources:
#     - A15
#     - H5
#     - J1
deny contains v if {
	some i, a in input.plan.actions
	a.type == "unpoint_domain"
	s := states[i]
	some w in s.websites
	a.domain in w.domains
	transfers := orders.open_transfers_for(s, w.id)
	count(transfers) > 0
	v := result.violation(
		rego.metadata.rule(),
		messages.text("ICP305.plan", {
			"action": a.id, "domain": a.domain, "website": w.id,
			"transfers": result.list(transfers), "refiling": config.refiling(s.subject),
		}),
		object.union(at(i, a), {"website": w.id, "domain": a.domain}),
	)
}
