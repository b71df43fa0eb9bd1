# METADATA
# title: Advice for a domain served without access
# description: |
#   What ICP101 tells a person to do instead of serving website wid's domain
#   from provider p, where it has no active access, in a snapshot-shaped
#   state s: never a provider that does not exist. With active access
#   elsewhere: keep serving from there until the transfer to p is approved.
#   With none: say so, and name the transfer that would give access (to p,
#   else an open one to another provider, else one to submit).
package icp.lib.advice

import data.icp.lib.access
import data.icp.lib.orders
import data.icp.lib.result

# serve_instead(s, wid, p, providers, in_plan): the advice, one or two
# sentences. in_plan words a transfer as a plan's step ("await its
# approval before this step") rather than a snapshot's ("the open
# transfer").
serve_instead(s, wid, p, providers, in_plan) := sprintf(
	"Keep serving it from a provider with active access (%s) until %s.",
	[result.list(others), until(s, wid, p, in_plan)],
) if {
	others := access.active_providers(s, wid, providers) - {p}
	count(others) > 0
} else := sprintf(
	"Website %s has no active access at any provider, so no mainland server may serve it yet: %s; until then it can be served only from outside mainland China.",
	[wid, first_access(s, wid, p, in_plan)],
)

until(s, wid, p, true) := sprintf("transfer %s to %s is approved: await its approval before this step", [result.list(ids), p]) if {
	ids := open_transfers(s, wid, p)
	count(ids) > 0
} else := sprintf("a transfer of %s to %s is approved", [wid, p])

until(s, wid, p, false) := sprintf("the open transfer to %s is approved", [p]) if {
	count(open_transfers(s, wid, p)) > 0
} else := sprintf("a transfer of %s to %s is approved", [wid, p])

first_access(s, wid, p, _) := sprintf("wait until transfer %s to %s is approved", [result.list(ids), p]) if {
	ids := open_transfers(s, wid, p)
	count(ids) > 0
} else := sprintf("serve it from %s once the open transfer there (%s) is approved", [q, result.list(ids)]) if {
	q := min({o.provider |
		some o in s.orders
		transfer_open_for(o, wid)
	})
	ids := open_transfers(s, wid, q)
} else := sprintf("get a transfer of %s to %s approved first (submit it and await its approval)", [wid, p])

# open_transfers(s, wid, p): the ids of the open transfers of s to p that
# cover website wid.
open_transfers(s, wid, p) := {o.id |
	some o in s.orders
	o.provider == p
	transfer_open_for(o, wid)
}

transfer_open_for(o, wid) if {
	o.type == "transfer"
	orders.is_open(o)
	orders.covers(o, wid)
}
