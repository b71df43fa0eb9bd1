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
# gives "" (or no sources) rather than dropping the violation.
violation(meta, msg, place) := object.union(
	{
		"rule": object.get(meta, ["custom", "id"], ""),
		"title": messages.title(meta),
		"severity": object.get(meta, ["custom", "severity"], ""),
		"sources": object.get(meta, ["custom", "sources"], []),
		"msg": msg,
	},
	place,
)

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
