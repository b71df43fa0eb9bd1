# METADATA
# title: What a plan's step changes in the accessibility report
# description: |
#   A plan's accessibility report is judged on every state the plan passes
#   through. Judging every state whole costs steps x snapshot size; this
#   layer bounds, from the difference between two consecutive states, the
#   domains whose entries a step may change, and builds the part of the
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

import data.icp.lib.orders

# whole(prev, st): the step from state prev to state st may change every
# entry: a field other than websites, hosting and orders differs (the
# subject, actual, as_of), or a changed order covers every website, or a
# changed transfer decides whether a transfer of the subject is open (which
# ICP401 reads for every website) while the state has `actual`, or an open
# cancel_access order covers every website (ICP506 then reads every domain's
# hosting).
whole(prev, st) if object.remove(prev, ["websites", "hosting", "orders"]) != object.remove(st, ["websites", "hosting", "orders"])

whole(prev, st) if {
	some o in changed(prev, st, "orders")
	orders.covers_every(o)
}

whole(prev, st) if {
	some o in changed(prev, st, "orders")
	o.type == "transfer"
	"actual" in object.keys(st)
}

whole(_, st) if {
	some o in open_cancel_access(st)
	orders.covers_every(o)
}

# changed(prev, st, field): the elements of array field that are in one
# state and not in the other.
changed(prev, st, field) := (a - b) | (b - a) if {
	a := {x | some x in object.get(prev, field, [])}
	b := {x | some x in object.get(st, field, [])}
}

open_cancel_access(st) := {o |
	some o in object.get(st, "orders", [])
	o.type == "cancel_access"
	orders.is_open(o)
}

# touched_websites(prev, st, wids): the ids of the websites whose own facts
# the step changes: a changed website or one a changed order lists, wids
# (those the step deregisters: their reasons change even when the website
# already was), and those that an open cancel_access order covers beside a
# website one of whose domains the step points elsewhere (ICP506).
touched_websites(prev, st, wids) := (({w.id | some w in changed(prev, st, "websites")} | {wid |
	some o in changed(prev, st, "orders")
	some wid in o.websites
}) | wids) | cancel_access_neighbours(st, hosted_domains(prev, st))

# hosted_domains(prev, st): the domains whose hosting entries the step changes.
hosted_domains(prev, st) := {h.domain | some h in changed(prev, st, "hosting")}

cancel_access_neighbours(st, ds) := {wid |
	some o in open_cancel_access(st)
	some w in st.websites
	w.id in o.websites
	some d in w.domains
	d in ds
	some wid in o.websites
}

# domains(prev, st, wids): the domains whose entries the step may change:
# those whose hosting it changes and every domain, before or after it, of
# the websites it touches (touched_websites).
domains(prev, st, wids) := hosted_domains(prev, st) | {d |
	touched := touched_websites(prev, st, wids)
	some s in [prev, st]
	some w in object.get(s, "websites", [])
	w.id in touched
	some d in w.domains
}

# part(st, ds): the part of state st that decides the entries of domains ds:
# the websites that list one of them, with only those domains unless ICP401
# (the website is in actual) or ICP506 (an open cancel_access order covers
# it) reads all of them, the websites an open cancel_access order covers, and
# the hosting entries of their domains. The subject, orders, actual and the
# other fields are kept whole.
part(st, ds) := object.union(st, {"websites": sites, "hosting": hosting}) if {
	whole_sites := {wid | some o in open_cancel_access(st); some wid in o.websites}
	actual_sites := object.keys(object.get(st, ["actual", "websites"], {}))
	sites := [p |
		some w in st.websites
		p := website_part(w, ds, whole_sites, actual_sites)
	]
	kept := {d | some w in sites; some d in w.domains}
	hosting := [h | some h in object.get(st, "hosting", []); h.domain in kept]
}

website_part(w, ds, whole_sites, actual_sites) := w if {
	w.id in whole_sites
} else := w if {
	w.id in actual_sites
	some d in w.domains
	d in ds
} else := object.union(w, {"domains": listed}) if {
	listed := [d | some d in w.domains; d in ds]
	count(listed) > 0
}

# keys(s): the [website, domain] of every entry of state s's report.
keys(s) := {[w.id, d] | some w in object.get(s, "websites", []); some d in w.domains}

# change(ks, report): each of the keys ks with its [state, reasons] in
# report (the first entry wins when a key repeats, as in the whole report),
# or null when the report has no such entry (the domain no longer exists).
change(ks, report) := {k: object.get(index, [k], null) | some k in ks} if {
	index := by_key(report)
}

by_key(report) := {k: [e.state, e.reasons] |
	some k in {[e.website, e.domain] | some e in report}
	e := [x | some x in report; [x.website, x.domain] == k][0]
} if {
	count({[e.website, e.domain] | some e in report}) != count(report)
} else := {[e.website, e.domain]: [e.state, e.reasons] | some e in report}
