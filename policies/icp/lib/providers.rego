# METADATA
# title: Provider names
# description: |
#   The provider registry (data.icp.providers: each provider's id, name,
#   Chinese name and aliases, the aliases in normal form) and the
#   normalisation of provider names
#   (docs/model.md, "Provider names"): a name is compared after lower-casing
#   it and turning every run of spaces, "-", "_" and "." into one "-"; an id
#   or alias is read as its id, any other name is a provider of its own under
#   its normalised form. snapshot(s) and plan_input(x) return a document with
#   every provider name read so; the decision entry points of icp.filing and
#   icp.plan evaluate their rules on that copy, so that a provider spelt the
#   way its users spell it never switches a rule off.
package icp.lib.providers

import data.icp.lib.config
import data.icp.lib.messages

# _normal(name): the name compared: lower case, every run of spaces, "-", "_"
# and "." one "-", none at either end. A value that is not a string is left
# as it is (the schemas refuse it; an OPA server may be sent anything).
_normal(name) := trim(regex.replace(folded, `-{2,}`, "-"), "-") if {
	is_string(name)
	folded := strings.replace_n({" ": "-", "_": "-", ".": "-", "\t": "-"}, lower(name))
	contains(folded, "--")
} else := trim(strings.replace_n({" ": "-", "_": "-", ".": "-", "\t": "-"}, lower(name)), "-") if {
	is_string(name)
} else := name

# _known: {id or alias: provider id}, the names that nearest compares a name
# with. The registry writes aliases in normal form (a test checks the
# shipped ones), so that matching costs no string work on the registry's
# side; the provider's name and Chinese name are for messages. An alias that
# two providers claim is a data error that fails evaluation (OPA's conflict
# error) rather than picking one of them.
_known := {n: id |
	some id, entry in config.providers
	some n in array.concat([id], object.get(entry, "aliases", []))
}

# canonical(name): the id of the provider that name names, or its normal form
# when the registry does not know it. An id as written is itself (the usual
# case, looked up at once); another name is looked up, in normal form, among
# the ids and aliases (_known, which reads no input: the engine builds it
# once, not once per document).
canonical(name) := name if {
	config.providers[name]
} else := id if {
	id := _known[_normal(name)]
} else := _normal(name)

# is_known(name): name is an id or alias of the registry.
is_known(name) if config.providers[canonical(name)]

# snapshot(s): the snapshot s with every provider name (access, hosting,
# orders) canonical; s itself when they all are (no copy to make).
snapshot(s) := s if {
	canonical_snapshot(s)
} else := object.union(s, object.union_n([
	{"websites": [_with_access(w) | some w in s.websites] | is_array(s.websites)},
	{"hosting": _named_each(s.hosting) | is_array(s.hosting)},
	{"orders": _named_each(s.orders) | is_array(s.orders)},
]))

# canonical_snapshot(s): every provider name of snapshot s is already an id
# (or an unknown name in its normal form): there is nothing to read anew.
canonical_snapshot(s) if {
	every name in _snapshot_names(s) {
		canonical(name) == name
	}
}

# canonical_plan_input(x): the same for the input of icp.plan.
canonical_plan_input(x) if {
	every name in _snapshot_names(x.filing) | _plan_names(x.plan) {
		canonical(name) == name
	}
}

# _snapshot_names(s): the provider names of snapshot s.
_snapshot_names(s) := (access_names | {h.provider | some h in s.hosting}) | {o.provider | some o in s.orders} if {
	access_names := {a.provider | some w in s.websites; some a in w.access}
}

_with_access(w) := object.union(w, {"access": _named_each(w.access)}) if {
	is_object(w)
	is_array(w.access)
} else := w

# plan_input(x): the input of icp.plan ({"filing", "plan"}) with the
# snapshot's provider names, the plan's and every action's canonical; x
# itself when they all are.
plan_input(x) := x if {
	canonical_plan_input(x)
} else := object.union(x, object.union_n([
	{"filing": snapshot(x.filing) | x.filing},
	{"plan": _plan(x.plan) | is_object(x.plan)},
])) if {
	is_object(x)
}

else := x

# _plan_names(p): the provider names of plan p.
_plan_names(p) := {p.provider | p.provider} | {a.provider | some a in p.actions; a.provider}

_plan(p) := object.union(p, object.union_n([
	{"provider": canonical(p.provider) | p.provider},
	{"actions": _named_each(p.actions) | is_array(p.actions)},
]))

# _named_each(xs): the objects xs, each with its provider field (where it has
# one) canonical.
_named_each(xs) := [_named(x) | some x in xs]

_named(x) := object.union(x, {"provider": canonical(x.provider)}) if {
	is_object(x)
	x.provider
} else := x

# nearest(name): [id, the registry's name it resembles] of the provider whose
# id or alias the normal form of name is nearest to, within two edits (one
# for a name of three or four characters, so that any short name is not
# "near" aws), the fewest edits first, then the id, then the name. Only names
# that begin alike are compared (the same first letter, or a letter added or
# missing before it: a misspelling seldom starts with the wrong letter),
# which spares comparing every name of the registry. Undefined for a known
# name or one near none.
nearest(name) := [id, near] if {
	not is_known(name)
	chars := split(_normal(name), "")
	size := count(chars)
	size > 1
	letters := {c | some c in chars}

	# The registry is scanned: an index of its names by character would
	# spare the scan in icpcheck, which builds input-free rules once per
	# run, but an OPA server or conftest builds it for every query that
	# needs it, which costs more than the scan (measured: 2.1 ms against
	# 1.4 ms for a snapshot with an unknown provider name).
	found := {[d, id, k] |
		some k, id in _known
		abs(count(k) - size) <= 2

		# k begins alike: with the name's first or second character, or
		# its second character is the name's first (then k begins with
		# its own first character followed by the name's first)
		strings.any_prefix_match(k, {chars[0], chars[1], concat("", [substring(k, 0, 1), chars[0]])})

		# and two edits leave out at most two of the name's letters
		k_chars := split(k, "")
		count(letters - {c | some c in k_chars}) <= 2
		d := _distance(chars, k_chars)
		d * 2 < count(k)
	}
	count(found) > 0
	[_, id, near] := min(found)
}

# _distance(a, b): the Levenshtein distance of the character arrays a and b
# when it is 1 or 2; undefined when it is 0 or more than 2. What a and b
# share at their start and at their end never needs an edit, so it is cut
# off first (edits).
_distance(a, b) := _edits(array.slice(a, p, count(a) - q), array.slice(b, p, count(b) - q)) if {
	a != b
	p := _common_prefix(a, b)
	q := _common_suffix(array.slice(a, p, count(a)), array.slice(b, p, count(b)))
}

# _common_prefix(a, b): how many elements a and b share at their start (the
# first index where they differ, or where the shorter ends).
_common_prefix(a, b) := min({i |
	some i in numbers.range(0, min([count(a), count(b)]))
	not a[i] == b[i]
})

# _common_suffix(a, b): how many elements a and b share at their end.
_common_suffix(a, b) := min({i |
	last_a := count(a) - 1
	last_b := count(b) - 1
	some i in numbers.range(0, min([last_a, last_b]) + 1)
	not a[last_a - i] == b[last_b - i]
})

# _edits(a, b): the distance, 1 or 2, of different arrays that differ at
# their first and at their last element. Rego has no loops to fill the usual
# table, but the edits must then fall on those two ends: one edit when both
# are at most one element long; else two, one at each end, when what lies
# between the ends matches: two substitutions, a deletion and an insertion,
# a deletion and a substitution, or two deletions.
_edits(a, b) := 1 if {
	count(a) <= 1
	count(b) <= 1
} else := 2 if {
	count(a) == count(b)
	_inner(a) == _inner(b)
} else := 2 if {
	count(a) == count(b)
	array.slice(a, 1, count(a)) == array.slice(b, 0, count(b) - 1)
} else := 2 if {
	count(a) == count(b)
	array.slice(a, 0, count(a) - 1) == array.slice(b, 1, count(b))
} else := 2 if {
	count(a) == count(b) + 1
	_inner(a) in {array.slice(b, 0, count(b) - 1), array.slice(b, 1, count(b))}
} else := 2 if {
	count(b) == count(a) + 1
	_inner(b) in {array.slice(a, 0, count(a) - 1), array.slice(a, 1, count(a))}
} else := 2 if {
	count(a) == count(b) + 2
	_inner(a) == b
} else := 2 if {
	count(b) == count(a) + 2
	_inner(b) == a
}

# _inner(a): a without its first and last element.
_inner(a) := array.slice(a, 1, count(a) - 1)

# misspelling(name, id, near): ICP905's message for a name that resembles
# near, an id or alias of provider id.
misspelling(name, id, near) := messages.text("ICP905.misspelt", {
	"name": sprintf("%q", [name]), "resembled": _resembled(id, near),
	"title": _title(id), "id": id,
})

_resembled(id, near) := id if {
	near == id
} else := messages.text("ICP905.near", {"near": near, "id": id})

# _title(id): the provider's names, "Alibaba Cloud, 阿里云".
_title(id) := concat(", ", {object.get(entry, "name", id), object.get(entry, "name_zh", id)}) if {
	entry := object.get(config.providers, id, {})
}
