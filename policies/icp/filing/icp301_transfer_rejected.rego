package icp.filing

import data.icp.lib.orders
import data.icp.lib.result

# METADATA
# title: Transfer rejected and not resubmitted
# description: |
#   A transfer order is rejected and no later transfer to the same provider
#   for its websites is open or approved. The site stays accessible while the
#   domain's filing is not cancelled: read the rejection reasons, fix them and
#   resubmit the transfer.
# custom:
#   id: ICP301
#   severity: warn
#   sources:
#     - faq:rejected
warn contains v if {
	some i, o in input.orders
	o.type == "transfer"
	o.status == "rejected"
	left := {wid | some wid in orders.covered(input, o); not icp301_resubmitted(i, o, wid)}
	count(left) > 0
	v := result.violation(
		rego.metadata.rule(),
		sprintf(
			"Transfer %s of %s to %s was rejected%s and no later transfer to %s is open or approved for %s. The site stays accessible while the domain's filing is not cancelled: read the rejection reasons, fix them and resubmit the transfer.",
			[o.id, result.list(left), o.provider, icp301_reasons(o), o.provider, result.list(left)],
		),
		object.union(
			{"path": sprintf("/orders/%d", [i]), "order": o.id, "provider": o.provider},
			result.website_field(left),
		),
	)
}

# icp301_resubmitted(i, o, wid): a transfer to o's provider covering wid,
# later than order i, is open or approved.
icp301_resubmitted(i, o, wid) if {
	some j in orders.transfers_covering(input, wid)
	t := input.orders[j]
	t.provider == o.provider
	icp301_live(t)
	orders.earlier(input, i, j)
}

icp301_live(t) if orders.is_open(t)

icp301_live(t) if t.status == "approved"

icp301_reasons(o) := sprintf(" (reasons: %s)", [concat("; ", o.rejection_reasons)]) if {
	count(o.rejection_reasons) > 0
} else := ""
