package icp.plan

import data.icp.lib.config
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
		sprintf(
			"Action %s stops serving %s of website %s while transfer %s is open: the administration checks that the site opens during the transfer review, and an unreachable site gets the transfer rejected%s. Await the transfer's approval before this step.",
			[a.id, a.domain, w.id, result.list(transfers), config.refiling(s.subject)],
		),
		object.union(at(i, a), {"website": w.id, "domain": a.domain}),
	)
}
