# METADATA
# title: Accessibility of each domain
# description: |
#   The accessibility report of a snapshot-shaped document s, derived from
#   its violations (any set or array of violation objects: the deny and warn of
#   icp.filing, plus whatever a plan adds).
package icp.lib.accessibility

import data.icp.lib.index
import data.icp.lib.orders

# A violation bears on the report when its rule declares, in its METADATA,
# the state it puts a domain in (custom.state, which data.icp.lib.result
# gives as the violation's state field; docs/rules.md, "Accessibility"):
#   inaccessible  the domain is gone (ICP503, ICP504: the plan deregistered it)
#   blocked       it is blocked where it is served (ICP101)
#   not_served    why a domain that no hosting entry names may lose its
#                 number (ICP302, ICP303); where the domain is served, the
#                 rule puts it at risk instead
#   at_risk       it may lose its number (ICP102, ICP104, ICP105, ...)
# Violations without a state (the other rules) do not bear on it.

# report(s, violations): one entry per domain of each website of s, in
# snapshot order: {"website", "domain", "state", "reasons"}, the state the
# first that holds of inaccessible, blocked, not_served, at_risk, accessible;
# reasons the sorted IDs of that state's rules that hold for the domain.
#
# Without violations (the usual case), each domain's state is looked up;
# with some, each is placed once (places), not once per domain.
report(s, violations) := [{"website": wid, "domain": d, "state": state, "reasons": []} |
	some [wid, d, gone, hosted] in _report_domains(s)

	# the state of a domain for which no rule holds, by gone and hosted
	state := {
		true: {true: "inaccessible", false: "inaccessible"},
		false: {true: "accessible", false: "not_served"},
	}[gone][hosted]
] if {
	count(violations) == 0
} else := [{"website": wid, "domain": d, "state": st[0], "reasons": sort(st[1])} |
	held_at := index.group({[k, [v.state, v.rule]] | some v in _stated(violations); some k in _places(s, v)})
	some [wid, d, gone, hosted] in _report_domains(s)
	held := {h | some k in _keys(wid, d); some h in object.get(held_at, [k], set())}
	st := _held_state(gone, hosted, held)
]

# _keys(wid, d): the places that hold for domain d of website wid.
_keys(wid, d) := [["all"], ["website", wid], ["domain", d], ["domain", d, wid]]

# _stated(violations): the violations whose rule declares a state.
_stated(violations) := [v | some v in violations; object.get(v, "state", "") in object.keys(_rank)]

# _rank: the declared states, worst first.
_rank := {"inaccessible": 0, "blocked": 1, "not_served": 2, "at_risk": 3}

# _report_domains(s): [website id, domain, gone, hosted] for each domain of
# each website of s, in snapshot order: gone when the subject or the website
# is deregistered or the website has no ICP number (a non-empty string),
# hosted when some hosting entry names the domain (websites.hosted(s, d)).
# The hosted domains are collected once, and gone is computed once per
# website, as one comparison of the four facts with those of a website that
# is not gone.
_report_domains(s) := [[wid, d, gone, d in hosted] |
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

# _held_state(gone, hosted, held): [state, reasons] of a domain, given the
# [declared state, rule ID] of each rule that holds for it (held):
# inaccessible when the domain is gone or an inaccessible rule holds; else
# the first of blocked, not_served (no hosting entry names the domain) and
# at_risk (an at_risk or not_served rule holds) that holds; else accessible.
# The reasons: the IDs of the rules of that state.
_held_state(true, _, held) := ["inaccessible", _declaring(held, {"inaccessible"})]

_held_state(false, hosted, held) := ["inaccessible", inaccessible] if {
	inaccessible := _declaring(held, {"inaccessible"})
	count(inaccessible) > 0
} else := ["blocked", blocked] if {
	blocked := _declaring(held, {"blocked"})
	count(blocked) > 0
} else := ["not_served", _declaring(held, {"not_served"})] if {
	not hosted
} else := ["at_risk", at_risk] if {
	at_risk := _declaring(held, {"at_risk", "not_served"})
	count(at_risk) > 0
} else := ["accessible", set()]

# _declaring(held, states): the IDs of the rules in held that declare one of
# the states.
_declaring(held, states) := {id | some [state, id] in held; state in states}

# _holds(s, v, wid, d): violation v holds for domain d of website wid: it names
# the domain (and no other website); or names the website and no domain; or
# names no website or domain but an order of s that covers the website; or
# names none of these and lies under /subject or /actual/subject (the whole
# subject).
_holds(s, v, wid, d) if {
	some k in _places(s, v)
	k in {["all"], ["website", wid], ["domain", d], ["domain", d, wid]}
}

# _places(s, v): where violation v holds, as keys: ["domain", d] for domain d
# of any website, ["domain", d, wid] for domain d of website wid only,
# ["website", wid] for every domain of website wid, ["all"] for every domain.
_places(s, v) := ((_domain_places(v) | _website_places(v)) | _order_places(s, v)) | _subject_places(v)

# _domain_places(v): v names a domain, and no website, "" or one website.
_domain_places(v) := {k |
	_given(v, "domain")
	k := _domain_key(v.domain, object.get(v, "website", ""))
}

_domain_key(d, "") := ["domain", d]

_domain_key(d, wid) := ["domain", d, wid] if wid != ""

# _website_places(v): v names no domain but a website, or several in its
# websites field (a violation that speaks for several websites at once).
_website_places(v) := {["website", v.website] | not _given(v, "domain")} | {["website", wid] |
	not _given(v, "domain")
	some wid in object.get(v, "websites", [])
}

# _order_places(s, v): v names no domain or website but an order of s: the
# websites that the order covers.
_order_places(s, v) := {k |
	not _given(v, "domain")
	not _given(v, "website")
	count(object.get(v, "websites", [])) == 0
	some o in object.get(_orders_by_id(s), v.order, set())
	some k in _order_keys(o)
}

# _orders_by_id(s): {order id: the orders of s with that id}, built once per
# document rather than scanning the orders for each violation.
_orders_by_id(s) := index.group([[o.id, o] | some o in object.get(s, "orders", [])])

_order_keys(o) := {["all"] | orders.covers_every(o)} | {["website", wid] | some wid in o.websites}

# _subject_places(v): v names none of these and lies under /subject or
# /actual/subject.
_subject_places(v) := {["all"] |
	not _given(v, "domain")
	not _given(v, "website")
	not _given(v, "order")
	_subject_path(v.path)
}

_given(v, field) if object.get(v, field, "") != ""

_subject_path(p) if p in {"/subject", "/actual/subject"}

_subject_path(p) if startswith(p, "/subject/")

_subject_path(p) if startswith(p, "/actual/subject/")
