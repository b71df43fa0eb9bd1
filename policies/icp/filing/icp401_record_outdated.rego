package icp.filing

import data.icp.lib.record
import data.icp.lib.result

# METADATA
# title: Record differs from the actual information
# description: |
#   A field given in actual differs from the record (website name, website
#   administrator, subject name and subject type are the usual ones; any field
#   counts) and no transfer of the subject is open. An outdated record puts
#   the ICP number at risk of cancellation: submit a change application.
# custom:
#   id: ICP401
#   severity: deny
#   sources:
#     - faq:update-after
deny contains v if {
	input.actual
	not transfer_is_open
	some d in record.differences(input)
	v := result.violation(
		rego.metadata.rule(),
		sprintf(
			"The record is outdated: %s. An outdated record puts the ICP number at risk of cancellation: submit a change application to update it%s.",
			[record.describe(d), icp401_province_note(d)],
		),
		object.union({"path": d.path}, object.filter(d, {"website"})),
	)
}

icp401_province_note(d) := " (the filing province itself never changes: deregister and file again with the new province's administration)" if {
	d.field == "province"
	not d.website
} else := ""
