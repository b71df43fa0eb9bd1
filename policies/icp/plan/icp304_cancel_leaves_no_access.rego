package icp.plan

import data.icp.lib.access
import data.icp.lib.orders
import data.icp.lib.result
import data.icp.lib.websites

# METADATA
# title: Cancelling access leaves a website with no active access
# description: |
#   cancel_access leaves a filed website of its list with no active access
#   at any provider, judged on the state right after the action (an await
#   of a snapshot cancel_access order counts as one). An open transfer does
#   not count, even in a status where its provider already serves (such as
#   tencent-cloud once its own review has passed): the record is not there
#   until approval. Get the new provider's transfer approved before
#   cancelling access at the old one, or the site becomes a shell website.
# custom:
#   id: ICP304
#   severity: deny
#   sources:
#     - H2
deny contains v if {
	some c in access_cancellations
	after := states[c.step + 1]
	p := c.provider
	some wid in c.websites
	w := website_in(after, wid)
	websites.filed(after, w)
	count(access.recorded(after, wid)) == 0
	v := result.violation(
		rego.metadata.rule(),
		sprintf(
			"%s cancels the access of website %s at %s and leaves it with no active access at any provider%s: a filed website without access is a shell website, and the administration may deregister its number. %s before cancelling the access at %s.",
			[c.who, wid, p, icp304_open(after, wid), icp304_first(after, wid), p],
		),
		object.union(step_place(c), {"website": wid}),
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

# icp304_first(s, wid): what must come first: the open transfer's approval,
# or a transfer to submit.
icp304_first(s, wid) := sprintf("Await the approval of transfer %s", [result.list(ids)]) if {
	ids := {o.id |
		some o in s.orders
		o.type == "transfer"
		orders.is_open(o)
		orders.covers(o, wid)
	}
	count(ids) > 0
} else := sprintf("Transfer website %s to its new provider and await the approval", [wid])
