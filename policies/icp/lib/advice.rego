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
import data.icp.lib.messages
import data.icp.lib.orders
import data.icp.lib.result

# serve_instead(s, wid, p, providers, in_plan): the advice, one or two
# sentences. in_plan words a transfer as a plan's step ("await its
# approval before this step") rather than a snapshot's ("the open
# transfer").
serve_instead(s, wid, p, providers, in_plan) := messages.text(
	"advice.keep",
	{"providers": result.list(others), "until": _until(s, wid, p, in_plan)},
) if {
	others := access.active_providers(s, wid, providers) - {p}
	count(others) > 0
} else := messages.text("advice.none", {"website": wid, "first": _first_access(s, wid, p, in_plan)})

_until(s, wid, p, true) := messages.text("ICP101.until.await", {"transfers": result.list(ids), "provider": p}) if {
	ids := _open_transfers(s, wid, p)
	count(ids) > 0
} else := messages.text("ICP101.until", {"website": wid, "provider": p})

_until(s, wid, p, false) := messages.text("ICP101.until.open", {"provider": p}) if {
	count(_open_transfers(s, wid, p)) > 0
} else := messages.text("ICP101.until", {"website": wid, "provider": p})

_first_access(s, wid, p, _) := messages.text("advice.wait", {"transfers": result.list(ids), "provider": p}) if {
	ids := _open_transfers(s, wid, p)
	count(ids) > 0
} else := messages.text("advice.elsewhere", {"provider": q, "transfers": result.list(ids)}) if {
	q := min({o.provider |
		some o in s.orders
		_transfer_open_for(o, wid)
	})
	ids := _open_transfers(s, wid, q)
} else := messages.text("advice.submit", {"website": wid, "provider": p})

# _open_transfers(s, wid, p): the ids of the open transfers of s to p that
# cover website wid.
_open_transfers(s, wid, p) := {o.id |
	some o in s.orders
	o.provider == p
	_transfer_open_for(o, wid)
}

_transfer_open_for(o, wid) if {
	o.type == "transfer"
	orders.is_open(o)
	orders.covers(o, wid)
}
