package icp.filing

import data.icp.lib.orders
import data.icp.lib.record
import data.icp.lib.result

# METADATA
# title: Record differs from the actual information during a transfer
# description: |
#   A field given in actual differs from the record while a transfer of the
#   subject is open. The record cannot change during the transfer: submit the
#   change application as soon as the transfer is approved.
# custom:
#   id: ICP402
#   severity: warn
#   sources:
#     - faq:no-change-mid-transfer
#     - faq:update-after
warn contains v if {
	input.actual
	transfer_is_open
	some d in record.differences(input)
	v := result.violation(
		rego.metadata.rule(),
		sprintf(
			"The record is outdated: %s, and it cannot change while transfer %s is open. Submit the change application as soon as the transfer is approved.",
			[record.describe(d), result.list(orders.open_transfer_ids(input))],
		),
		object.union({"path": d.path}, object.filter(d, {"website"})),
	)
}
