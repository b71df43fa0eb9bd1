# METADATA
# title: ICP filing snapshot rules
# description: |
#   The state rules of icpcheck, judged on one FilingSnapshot (the input).
#   deny and warn hold the violations (one rule per file beside this one);
#   accessibility reports each domain's state; decision answers a document in
#   one query. The scope is subpackages, not package, so that the input
#   schema covers every file of icp.filing while a user's own file in this
#   package (-p) may still carry a package METADATA of its own.
# scope: subpackages
# schemas:
#   - input: schema.filing.v1
package icp.filing

import data.icp.lib.access
import data.icp.lib.accessibility as a11y
import data.icp.lib.config
import data.icp.lib.orders
import data.icp.lib.providers
import data.icp.lib.websites

# accessibility: one entry per domain of each website, in snapshot order,
# derived from deny and warn (so user rules in this package feed it too).
accessibility := a11y.report(input, deny | warn)

# The rules look the snapshot up in these indexes rather than scanning it in
# their loops: argument-less rules are evaluated once per query (and once
# more for each `with input as` of a plan's outcome) and cached.

# filed_owners_of: {domain: the ids of the filed websites that list it}; a
# domain that no filed website lists has no key.
filed_owners_of := websites.filed_owner_index(input)

# active_access: the pairs [website id, provider] such that the website has
# active access at the provider.
active_access := access.active_pairs(input, serving_transfers)

# websites_with_access: the ids of the websites with active access somewhere.
websites_with_access := {wid | some [wid, _] in active_access}

# serving_transfers: the transfer orders in a status in which their provider
# already serves the site (access._in_transfer), with the statuses looked up
# by a built-in: data passed to a function is converted from the store whole
# (to be hashed for the function cache), on every query, while the lookup
# converts only what it reads. (The path lookup gives [] where the nested
# lookups of access._during_transfer fail on a provider entry that is not an
# object: neither lets the order serve.)
serving_transfers := [o |
	some o in object.get(input, "orders", [])
	o.type == "transfer"
	o.status in object.get(config.providers, [o.provider, "access_during_transfer"], [])
]

# transfer_is_open: a transfer order of the subject is open.
transfer_is_open if orders.transfer_open(input)

# own_abbreviation: the abbreviation of the subject's province ("" when the
# province table does not give one): numbers.abbreviation(config.provinces,
# input.subject.province), with built-ins only, so that no province is
# passed to a function (which would have it converted from the store).
own_abbreviation := object.get(object.get(config.provinces, input.subject.province, {}), "abbreviation", "")

# other_abbreviations: the abbreviations of the other provinces, for ICP902:
# numbers.abbreviations(config.provinces) - {own_abbreviation}, with the
# province table read by reference rather than as a function's argument
# (which would have it converted whole from the store, to be hashed).
other_abbreviations := _abbreviations - {own_abbreviation}

# _abbreviations: every province's abbreviation. It reads no input, so the
# engine evaluates it once, not once per document.
_abbreviations := {a | a := config.provinces[_].abbreviation; is_string(a); a != ""}

# decision: deny, warn, accessibility and consequences (none for a snapshot),
# judged on the snapshot with its provider names read as the registry's ids
# (data.icp.lib.providers); written keeps the names as written, for ICP905.
decision := decided if {
	providers.canonical_snapshot(input)
} else := d if {
	d := decided with input as providers.snapshot(input)
		with written as input
}

# findings: the decision's deny and warn alone, judged the same way, for a
# report that prints nothing else (text under -q): the accessibility report
# is not computed.
findings := f if {
	providers.canonical_snapshot(input)
	f := _found
} else := f if {
	f := _found with input as providers.snapshot(input)
		with written as input
}

_found := {"deny": deny, "warn": warn}

# written: the document as its author wrote it.
written := input

decided := object.union(_found, {"accessibility": accessibility, "consequences": []})
