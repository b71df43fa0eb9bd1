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
import data.icp.lib.numbers
import data.icp.lib.orders
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

# active_providers_of: {website id: the providers at which the website has
# active access}.
active_providers_of := access.active_index(input, config.providers)

# transfer_is_open: a transfer order of the subject is open.
transfer_is_open if orders.transfer_open(input)

# own_abbreviation: the abbreviation of the subject's province ("" when the
# province table does not give one).
own_abbreviation := numbers.abbreviation_in(object.get(config.provinces, input.subject.province, {}))

# other_abbreviations: the abbreviations of the other provinces (the province
# table is read once, by reference rather than as a function's argument).
other_abbreviations := {a | a := config.provinces[_].abbreviation; is_string(a)} - {own_abbreviation, ""}

# website_number_prefix: what a website's number starts with, the subject's
# number followed by "-".
website_number_prefix := concat("", [object.get(input.subject, "icp_number", ""), "-"])

# decision: deny, warn, accessibility and consequences (none for a snapshot).
decision := {
	"deny": deny,
	"warn": warn,
	"accessibility": accessibility,
	"consequences": [],
}
