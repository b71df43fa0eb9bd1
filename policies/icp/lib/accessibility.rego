# METADATA
# title: Accessibility of each domain
# description: |
#   The accessibility report of a snapshot-shaped document s, derived from
#   its violations (any set or array of violation objects: the deny and warn of
#   icp.filing, plus whatever a plan adds).
package icp.lib.accessibility

import data.icp.lib.orders

inaccessible_rules := {"ICP503", "ICP504"}

blocked_rules := {"ICP101"}

not_served_rules := {"ICP303"}

at_risk_rules := {"ICP102", "ICP104", "ICP105", "ICP302", "ICP303", "ICP401", "ICP506"}

# report(s, violations): one entry per domain of each website of s, in
# snapshot order: {"website", "domain", "state", "reasons"}, the state the
# first that holds of inaccessible, blocked, not_served, at_risk, accessible;
# reasons the sorted IDs of that state's rules that hold for the domain.
#
# Each violation is placed once (places), not once per domain, and the
# hosted domains and the subject's status are read once: the body computes
# them before it iterates over the websites.
report(s, violations) := [entry |
	held_at := {[k, v.rule] | some v in violations; some k in places(s, v)}
	hosted := {h.domain | some h in object.get(s, "hosting", [])}
	subject_gone := object.get(s, ["subject", "status"], null) == "deregistered"
	some w in object.get(s, "websites", [])
	wid := w.id
	is_gone := website_gone(subject_gone, w)
	some d in w.domains
	held := {r |
		some [k, r] in held_at
		k in {["all"], ["website", wid], ["domain", d], ["domain", d, wid]}
	}
	st := state_of(is_gone, d in hosted, held)
	entry := {"website": wid, "domain": d, "state": st[0], "reasons": sort(st[1])}
]

# state_of(gone, hosted, held): [state, reasons] of a domain, given whether
# its subject or website is gone, whether a hosting entry names it, and the
# IDs of the rules that hold for it. With no rule holding (the usual case),
# the state is looked up.
state_of(gone, hosted, held) := [plain_states[gone][hosted], held] if {
	count(held) == 0
} else := ["inaccessible", held & inaccessible_rules] if {
	gone
} else := ["blocked", blocked] if {
	blocked := held & blocked_rules
	count(blocked) > 0
} else := ["not_served", held & not_served_rules] if {
	not hosted
} else := ["at_risk", at_risk] if {
	at_risk := held & at_risk_rules
	count(at_risk) > 0
} else := ["accessible", set()]

# plain_states[gone][hosted]: the state of a domain for which no rule holds.
plain_states := {
	true: {true: "inaccessible", false: "inaccessible"},
	false: {true: "accessible", false: "not_served"},
}

# website_gone(subject_gone, w): true when the subject is deregistered
# (subject_gone) or website object w is gone (gone), else false.
website_gone(true, _) := true

website_gone(false, w) := false if {
	not w.status == "deregistered"
	has_number(w)
} else := true

# gone(s, w): the subject or website is deregistered, or the website has no
# ICP number.
gone(s, _) if s.subject.status == "deregistered"

gone(_, w) if w.status == "deregistered"

gone(_, w) if not has_number(w)

has_number(w) if {
	is_string(w.icp_number)
	w.icp_number != ""
}

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

# website_places(v): v names no domain but a website.
website_places(v) := {["website", v.website] | not given(v, "domain")}

# order_places(s, v): v names no domain or website but an order of s: the
# websites that the order covers.
order_places(s, v) := {k |
	not given(v, "domain")
	not given(v, "website")
	some o in s.orders
	o.id == v.order
	some k in order_keys(o)
}

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
