package icp.filing

import data.icp.lib.orders
import data.icp.lib.result
import data.icp.lib.websites

# METADATA
# title: Open cancellation order
# description: |
#   An open cancel_number order, or an open cancel_access order at a provider
#   from which one of its websites' domains is served. Once approved, the
#   listed websites become inaccessible (for cancel_number, every website of
#   the subject when its scope is subject).
# custom:
#   id: ICP506
#   severity: warn
#   sources:
#     - faq:cancel-vs-cancel
#     - A5
warn contains v if {
	some i, o in input.orders
	o.type in {"cancel_number", "cancel_access"}
	orders.is_open(o)
	msg := icp506_msg(o)
	v := result.violation(
		rego.metadata.rule(),
		msg,
		{"path": sprintf("/orders/%d", [i]), "order": o.id, "provider": o.provider},
	)
}

icp506_msg(o) := sprintf(
	"Cancel-number order %s (scope %s) is open at %s: once approved, the number is deregistered and %s inaccessible for good; restoring a website needs a new filing and a new number, and the order cannot be withdrawn.",
	[o.id, object.get(o, "scope", "website"), o.provider, icp506_sites(orders.covered(input, o))],
) if {
	o.type == "cancel_number"
}

icp506_msg(o) := sprintf(
	"Cancel-access order %s at %s is open while %s served from %s: once approved, %s is no longer the access provider of %s and its domains become inaccessible there. Serve them from a provider with active access before the order is approved.",
	[o.id, o.provider, icp506_is_are(served), o.provider, o.provider, result.list(wids)],
) if {
	o.type == "cancel_access"
	wids := orders.covered(input, o)
	served := {d |
		some w in input.websites
		w.id in wids
		some d in w.domains
		[d, o.provider] in websites.served_pairs(input)
	}
	count(served) > 0
}

icp506_sites(wids) := sprintf("%s (%s) become%s", [icp506_websites(wids), result.list(domains), icp506_s(wids)]) if {
	domains := {d | some w in input.websites; w.id in wids; some d in w.domains}
	count(domains) > 0
} else := sprintf("%s become%s", [icp506_websites(wids), icp506_s(wids)])

icp506_websites(wids) := sprintf("website %s", [result.list(wids)]) if {
	count(wids) == 1
} else := sprintf("websites %s", [result.list(wids)])

icp506_s(wids) := "s" if {
	count(wids) == 1
} else := ""

icp506_is_are(domains) := sprintf("%s is", [result.list(domains)]) if {
	count(domains) == 1
} else := sprintf("%s are", [result.list(domains)])
