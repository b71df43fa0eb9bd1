package icp.plan

import data.icp.lib.result

# METADATA
# title: Cancellation order withdrawn or abandoned
# description: |
#   withdraw_order or abandon_order names a cancel_number order, or a
#   cancel_access order in administration_review. Cancellation orders cannot
#   be deleted or withdrawn: the order stays and takes effect when approved.
# custom:
#   id: ICP505
#   severity: deny
#   sources:
#     - faq:order-final
#     - T1
deny contains v if {
	some i, a in input.plan.actions
	a.type in {"withdraw_order", "abandon_order"}
	some o in states[i].orders
	o.id == a.order
	icp505_final(o)
	v := result.violation(
		rego.metadata.rule(),
		sprintf(
			"Action %s %s order %s (%s at %s, %s), but cancellation orders cannot be deleted or withdrawn%s: the order stays and takes effect when approved.",
			[a.id, icp505_verb(a), o.id, o.type, o.provider, o.status, icp505_when(o)],
		),
		object.union(at(i, a), {"order": o.id, "provider": o.provider}),
	)
}

icp505_final(o) if o.type == "cancel_number"

icp505_final(o) if {
	o.type == "cancel_access"
	o.status == "administration_review"
}

icp505_verb(a) := "withdraws" if {
	a.type == "withdraw_order"
} else := "abandons"

icp505_when(o) := " once they reach the administration" if {
	o.type == "cancel_access"
} else := ""
