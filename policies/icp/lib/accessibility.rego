# METADATA
# title: Accessibility of each domain
# description: |
#   The accessibility report of a snapshot-shaped document s, derived from
#   its violations (any set or array of violation objects: the deny and warn of
#   icp.filing, plus whatever a plan adds).
package icp.lib.accessibility

import data.icp.lib.index
import data.icp.lib.orders

inaccessible_rules := {"ICP503", "ICP504"}

blocked_rules := {"ICP101"}

# not_served_rules: why a domain that is not served may lose its number: no
# access and no transfer (ICP303), or a transfer pending too long with no
# access (ICP302). The two never hold together.
not_served_rules := {"ICP302", "ICP303"}

at_risk_rules := {"ICP102", "ICP104", "ICP105", "ICP302", "ICP303", "ICP401", "ICP506"}

# report(s, violations): one entry per domain of each website of s, in
# snapshot order: {"website", "domain", "state", "reasons"}, the state the
# first that holds of inaccessible, blocked, not_served, at_risk, accessible;
# reasons the sorted IDs of that state's rules that hold for the domain.
#
# Without violations (the usual case), each domain's state is looked up;
# with some, each is placed once (places), not once per domain.
report(s, violations) := [{"website": wid, "domain": d, "state": state, "reasons": []} |
	some [wid, d, gone, hosted] in report_domains(s)

	# the state of a domain for which no rule holds, by gone and hosted
	state := {
		true: {true: "inaccessible", false: "inaccessible"},
		false: {true: "accessible", false: "not_served"},
	}[gone][hosted]
] if {
	count(violations) == 0
} else := [{"website": wid, "domain": d, "state": st[0], "reasons": sort(st[1])} |
	held_at := index.group({[k, v.rule] | some v in violations; some k in places(s, v)})
	some [wid, d, gone, hosted] in report_domains(s)
	held := {r | some k in [["all"], ["website", wid], ["domain", d], ["domain", d, wid]]; some r in object.get(held_at, [k], set())}
	st := held_state(gone, hosted, held)
]

# report_domains(s): [website id, domain, gone, hosted] for each domain of
# each website of s, in snapshot order: gone when the subject or the website
# is deregistered or the website has no ICP number (a non-empty string),
# hosted when some hosting entry names the domain (websites.hosted(s, d)).
# The hosted domains are collected once, and gone is computed once per
# website, as one comparison of the four facts with those of a website that
# is not gone.
report_domains(s) := [[wid, d, gone, d in hosted] |
	hosted := {h.domain | some h in object.get(s, "hosting", [])}
	subject_gone := object.get(s, ["subject", "status"], null) == "deregistered"
	some w in object.get(s, "websites", [])
	wid := w.id
	gone := [
		subject_gone,
		object.get(w, "status", null) == "deregistered",
		is_string(object.get(w, "icp_number", null)),
		object.get(w, "icp_number", "") != "",
	] != [false, false, true, true]
	some d in w.domains
]

# held_state(gone, hosted, held): [state, reasons] of a domain, given the IDs
# of the rules that hold for it (held).
held_state(true, _, held) := ["inaccessible", held & inaccessible_rules]

held_state(false, hosted, held) := ["blocked", blocked] if {
	blocked := held & blocked_rules
	count(blocked) > 0
} else := ["not_served", held & not_served_rules] if {
	not hosted
} else := ["at_risk", at_risk] if {
	at_risk := held & at_risk_rules
	count(at_risk) > 0
} else := ["accessible", set()]

# holds(s, v, wid, d): violation v holds for domain d of website wid: it names
# the domain (and no other website); or names the website and no domain; or
# names no website or domain but an order of s that covers the website; or
# names none of these and lies under /subject or /actual/subject (the whole
# subject).
holds(s, v, wid, d) if {
	some k in places(s, v)
	k in {["all"], ["website", wid], ["domain", d], ["domain", d, wid]}
}

# places(s, v): where violation v holds, as keys: ["domain", d] for domain d
# of any website, ["domain", d, wid] for domain d of website wid only,
# ["website", wid] for every domain of website wid, ["all"] for every domain.
places(s, v) := ((domain_places(v) | website_places(v)) | order_places(s, v)) | subject_places(v)

# domain_places(v): v names a domain, and no website, "" or one website.
domain_places(v) := {k |
	given(v, "domain")
	k := domain_key(v.domain, object.get(v, "website", ""))
}

domain_key(d, "") := ["domain", d]

domain_key(d, wid) := ["domain", d, wid] if wid != ""

# website_places(v): v names no domain but a website, or several in its
# websites field (a violation that speaks for several websites at once).
website_places(v) := {["website", v.website] | not given(v, "domain")} | {["website", wid] |
	not given(v, "domain")
	some wid in object.get(v, "websites", [])
}

# order_places(s, v): v names no domain or website but an order of s: the
# websites that the order covers.
order_places(s, v) := {k |
	not given(v, "domain")
	not given(v, "website")
	count(object.get(v, "websites", [])) == 0
	some o in object.get(orders_by_id(s), v.order, set())
	some k in order_keys(o)
}

# orders_by_id(s): {order id: the orders of s with that id}, built once per
# document rather than scanning the orders for each violation.
orders_by_id(s) := index.group([[o.id, o] | some o in object.get(s, "orders", [])])

order_keys(o) := {["all"] | orders.covers_every(o)} | {["website", wid] | some wid in o.websites}

# subject_places(v): v names none of these and lies under /subject or
# /actual/subject.
subject_places(v) := {["all"] |
	not given(v, "domain")
	not given(v, "website")
	not given(v, "order")
	subject_path(v.path)
}

given(v, field) if object.get(v, field, "") != ""

subject_path(p) if p in {"/subject", "/actual/subject"}

subject_path(p) if startswith(p, "/subject/")

subject_path(p) if startswith(p, "/actual/subject/")
