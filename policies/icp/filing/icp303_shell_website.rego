package icp.filing

import data.icp.lib.orders
import data.icp.lib.result
import data.icp.lib.websites

# METADATA
# title: Filed website with no active access (shell website)
# description: |
#   A filed website has no active access at any provider and no transfer
#   pending. It is a shell website: the administration may deregister its
#   number. Get a provider's access approved (submit a transfer to the
#   provider that serves it).
# custom:
#   id: ICP303
#   severity: deny
#   sources:
#     - T1
#     - H2
deny contains v if {
	some j, w in input.websites
	not w.id in websites_with_access
	websites.filed(input, w)
	not orders.transfer_pending(input, w.id)
	v := result.violation(
		rego.metadata.rule(),
		sprintf(
			"Website %s (%s) is filed but has no active access at any provider and no transfer pending: it is a shell website and the administration may deregister its number. Submit a transfer to the provider that serves it and get it approved.",
			[w.id, w.icp_number],
		),
		{"path": sprintf("/websites/%d", [j]), "website": w.id},
	)
}
