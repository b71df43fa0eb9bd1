package icp.filing

import data.icp.annotations
import data.icp.lib.messages
import data.icp.lib.orders
import data.icp.lib.result

# ICP208 is annotated once, in policies/icp/annotations/icp208_administration_review_conflict.rego: its
# title, description, severity, sources and messages are there.

# METADATA
# custom:
#   id: ICP208
warn contains v if {
	result.judged(rego.metadata.rule())
	some j, o in input.orders
	o.status == "administration_review"
	some i, e in input.orders
	i != j
	e.status == "administration_review"
	e.provider != o.provider
	orders.earlier(input, i, j)
	not {o.type, e.type} == {"change", "transfer"}
	v := result.violation(
		object.union(annotations.icp208, rego.metadata.rule()),
		messages.text("ICP208.filing", {
			"order": o.id, "type": o.type, "provider": o.provider,
			"earlier": e.id, "earlier_type": e.type, "earlier_provider": e.provider,
		}),
		{"path": sprintf("/orders/%d", [j]), "order": o.id, "provider": o.provider},
	)
}
