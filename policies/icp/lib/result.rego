# METADATA
# title: Violation objects
# description: |
#   Builds the violation objects of deny and warn from a rule's METADATA
#   annotation, so that ID, title, severity and sources are written once.
package icp.lib.result

import data.icp.lib.messages

# violation(meta, msg, place): the violation of the rule annotated by meta
# (rego.metadata.rule()) with message msg, merged with the place fields
# (path, website, domain, order, provider, action). A missing annotation field
# gives "" (or no sources) rather than dropping the violation. A rule that
# declares the accessibility state it puts a domain in (custom.state:
# inaccessible, blocked, not_served or at_risk) gives it as the field state,
# which data.icp.lib.accessibility reads; icpcheck does not print it.
violation(meta, msg, place) := object.union_n([
	{
		"rule": object.get(meta, ["custom", "id"], ""),
		"title": messages.title(meta),
		"severity": object.get(meta, ["custom", "severity"], ""),
		"sources": object.get(meta, ["custom", "sources"], []),
		"msg": msg,
	},
	{"state": meta.custom.state | is_string(meta.custom.state)},
	place,
])

# judged(meta): whether the rule annotated by meta (rego.metadata.rule()) is
# judged in this evaluation: always, but where a plan judges its
# intermediate states. Those feed the accessibility report only, so
# data.icp.plan replaces this function there (`with`) by declares_state:
# only the rules that declare a state are judged. A rule that declares none
# opens its body with `result.judged(rego.metadata.rule())`. (Replacing the
# function, rather than reading a flag set with `with` on data, spares the
# evaluator checking that override on every read of data.)
judged(_) := true

# declares_state(meta): the rule annotated by meta declares an
# accessibility state (custom.state).
declares_state(meta) if is_string(meta.custom.state)

# escape(token): a reference token escaped for a JSON pointer (RFC 6901).
escape(token) := replace(replace(token, "~", "~0"), "/", "~1")

# list(xs): a set or array of strings as "a, b, c" (sorted), with the
# separator of the reader's language.
list(xs) := messages.list(xs)

# website_field(ids): {"website": id} when the set ids holds exactly one id,
# else {} (a place naming a domain that several websites list names none).
website_field(ids) := {"website": id} if {
	count(ids) == 1
	some id in ids
} else := {}

# text(x): a value for a message: JSON text, or "nothing" for null.
text(x) := messages.text("value.nothing", {}) if {
	x == null
} else := json.marshal(x)
