package icp.filing

import data.icp.lib.config
import data.icp.lib.dates
import data.icp.lib.result

# METADATA
# title: Order idle at the provider will be deleted
# description: |
#   An order is still at its provider (provider_review or sms_verification)
#   and at least order_idle_warning_days have passed since its submitted_at,
#   at a provider whose data gives order_idle_delete_days (alibaba-cloud:
#   deleted after 45 days, warned from 30). The provider deletes an order that
#   has not reached the administration in that time: finish it (the
#   verification, the submission) or it must be started again.
# custom:
#   id: ICP209
#   severity: warn
#   sources:
#     - A7
warn contains v if {
	some i, o in input.orders
	o.status in {"provider_review", "sms_verification"}
	limit := object.get(config.providers, [o.provider, "order_idle_delete_days"], null)
	is_number(limit)
	warning := object.get(config.providers, [o.provider, "order_idle_warning_days"], limit)
	n := dates.days(o.submitted_at, input.as_of)
	n >= warning
	v := result.violation(
		rego.metadata.rule(),
		sprintf(
			"Order %s (%s) at %s has been in %s for %d days since %s: %s deletes an order that has not reached the administration within %d days, and %s. Finish it (complete the verification and the submission) before then, or it must be started again.",
			[o.id, o.type, o.provider, o.status, n, o.submitted_at, o.provider, limit, icp209_when(n, limit)],
		),
		{"path": sprintf("/orders/%d", [i]), "order": o.id, "provider": o.provider},
	)
}

icp209_when(n, limit) := sprintf("this one is due for deletion in %d day(s)", [limit - n]) if {
	n < limit
} else := "this one may be deleted already"
