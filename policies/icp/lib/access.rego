# METADATA
# title: Access helpers
# description: |
#   Active access of a website at a provider, as a function of a
#   snapshot-shaped document s and the provider data (data.icp.providers or a
#   user's override).
package icp.lib.access

import data.icp.lib.orders

# during_transfer(providers, p): the transfer statuses in which provider p
# already serves the site (its access_during_transfer; none when absent).
during_transfer(providers, p) := object.get(object.get(providers, p, {}), "access_during_transfer", [])

# active_at(s, wid, p, providers): website wid has active access at provider p:
# its access entry for p is active, or a transfer covering it to p is in one of
# p's access_during_transfer statuses.
active_at(s, wid, p, providers) if p in active_providers(s, wid, providers)

# active_providers(s, wid, providers): the providers at which website wid has
# active access.
active_providers(s, wid, providers) := recorded(s, wid) | in_transfer(s, wid, providers)

recorded(s, wid) := {a.provider |
	some w in s.websites
	w.id == wid
	some a in object.get(w, "access", [])
	a.status == "active"
}

in_transfer(s, wid, providers) := {o.provider |
	some o in object.get(s, "orders", [])
	o.type == "transfer"
	orders.covers(o, wid)
	o.status in during_transfer(providers, o.provider)
}

# active_index(s, providers): {website id: active_providers(s, id,
# providers)} for every website of s, built in one pass: look websites up
# in it rather than calling active_providers or active_at in a loop.
active_index(s, providers) := {wid: ps |
	serving := [o |
		some o in object.get(s, "orders", [])
		o.type == "transfer"
		o.status in during_transfer(providers, o.provider)
	]
	some w in s.websites
	wid := w.id
	recorded_providers := {a.provider |
		some x in s.websites
		x.id == wid
		some a in object.get(x, "access", [])
		a.status == "active"
	}
	serving_providers := {o.provider | some o in serving; orders.covers(o, wid)}
	ps := recorded_providers | serving_providers
}

# has_active_access(s, wid, providers): website wid has active access at some
# provider.
has_active_access(s, wid, providers) if count(active_providers(s, wid, providers)) > 0
