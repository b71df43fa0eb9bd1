# METADATA
# title: Order helpers
# description: |
#   Open orders, which websites an order covers, which order came first, and
#   the transfers that are open or pending, all as functions of a
#   snapshot-shaped document s (never input), so that a plan can ask them of
#   the state that its actions leave.
package icp.lib.orders

import data.icp.lib.dates
import data.icp.lib.index

open_statuses := {"provider_review", "sms_verification", "administration_review"}

# is_open(o): order o is open (provider_review, sms_verification or
# administration_review).
is_open(o) if o.status in open_statuses

# covers(o, wid): order o covers website wid: an order without websites covers
# every website, and so does a cancel_number of scope subject.
covers(o, _) if not o.websites

covers(o, _) if {
	o.type == "cancel_number"
	o.scope == "subject"
}

covers(o, wid) if wid in o.websites

# covers_every(o): order o covers every website (it names none, or is a
# cancel_number of scope subject): the clauses of covers that do not depend
# on the website.
covers_every(o) if not o.websites

covers_every(o) if {
	o.type == "cancel_number"
	o.scope == "subject"
}

# covered(s, o): the ids of the websites that order o covers in snapshot s
# (its websites as given, every website of s when it has none or is a
# cancel_number of scope subject).
covered(s, o) := website_ids(s) | _listed(o) if {
	covers_every(o)
} else := _listed(o)

# website_ids(s): the ids of the websites of s (one scan per document, not
# one per order: the function's result is cached for the same s).
website_ids(s) := {w.id | some w in object.get(s, "websites", [])}

_listed(o) := {wid | some wid in object.get(o, "websites", [])}

# earlier(s, i, j): order i of s came before order j: by submitted_at when
# both give one and they differ, else by their place in the orders list.
earlier(s, i, j) if dates.before(s.orders[i].submitted_at, s.orders[j].submitted_at)

earlier(s, i, j) if {
	not _timed_apart(s.orders[i], s.orders[j])
	i < j
}

_timed_apart(a, b) if time.parse_rfc3339_ns(a.submitted_at) != time.parse_rfc3339_ns(b.submitted_at)

# transfer_open(s): a transfer order of the subject is open.
transfer_open(s) if {
	some o in s.orders
	o.type == "transfer"
	is_open(o)
}

# open_transfer_ids(s): the ids of the open transfer orders of s.
open_transfer_ids(s) := {o.id |
	some o in object.get(s, "orders", [])
	o.type == "transfer"
	is_open(o)
}

# _transfer_open_for(s, wid): an open transfer order covers website wid.
_transfer_open_for(s, wid) if {
	some i in transfers_covering(s, wid)
	is_open(s.orders[i])
}

# open_transfers_for(s, wid): the ids of the open transfer orders of s that
# cover website wid (looked up in the transfer index, not scanned for each
# website).
open_transfers_for(s, wid) := {s.orders[i].id |
	some i in transfers_covering(s, wid)
	is_open(s.orders[i])
}

# _change_during_transfer(s, o): o is an open change order while a transfer of
# the subject is open (the snapshot clause of ICP201).
_change_during_transfer(s, o) if {
	o.type == "change"
	is_open(o)
	transfer_open(s)
}

# pending_transfers(s, wid): the indexes (in s.orders) of the transfers pending
# for website wid: transfers covering wid that are open or rejected and not
# followed by a later transfer covering wid to the same provider.
pending_transfers(s, wid) := {i |
	some i in transfers_covering(s, wid)
	_pending_status(s.orders[i])
	not _superseded(s, i, wid)
}

# transfers_covering(s, wid): the indexes (in s.orders) of the transfers that
# cover website wid, looked up in an index built once per document.
transfers_covering(s, wid) := object.get(_transfer_index(s), wid, set()) | object.get(_transfer_index(s), "*", set())

# _transfer_index(s): {website id: indexes of the transfers listing it, "*":
# indexes of those covering every website}.
_transfer_index(s) := index.group([[key, i] |
	some i, o in object.get(s, "orders", [])
	o.type == "transfer"
	some key in _cover_keys(o)
])

_cover_keys(o) := {"*"} if covers_every(o)

else := _listed(o)

_pending_status(o) if is_open(o)

_pending_status(o) if o.status == "rejected"

# _superseded(s, i, wid): a later transfer covering wid to the same provider
# follows order i.
_superseded(s, i, wid) if {
	some j in transfers_covering(s, wid)
	j != i
	s.orders[j].provider == s.orders[i].provider
	earlier(s, i, j)
}

# transfer_pending(s, wid): a transfer is pending for website wid.
transfer_pending(s, wid) if count(pending_transfers(s, wid)) > 0
