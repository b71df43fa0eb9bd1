package icp.filing

import data.icp.lib.orders
import data.icp.lib.result

# METADATA
# title: Orders in the administration's review at two providers
# description: |
#   In a snapshot: two orders of the subject are in administration_review at
#   different providers. One subject may have one order in the
#   administration's review at a time: the later one is returned (主办者冲突,
#   a subject conflict). Reported on the later order of each such pair (by
#   submitted_at, else by place in the list), except for a change beside a
#   transfer, which ICP201 reports. Withdraw the later order and submit it
#   again once the earlier one is decided.
# custom:
#   id: ICP208
#   severity: warn
#   sources:
#     - T4
warn contains v if {
	some j, o in input.orders
	o.status == "administration_review"
	some i, e in input.orders
	i != j
	e.status == "administration_review"
	e.provider != o.provider
	orders.earlier(input, i, j)
	not {o.type, e.type} == {"change", "transfer"}
	v := result.violation(
		rego.metadata.rule(),
		sprintf(
			"Order %s (%s) at %s is in the administration's review while order %s (%s), submitted earlier at %s, is in review too: one subject may have one order in the administration's review at a time, and the later one is returned as a subject conflict (主办者冲突). Withdraw %s at %s and submit it again once %s is decided.",
			[o.id, o.type, o.provider, e.id, e.type, e.provider, o.id, o.provider, e.id],
		),
		{"path": sprintf("/orders/%d", [j]), "order": o.id, "provider": o.provider},
	)
}
