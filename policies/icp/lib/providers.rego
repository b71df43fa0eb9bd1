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
