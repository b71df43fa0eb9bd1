package icp.plan

import data.icp.lib.orders
import data.icp.lib.result

# METADATA
# title: Site unreachable while its transfer is reviewed
# description: |
#   unpoint_domain removes the hosting of a domain of website W while a
#   transfer is open for W at that point of the plan. The administration
#   checks that the site opens during the transfer review: an unreachable
#   site gets the transfer rejected (in Yunnan: cancel and file again). Keep
#   the domain served until the transfer is approved.
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
	ids := {o.id |
		some o in s.orders
		o.type == "transfer"
		orders.is_open(o)
		orders.covers(o, w.id)
	}
	count(ids) > 0
	v := result.violation(
		rego.metadata.rule(),
		sprintf(
			"Action %s stops serving %s (website %s) while transfer %s is open: the administration checks that the site opens during the transfer review, and an unreachable site gets the transfer rejected. Keep %s served until the transfer is approved (await it before this step).",
			[a.id, a.domain, w.id, result.list(ids), a.domain],
		),
		object.union(at(i, a), {"website": w.id, "domain": a.domain}),
	)
}
