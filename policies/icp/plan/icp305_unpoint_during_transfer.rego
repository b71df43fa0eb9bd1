package icp.plan

import data.icp.annotations
import data.icp.lib.config
import data.icp.lib.messages
import data.icp.lib.orders
import data.icp.lib.result

# ICP305 is annotated once, in policies/icp/annotations/icp305_unreachable_during_transfer.rego: its
# title, description, severity, sources and messages are there.

# METADATA
# custom:
#   id: ICP305
deny contains v if {
	some i, a in input.plan.actions
	a.type == "unpoint_domain"
	s := states[i]
	some w in s.websites
	a.domain in w.domains
	transfers := orders.open_transfers_for(s, w.id)
	count(transfers) > 0
	v := result.violation(
		object.union(annotations.icp305, rego.metadata.rule()),
		messages.text("ICP305.plan", {
			"action": a.id, "domain": a.domain, "website": w.id,
			"transfers": result.list(transfers), "refiling": config.refiling(s.subject),
		}),
		object.union(at(i, a), {"website": w.id, "domain": a.domain}),
	)
}
