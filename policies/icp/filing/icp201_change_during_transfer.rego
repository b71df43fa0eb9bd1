package icp.filing

import data.icp.annotations
import data.icp.lib.messages
import data.icp.lib.orders
import data.icp.lib.result

# ICP201 is annotated once, in policies/icp/annotations/icp201_change_during_transfer.rego: its
# title, description, severity, sources and messages are there.

# METADATA
# custom:
#   id: ICP201
deny contains v if {
	result.judged(rego.metadata.rule())
	some i, o in input.orders
	o.type == "change"
	transfer_is_open
	orders.is_open(o)
	v := result.violation(
		object.union(annotations.icp201, rego.metadata.rule()),
		messages.text(
			"ICP201.filing",
			{"order": o.id, "provider": o.provider, "transfers": result.list(orders.open_transfer_ids(input))},
		),
		{"path": sprintf("/orders/%d", [i]), "order": o.id, "provider": o.provider},
	)
}
