package icp.plan

import data.icp.lib.access
import data.icp.lib.config
import data.icp.lib.orders
import data.icp.lib.result
import data.icp.lib.websites

# METADATA
# title: Cancelling access leaves a website with no active access
# description: |
#   cancel_access leaves a filed website of its list with no active access
#   at any provider, judged on the state right after the action. An open
#   transfer does not count (only a provider that already serves during its
#   transfer, such as tencent-cloud once its own review has passed, gives
#   active access). Get the new provider's transfer approved before
#   cancelling access at the old one, or the site becomes a shell website.
# custom:
#   id: ICP304
#   severity: deny
#   sources:
#     - H2
deny contains v if {
	some i, a in input.plan.actions
	a.type == "cancel_access"
	after := states[i + 1]
	p := provider(a)
	some wid in a.websites
	w := website_in(after, wid)
	websites.filed(after, w)
	not access.has_active_access(after, wid, config.providers)
	v := result.violation(
		rego.metadata.rule(),
		sprintf(
			"Action %s cancels the access of website %s at %s and leaves it with no active access at any provider%s: a filed website without access is a shell website, and the administration may deregister its number. Get the new provider's transfer approved (await it) before cancelling the access at %s.",
			[a.id, wid, p, icp304_open(after, wid), p],
		),
		object.union(at(i, a), {"website": wid, "provider": p}),
	)
}

icp304_open(s, wid) := sprintf(" (transfer %s is still open and does not count until it is approved)", [result.list(ids)]) if {
	ids := {o.id |
		some o in s.orders
		o.type == "transfer"
		orders.is_open(o)
		orders.covers(o, wid)
	}
	count(ids) > 0
} else := ""
