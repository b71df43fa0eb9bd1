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
	some i, wids in icp302_stale
	o := input.orders[i]
	v := result.violation(
		rego.metadata.rule(),
		sprintf(
			"Transfer %s to %s (%s) has been pending for a long time (%d days by the current setting; %d days since %s) for %s, which %s no active access at any provider: an ICP number left untransferred for a long time with no other provider may be cancelled. Get the transfer approved (fix and resubmit it if rejected), or restore active access at a provider.",
			[o.id, o.provider, o.status, config.stale_transfer_days, dates.days(o.submitted_at, input.as_of), o.submitted_at, icp302_sites(wids), icp302_have(wids)],
		),
		object.union(
			{"path": sprintf("/orders/%d", [i]), "order": o.id, "provider": o.provider, "websites": sort(wids)},
			result.website_field(wids),
		),
	)
}

# icp302_stale: {order index: the ids of the websites without active access
# for which that transfer has been pending too long}, so that a transfer of
# several websites gives one warning naming them all. The violation's
# websites field places it on each of them in the accessibility report.
icp302_stale[i] contains w.id if {
	some w in input.websites
	not w.id in websites_with_access
	some i in orders.pending_transfers(input, w.id)
	dates.days(input.orders[i].submitted_at, input.as_of) > config.stale_transfer_days
}

icp302_sites(wids) := sprintf("website %s", [result.list(wids)]) if {
	count(wids) == 1
} else := sprintf("websites %s", [result.list(wids)])

icp302_have(wids) := "has" if {
	count(wids) == 1
} else := "have"
