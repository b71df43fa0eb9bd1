# METADATA
# title: Record differences
# description: |
#   Where the actual subject and website information (the snapshot's actual)
#   differs from the record: one entry per field given in actual.
package icp.lib.record

import data.icp.lib.messages
import data.icp.lib.result

# differences(s): a set of {"path", "field", "recorded", "actual", "changes"}
# (plus "website" for a website's field), one per field of s.actual that
# differs from the record; changes lists {"field", "recorded", "actual"} per
# differing sub-field (field "administrator.name") or the field itself. A field given in actual but absent from the
# record
# differs; within an object (certificate, administrator) only the sub-fields
# that actual gives are compared; lists (domains) compare as sets.
differences(s) := _subject_differences(s) | _website_differences(s)

_subject_differences(s) := {d |
	some field, value in object.get(object.get(s, "actual", {}), "subject", {})
	recorded := object.get(s.subject, field, null)
	differs(value, recorded)
	d := {
		"path": concat("/", ["", "actual", "subject", result.escape(field)]),
		"field": field,
		"recorded": recorded,
		"actual": value,
		"changes": changes(field, value, recorded),
	}
}

_website_differences(s) := {d |
	some wid, fields in object.get(object.get(s, "actual", {}), "websites", {})
	some w in s.websites
	w.id == wid
	some field, value in fields
	recorded := object.get(w, field, null)
	differs(value, recorded)
	d := {
		"path": concat("/", ["", "actual", "websites", result.escape(wid), result.escape(field)]),
		"field": field,
		"website": wid,
		"recorded": recorded,
		"actual": value,
		"changes": changes(field, value, recorded),
	}
}

# changes(field, a, r): the differing sub-fields when both values are
# objects, else the field itself.
changes(field, a, r) := [c |
	some k, v in a
	v != object.get(r, k, null)
	c := {"field": concat(".", [field, k]), "recorded": object.get(r, k, null), "actual": v}
] if {
	is_object(a)
	is_object(r)
} else := [{"field": field, "recorded": r, "actual": a}]

# describe(d): a difference for a message, e.g. `website shop's
# administrator.name is "Zhang San" but actually "Li Si"`.
describe(d) := messages.text("record.website", {"website": d.website, "changes": _change_list(d)}) if {
	d.website
} else := messages.text("record.subject", {"changes": _change_list(d)})

_change_list(d) := concat("; ", [t |
	some c in d.changes
	t := messages.text(
		"record.change",
		{"field": c.field, "recorded": result.text(c.recorded), "actual": result.text(c.actual)},
	)
])

# differs(a, r): the actual value a differs from the recorded value r.
differs(a, r) if {
	not is_object(a)
	not is_array(a)
	a != r
}

differs(a, r) if {
	is_object(a)
	not is_object(r)
}

differs(a, r) if {
	is_object(a)
	is_object(r)
	some k, v in a
	v != object.get(r, k, null)
}

differs(a, r) if {
	is_array(a)
	not is_array(r)
}

differs(a, r) if {
	is_array(a)
	is_array(r)
	{x | some x in a} != {x | some x in r}
}
