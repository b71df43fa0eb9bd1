package icp.filing

import data.icp.lib.config
import data.icp.lib.orders
import data.icp.lib.result
import data.icp.lib.websites

# METADATA
# title: Site unreachable during its transfer review
# description: |
#   In a snapshot: a transfer is open for a website and one of its domains
#   has no hosting entry. The administration checks that the site opens
#   during the transfer review, and an unreachable site gets the transfer
#   rejected (where the province data says unreachable_transfer_refiles,
#   Yunnan, the filing must then be cancelled and filed again):
#   keep every domain served until the transfer is approved.
# custom:
#   id: ICP305
#   severity: deny
#   sources:
#     - A15
#     - H5
#     - J1
deny contains v if {
	some i, w in input.websites
	transfers := orders.open_transfers_for(input, w.id)
	count(transfers) > 0
	some j, d in w.domains
	not websites.hosted(input, d)
	v := result.violation(
		rego.metadata.rule(),
		sprintf(
			"Domain %s of website %s has no hosting entry while transfer %s is open: the administration checks that the site opens during the transfer review, and an unreachable site gets the transfer rejected%s. Serve %s until the transfer is approved.",
			[d, w.id, result.list(transfers), config.refiling(input.subject), d],
		),
		{"path": sprintf("/websites/%d/domains/%d", [i, j]), "website": w.id, "domain": d},
	)
}
