# METADATA
# title: Resource rules
# description: |
#   Whether a resource that serves a domain meets its provider's resource
#   rules (provider data resource_rules, keyed by resource type). A field that
#   the resource does not give is not judged, nor is a rule that the data does
#   not give.
package icp.lib.resources

import data.icp.lib.messages

# _rules_for(providers, p, type): the resource rules of provider p for a
# resource type ({} when there are none).
_rules_for(providers, p, type) := object.get(object.get(object.get(providers, p, {}), "resource_rules", {}), type, {})

# _problems(providers, p, mainland, resource): a set of sentences, one per rule
# of provider p that a resource (an object as in a hosting entry) served with
# the given mainland flag breaks; empty when it breaks none.
_problems(providers, p, mainland, resource) := broken(rules, mainland, resource) if {
	rules := _rules_for(providers, p, object.get(resource, "type", ""))
}

# broken(rules, mainland, resource): the same, given the rules of the
# resource's type; none for a resource outside mainland China, which backs no
# filing (ICP104 judges mainland hosting only). Given the rules of the
# resource's type (_rules_for): a caller that looks them up with a built-in
# passes them rather than the provider table, which, passed to a function,
# is converted whole from the store.
broken(
	rules,
	mainland,
	resource,
) := (_billing_problems(rules, resource) | _term_problems(rules, resource)) | _ip_problems(rules, resource) if {
	mainland == true
} else := set()

_billing_problems(rules, r) := {messages.text(
	"resource.billing",
	{"billing": r.billing, "allowed": concat(messages.text("variation.or", {}), rules.billing)},
) |
	is_string(r.billing)
	is_array(rules.billing)
	not r.billing in rules.billing
}

_term_problems(rules, r) := {messages.text(
	"resource.term",
	{"months": r.term_months, "minimum": rules.min_term_months},
) |
	is_number(r.term_months)
	is_number(rules.min_term_months)
	r.term_months < rules.min_term_months
}

_ip_problems(rules, r) := {messages.text("resource.no_public_ip", {}) |
	rules.public_ip == true
	r.public_ip == false
} | {messages.text("resource.public_ip", {}) |
	rules.public_ip == false
	r.public_ip == true
}
