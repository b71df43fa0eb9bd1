# METADATA
# title: Access helpers
# description: |
#   Active access of a website at a provider, as a function of a
#   snapshot-shaped document s and the provider data (data.icp.providers or a
#   user's override).
package icp.lib.access

import data.icp.lib.orders

# _during_transfer(providers, p): the transfer statuses in which provider p
# already serves the site (its access_during_transfer; none when absent).
_during_transfer(providers, p) := object.get(object.get(providers, p, {}), "access_during_transfer", [])

# active_at(s, wid, p, providers): website wid has active access at provider p:
# its access entry for p is active, or a transfer covering it to p is in one of
# p's access_during_transfer statuses.
active_at(s, wid, p, providers) if p in active_providers(s, wid, providers)

# active_providers(s, wid, providers): the providers at which website wid has
# active access.
active_providers(s, wid, providers) := recorded(s, wid) | _in_transfer(s, wid, providers)

recorded(s, wid) := {a.provider |
	some w in s.websites
	w.id == wid
	some a in object.get(w, "access", [])
	a.status == "active"
}

_in_transfer(s, wid, providers) := {o.provider |
	some o in object.get(s, "orders", [])
	o.type == "transfer"
	orders.covers(o, wid)
	o.status in _during_transfer(providers, o.provider)
}

# active_pairs(s, serving): every [website id, provider] such that the
# website has active access at the provider (active_at), for the websites of
# s, in one pass: its access entry there is active, or a transfer among
# serving covers it, serving the transfer orders of s in a status in which
# their provider already serves the site (o.status in _during_transfer(
# providers, o.provider)). Look pairs up in it rather than calling active_at
# in a loop.
active_pairs(s, serving) := {[w.id, a.provider] |
	some w in s.websites
	some a in object.get(w, "access", [])
	a.status == "active"
} | {[wid, o.provider] |
	some o in serving
	some wid in orders.covered(s, o)
	wid in orders.website_ids(s)
}

# _has_active_access(s, wid, providers): website wid has active access at some
# provider.
_has_active_access(s, wid, providers) if count(active_providers(s, wid, providers)) > 0
