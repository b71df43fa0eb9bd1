# METADATA
# title: Provider names
# description: |
#   The provider registry (data.icp.providers: each provider's id, name,
#   Chinese name and aliases) and the normalisation of provider names
#   (docs/model.md, "Provider names"): a name is compared after lower-casing
#   it and turning every run of spaces, "-", "_" and "." into one "-"; an id
#   or alias is read as its id, any other name is a provider of its own under
#   its normalised form. snapshot(s) and plan_input(x) return a document with
#   every provider name read so; the decision entry points of icp.filing and
#   icp.plan evaluate their rules on that copy, so that a provider spelt the
#   way its users spell it never switches a rule off.
package icp.lib.providers

import data.icp.lib.config

# normal(name): the name compared: lower case, every run of spaces, "-", "_"
# and "." one "-", none at either end. A value that is not a string is left
# as it is (the schemas refuse it; an OPA server may be sent anything).
normal(name) := trim(regex.replace(lower(name), `[\s._-]+`, "-"), "-") if {
	is_string(name)
} else := name

# known: {normal form of an id, name, Chinese name or alias: provider id}.
# An alias that two providers claim goes to neither (a data error that must
# not pick one at random).
known := {n: id |
	some n, ids in claims
	count(ids) == 1
	some id in ids
}

claims[n] contains id if {
	some id, entry in config.providers
	some name in names_of(id, entry)
	n := normal(name)
}

# names_of(id, entry): the names a provider is known by.
names_of(id, entry) := array.concat(
	[id, object.get(entry, "name", id), object.get(entry, "name_zh", id)],
	[a | some a in object.get(entry, "aliases", []); is_string(a)],
)

# canonical(name): the id of the provider that name names, or its normal form
# when the registry does not know it.
canonical(name) := object.get(known, normal(name), normal(name))

# is_known(name): name is an id or alias of the registry.
is_known(name) if known[normal(name)]

# snapshot(s): the snapshot s with every provider name (access, hosting,
# orders) canonical.
snapshot(s) := object.union(s, object.union_n([
	{"websites": [with_access(w) | some w in s.websites] | is_array(s.websites)},
	{"hosting": named_each(s.hosting) | is_array(s.hosting)},
	{"orders": named_each(s.orders) | is_array(s.orders)},
])) if is_object(s)

else := s

with_access(w) := object.union(w, {"access": named_each(w.access)}) if {
	is_object(w)
	is_array(w.access)
} else := w

# plan_input(x): the input of icp.plan ({"filing", "plan"}) with the
# snapshot's provider names, the plan's and every action's canonical.
plan_input(x) := object.union(x, object.union_n([
	{"filing": snapshot(x.filing) | x.filing},
	{"plan": plan(x.plan) | is_object(x.plan)},
])) if is_object(x)

else := x

plan(p) := object.union(p, object.union_n([
	{"provider": canonical(p.provider) | p.provider},
	{"actions": named_each(p.actions) | is_array(p.actions)},
]))

# named_each(xs): the objects xs, each with its provider field (where it has
# one) canonical.
named_each(xs) := [named(x) | some x in xs]

named(x) := object.union(x, {"provider": canonical(x.provider)}) if {
	is_object(x)
	x.provider
} else := x

# nearest(name): [id, the registry's name it resembles] of the provider whose
# id, name or alias the normal form of name is nearest to, within two edits
# (one for a name of three or four characters, so that any short name is not
# "near" aws); the fewest edits win, then the id, then the name. Undefined
# for a known name or one near none.
nearest(name) := [id, near] if {
	n := normal(name)
	not known[n]
	chars := split(n, "")
	found := {[d, id, k] |
		some k, id in known
		d := distance(chars, split(k, ""))
		d * 2 < count(k)
	}
	count(found) > 0
	[_, id, near] := min(found)
}

# distance(a, b): the Levenshtein distance of the character arrays a and b
# when it is 1 or 2; undefined when it is 0 or more than 2. Rego has no
# loops to fill the usual table, so each way of spending at most two edits
# is checked: substitutions (same length), a deletion from the longer
# (lengths one apart), two deletions (two apart), or one deletion from each
# (same length: a deletion and an insertion).
distance(a, b) := 1 if {
	count(a) == count(b)
	mismatches(a, b) == 1
} else := 1 if {
	count(a) == count(b) + 1
	b in deletions(a)
} else := 1 if {
	count(b) == count(a) + 1
	a in deletions(b)
} else := 2 if {
	count(a) == count(b)
	mismatches(a, b) == 2
} else := 2 if {
	count(a) == count(b)
	a != b
	count(deletions(a) & deletions(b)) > 0
} else := 2 if {
	count(a) == count(b) + 1
	some x in deletions(a)
	mismatches(x, b) == 1
} else := 2 if {
	count(b) == count(a) + 1
	some x in deletions(b)
	mismatches(x, a) == 1
} else := 2 if {
	count(a) == count(b) + 2
	some x in deletions(a)
	b in deletions(x)
} else := 2 if {
	count(b) == count(a) + 2
	some x in deletions(b)
	a in deletions(x)
}

# mismatches(a, b): the positions at which arrays of one length differ.
mismatches(a, b) := count([i | some i, c in a; c != b[i]])

# deletions(a): the arrays that deleting one element of a leaves.
deletions(a) := {array.concat(array.slice(a, 0, i), array.slice(a, i + 1, count(a))) | some i in numbers.range(0, count(a) - 1)}

# misspelling(name, id, near): ICP905's message for a name that resembles
# near, an id or alias of provider id.
misspelling(name, id, near) := sprintf(
	"Provider %q is not a provider the registry knows, but looks like %s (%s): the rules that depend on a provider's data do not apply to an unknown name. Write %s, or add %q to the registry's aliases with -d if it is another provider.",
	[name, resembled(id, near), title(id), id, name],
)

resembled(id, near) := id if {
	normal(near) == id
} else := sprintf("%s, i.e. %s", [near, id])

# title(id): the provider's names, "Alibaba Cloud, 阿里云".
title(id) := concat(", ", {object.get(entry, "name", id), object.get(entry, "name_zh", id)}) if {
	entry := object.get(config.providers, id, {})
}
