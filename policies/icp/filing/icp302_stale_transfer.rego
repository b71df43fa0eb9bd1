package icp.filing

import data.icp.lib.config
import data.icp.lib.dates
import data.icp.lib.orders
import data.icp.lib.result

# METADATA
# title: Transfer pending too long with no provider
# description: |
#   A transfer has been pending for a website (open, or rejected and not
#   followed by a later transfer to the same provider) for more than
#   stale_transfer_days (threshold data, default 45) whole days since its
#   submitted_at, while the website has no active access at any provider. An
#   ICP number left untransferred for a long time with no other provider may
#   be cancelled: get the transfer approved, or restore access at a provider.
#   The 45 days are a setting to tune, not a term the administration
#   publishes.
# custom:
#   id: ICP302
#   severity: warn
#   sources:
#     - faq:rejected
#     - A7
warn contains v if {
	some w in input.websites
	not w.id in websites_with_access
	some i in orders.pending_transfers(input, w.id)
	o := input.orders[i]
	n := dates.days(o.submitted_at, input.as_of)
	n > config.stale_transfer_days
	v := result.violation(
		rego.metadata.rule(),
		sprintf(
			"Transfer %s of website %s to %s (%s) has been pending for a long time (%d days by the current setting; %d days since %s) while %s has no active access at any provider: an ICP number left untransferred for a long time with no other provider may be cancelled. Get the transfer approved (fix and resubmit it if rejected), or restore active access at a provider.",
			[o.id, w.id, o.provider, o.status, config.stale_transfer_days, n, o.submitted_at, w.id],
		),
		{"path": sprintf("/orders/%d", [i]), "website": w.id, "order": o.id, "provider": o.provider},
	)
}
