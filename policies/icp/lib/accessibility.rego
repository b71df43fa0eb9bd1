# METADATA
# title: Accessibility of each domain
# description: |
#   The accessibility report of a snapshot-shaped document s, derived from
#   its violations (any set or array of violation objects: the deny and warn of
#   icp.filing, plus whatever a plan adds).
package icp.lib.accessibility

import data.icp.lib.orders
import data.icp.lib.websites

inaccessible_rules := {"ICP503", "ICP504"}

blocked_rules := {"ICP101"}

not_served_rules := {"ICP303"}

at_risk_rules := {"ICP102", "ICP104", "ICP105", "ICP302", "ICP303", "ICP401", "ICP506"}

# report(s, violations): one entry per domain of each website of s, in
# snapshot order: {"website", "domain", "state", "reasons"}, the state the
# first that holds of inaccessible, blocked, not_served, at_risk, accessible;
# reasons the sorted IDs of that state's rules that hold for the domain.
report(s, violations) := [entry |
	some w in object.get(s, "websites", [])
	some d in w.domains
	entry := domain_entry(s, violations, w, d)
]

# domain_entry(s, violations, w, d): the report entry of domain d of website
# object w.
domain_entry(s, violations, w, d) := {
	"website": w.id,
	"domain": d,
	"state": st[0],
	"reasons": sort(st[1]),
} if {
	st := state(s, w, d, holding(s, violations, w.id, d))
}

# state(s, w, d, held): [state, reasons] of domain d of website object w, given
# the IDs of the rules that hold for it.
state(s, w, d, held) := ["inaccessible", held & inaccessible_rules] if {
	gone(s, w)
} else := ["blocked", held & blocked_rules] if {
	count(held & blocked_rules) > 0
} else := ["not_served", held & not_served_rules] if {
	not websites.hosted(s, d)
} else := ["at_risk", held & at_risk_rules] if {
	count(held & at_risk_rules) > 0
} else := ["accessible", set()]

# gone(s, w): the subject or website is deregistered, or the website has no
# ICP number.
gone(s, _) if s.subject.status == "deregistered"

gone(_, w) if w.status == "deregistered"

gone(_, w) if not has_number(w)

has_number(w) if {
	is_string(w.icp_number)
	w.icp_number != ""
}

# holding(s, violations, wid, d): the IDs of the rules that hold for domain d
# of website wid.
holding(s, violations, wid, d) := {v.rule | some v in violations; holds(s, v, wid, d)}

# holds(s, v, wid, d): violation v holds for domain d of website wid: it names
# the domain (and no other website); or names the website and no domain; or
# names no website or domain but an order of s that covers the website; or
# names none of these and lies under /subject or /actual/subject (the whole
# subject).
holds(_, v, wid, d) if {
	given(v, "domain")
	v.domain == d
	object.get(v, "website", wid) in {wid, ""}
}

holds(_, v, wid, _) if {
	not given(v, "domain")
	v.website == wid
}

holds(s, v, wid, _) if {
	not given(v, "domain")
	not given(v, "website")
	some o in s.orders
	o.id == v.order
	orders.covers(o, wid)
}

holds(_, v, _, _) if {
	not given(v, "domain")
	not given(v, "website")
	not given(v, "order")
	subject_path(v.path)
}

given(v, field) if object.get(v, field, "") != ""

subject_path(p) if p in {"/subject", "/actual/subject"}

subject_path(p) if startswith(p, "/subject/")

subject_path(p) if startswith(p, "/actual/subject/")
