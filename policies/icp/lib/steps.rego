# METADATA
# title: What a plan's step changes in the accessibility report
# description: |
#   A plan's accessibility report is judged on every state the plan passes
#   through. Judging every state whole costs steps x snapshot size; this
#   layer bounds, from what a step changes (its effects), the domains whose
#   entries it may change, and builds the part of the
#   state that decides them, so that only that part is judged again and
#   every other entry is carried forward from the step before.
#
#   A domain's entry depends only on the websites that list it (whether one
#   is filed, for ICP101), their own fields and access, its hosting entry, the
#   orders that cover those websites (ICP302, ICP303, ICP506 and active
#   access), whether a transfer of the subject is open (ICP401), the subject,
#   `actual` and `as_of`; and, through ICP506 on an open cancel_access order,
#   on the hosting of the other domains of the websites the order covers.
package icp.lib.steps

import data.icp.lib.index
import data.icp.lib.orders

# small_plan(s, plan): every step of the plan on snapshot s is judged whole:
# bounding a step's part, and judging it, costs about as much as judging a
# state of some twenty websites, hosting entries and orders, since most of
# a judgement's cost does not grow with the state (the rules are entered,
# their indexes built). On 300 generated plans, judging whole below 20
# elements took 2.6% fewer allocations than below 10, and 0.8% fewer than
# judging every plan whole. An action adds about one element to the state
# (an order, a website, a hosting entry), so the snapshot's count plus the
# actions' roughly bounds every state's.
small_plan(s, plan) if {
	elements := [count(object.get(s, field, [])) | some field in ["websites", "hosting", "orders"]]
	sum(elements) + count(plan.actions) < 20
}

# scope(prev, st, df, wids): what the step from state prev to state st may
# change in the report: "whole" (every entry), or the set of domains whose
# entries it may change. df: the elements of websites, hosting and orders
# that differ between the two states, or a superset of them
# (data.icp.lib.plan.changed: the websites and hosting entries need only
# their id and domain); wids: the websites that the step deregisters (their
# reasons change even when a website already was deregistered).
scope(prev, st, df, wids) := "whole" if {
	_whole(prev, st, df)
} else := _domains(prev, st, df, wids)

# _whole(prev, st, df): the step may change every entry: a field other than
# websites, hosting and orders differs (the subject, actual, as_of), or a
# changed order covers every website, or a changed transfer decides whether
# a transfer of the subject is open (which ICP401 reads for every website)
# while the state has `actual`, or an open cancel_access order covers every
# website (ICP506 then reads every domain's hosting).
_whole(prev, st, _) if {
	some field in (object.keys(prev) | object.keys(st))
	not field in {"websites", "hosting", "orders"}
	object.get(prev, field, null) != object.get(st, field, null)
}

_whole(_, _, df) if {
	some o in df.orders
	orders.covers_every(o)
}

_whole(_, st, df) if {
	some o in df.orders
	o.type == "transfer"
	"actual" in object.keys(st)
}

_whole(_, st, _) if {
	some o in _open_cancel_access(st)
	orders.covers_every(o)
}

_open_cancel_access(st) := {o |
	some o in object.get(st, "orders", [])
	o.type == "cancel_access"
	orders.is_open(o)
}

# _domains(prev, st, df, wids): the domains whose entries the step may
# change: those whose hosting it changes and every domain, before or after
# it, of the websites it touches: a changed website or one a changed order
# lists, wids, and those that an open cancel_access order covers beside a
# website one of whose domains the step points elsewhere (ICP506).
_domains(prev, st, df, wids) := hosted | {d |
	listed := {wid | some o in df.orders; some wid in o.websites}
	touched := (({w.id | some w in df.websites} | listed) | wids) | _cancel_access_neighbours(st, hosted)
	some s in [prev, st]
	some w in object.get(s, "websites", [])
	w.id in touched
	some d in w.domains
} if {
	hosted := {h.domain | some h in df.hosting}
}

_cancel_access_neighbours(st, ds) := {wid |
	some o in _open_cancel_access(st)
	some w in st.websites
	w.id in o.websites
	some d in w.domains
	d in ds
	some wid in o.websites
}

# part(st, ds): the part of state st that decides the entries of domains ds:
# the websites that list one of them, with only those domains unless ICP401
# (the website is in actual) or ICP506 (an open cancel_access order covers
# it) reads all of them, the websites an open cancel_access order covers, and
# the hosting entries of their domains. The subject, orders, actual and the
# other fields are kept whole.
part(st, ds) := object.union(st, {"websites": sites, "hosting": hosting}) if {
	whole_sites := {wid | some o in _open_cancel_access(st); some wid in o.websites}
	actual_sites := object.keys(object.get(st, ["actual", "websites"], {}))
	sites := [p |
		some w in st.websites
		p := _website_part(w, ds, whole_sites, actual_sites)
	]
	kept := {d | some w in sites; some d in w.domains}
	hosting := [h | some h in object.get(st, "hosting", []); h.domain in kept]
}

_website_part(w, ds, whole_sites, actual_sites) := w if {
	w.id in whole_sites
} else := w if {
	w.id in actual_sites
	some d in w.domains
	d in ds
} else := object.union(w, {"domains": listed}) if {
	listed := [d | some d in w.domains; d in ds]
	count(listed) > 0
}

# keys(s, ds): the [website, domain] of each entry of state s's report for
# one of the domains ds.
keys(s, ds) := {[wid, d] |
	owners := _owner_index(object.get(s, "websites", []))
	some d in ds
	some wid in object.get(owners, [d], set())
}

# _owner_index(sites): {domain: the ids of the websites that list it}, a
# function of the websites alone, so that the states that share them (most
# steps change none) share it.
_owner_index(sites) := index.group([[d, w.id] | some w in sites; some d in w.domains])

# whole_change(report): what a step judged whole gives the timeline: every
# entry of its report, [state, reasons] by [website, domain] (the first
# entry wins when a key repeats, as in the whole report); a domain that the
# report lacks does not exist at that step (timeline.from_changes).
whole_change(report) := {"entries": by_key(report), "lacking": null}

# part_change(ks, reports): what a step judged on parts gives the timeline:
# each of the keys ks with its [state, reasons] in the report of its domain
# (reports: {domain: a report by key, by_key}), or null when that report has
# no such entry (the domain no longer exists); the other entries are carried
# forward.
part_change(ks, reports) := {"entries": {k: object.get(reports, [k[1], k], null) | some k in ks}, "lacking": false}

# judgements(scopes): where the entries that each step may change are
# judged, given scopes[s] for each step s ("whole", or the set of domains
# whose entries step s may change; scopes[0] is "whole"). An entry that step
# s may change keeps its value until the next step that may change it (one
# whose scope names its domain, or is whole), so the state of any step of
# that span may judge it: the spans of several steps share the states that
# judge them, and a state judged whole judges every span it lies in.
#   whole: the steps judged whole: the first, the last, and those whose
#          scope is whole;
#   at:    {[s, d]: the step whose state judges the entry of domain d that
#          step s may change}: the first step judged whole in its span,
#          else one of the fewest steps that lie in every such span
#          (points).
judgements(scopes) := {"whole": wholes, "at": object.union(free, placed)} if {
	last := count(scopes) - 1
	wholes := {0, last} | {u | some u, sc in scopes; sc == "whole"}
	spans := _change_spans(scopes)

	# a step judged whole other than the last ends the spans before it
	free := {[s, d]: last | some [s, e, d] in spans; e == last}
	rest := {span | some span in spans; span[1] < last}
	ps := _points(rest)
	placed := {[s, d]: min({p | some p in ps; p >= s}) | some [s, _, d] in rest}
}

# _change_spans(scopes): [s, e, d] for each domain d that step s may change
# (but does not judge whole): e is the step before the next one that may
# change d's entry (or the last step).
_change_spans(scopes) := {[s, e, d] |
	bounds := {u | some u, sc in scopes; sc == "whole"} | {count(scopes)}
	some d, changing in index.group([[d, u] | some u, sc in scopes; is_set(sc); some d in sc])
	ordered := sort(changing | bounds)
	some i, s in ordered
	s in changing
	e := ordered[i + 1] - 1
}

# _points(spans): the fewest steps that lie in every span [s, e, _], chosen
# greedily: the first end of all, then the first end of those that start
# after it, and so on (each point is reached from the one before).
# (graph.reachable follows only the nodes that are keys, so every end is
# one, with no edge after the last point.)
_points(spans) := graph.reachable(next_points, {-1}) - {-1} if {
	next_points := {p: {min(later) | count(later) > 0} |
		some p in ({e | some [_, e, _] in spans} | {-1})
		later := {e | some [s, e, _] in spans; s > p}
	}
}

# by_key(report): {[website, domain]: [state, reasons]} of a report's
# entries (the first entry wins when a key repeats, as in the report).
by_key(report) := {k: [e.state, e.reasons] |
	some k in {[e.website, e.domain] | some e in report}
	e := [x | some x in report; [x.website, x.domain] == k][0]
} if {
	count({[e.website, e.domain] | some e in report}) != count(report)
} else := {[e.website, e.domain]: [e.state, e.reasons] | some e in report}
