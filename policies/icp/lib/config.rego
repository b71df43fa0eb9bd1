# METADATA
# title: Policy data with defaults
# description: |
#   The data that the rules read (data.icp.providers, data.icp.provinces,
#   data.icp.thresholds), each with a default when it is missing, so that a
#   user's own data (-d) may override or leave out any of it.
package icp.lib.config

import data.icp.lib.messages

default providers := {}

providers := data.icp.providers

default provinces := {}

provinces := data.icp.provinces

default thresholds := {}

thresholds := data.icp.thresholds

# Days a transfer may stay pending before ICP302 warns.
stale_transfer_days := object.get(thresholds, "stale_transfer_days", 45)

# Days before a resource's expiry at which ICP105 warns.
expiry_warning_days := object.get(thresholds, "expiry_warning_days", 30)

# refiling(subject): ", and in <province> the filing must then be cancelled
# and filed again" where the subject's province has
# unreachable_transfer_refiles (ICP305), else "".
refiling(subject) := messages.text(
	"refiling",
	{"province": object.get(provinces, [subject.province, "name"], subject.province)},
) if {
	object.get(provinces, [subject.province, "unreachable_transfer_refiles"], false) == true
} else := ""
