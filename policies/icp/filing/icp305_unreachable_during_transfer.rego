package icp.filing

import data.icp.annotations
import data.icp.lib.config
import data.icp.lib.messages
import data.icp.lib.orders
import data.icp.lib.result
import data.icp.lib.websites

# ICP305 is annotated once, in policies/icp/annotations/icp305_unreachable_during_transfer.rego: its
# title, description, severity, sources and messages are there.

# METADATA
# custom:
#   id: ICP305
deny contains v if {
	result.judged(rego.metadata.rule())
	some i, w in input.websites
	transfers := orders.open_transfers_for(input, w.id)
	count(transfers) > 0
	some j, d in w.domains
	not websites.hosted(input, d)
	v := result.violation(
		object.union(annotations.icp305, rego.metadata.rule()),
		messages.text(
			"ICP305.filing",
			{
				"domain": d,
				"website": w.id,
				"transfers": result.list(transfers),
				"refiling": config.refiling(input.subject),
			},
		),
		{"path": sprintf("/websites/%d/domains/%d", [i, j]), "website": w.id, "domain": d},
	)
}
