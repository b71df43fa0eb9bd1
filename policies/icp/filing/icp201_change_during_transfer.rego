package icp.filing

import data.icp.lib.orders
import data.icp.lib.result

# METADATA
# title: Information change during a transfer
# description: |
#   In a snapshot: an open change order beside an open transfer of the
#   subject (reported on the change order). Information cannot be modified
#   during a transfer: finish the change at the original provider before
#   submitting the transfer, or submit it after the transfer is approved.
# custom:
#   id: ICP201
#   severity: deny
#   sources:
#     - faq:no-change-mid-transfer
#     - T1
deny contains v if {
	some i, o in input.orders
	o.type == "change"
	transfer_is_open
	orders.is_open(o)
	v := result.violation(
		rego.metadata.rule(),
		sprintf(
			"Change order %s at %s is open while transfer %s is open: information cannot be modified during a transfer. Abandon the change and submit it after the transfer is approved (or finish it at the original provider before submitting the transfer).",
			[o.id, o.provider, result.list(orders.open_transfer_ids(input))],
		),
		{"path": sprintf("/orders/%d", [i]), "order": o.id, "provider": o.provider},
	)
}
