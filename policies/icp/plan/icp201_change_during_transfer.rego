package icp.plan

import data.icp.lib.result

# METADATA
# title: Information change during a transfer
# description: |
#   In a plan: change_subject or change_website while a transfer of the
#   subject is open (in the snapshot and not yet approved, or submitted
#   earlier in the plan and not yet awaited), or submit_transfer while a
#   change order of the subject is open. Information cannot be modified
#   during a transfer: finish the change at the original provider before
#   submitting the transfer, or submit it after the transfer is approved.
# custom:
#   id: ICP201
#   severity: deny
#   sources:
#     - faq:no-change-mid-transfer
#     - T1
deny contains v if {
	some i, a in input.plan.actions
	blockers := icp201_blockers(i, a)
	count(blockers) > 0
	v := result.violation(
		rego.metadata.rule(),
		icp201_msg(a, blockers),
		object.union(object.union(at(i, a), provider_field(a)), icp201_website(a)),
	)
}

# icp201_blockers(i, a): the open orders that forbid action i: the open
# transfers for a change, the open changes for a transfer.
icp201_blockers(i, a) := open_of_type(states[i], "transfer") if {
	a.type in {"change_subject", "change_website"}
} else := open_of_type(states[i], "change") if {
	a.type == "submit_transfer"
} else := set()

icp201_msg(a, blockers) := sprintf(
	"Action %s submits a change of %s at %s while transfer %s is open: information cannot be modified during a transfer. Submit the change after the transfer is approved (await it before this step), or finish the change at the original provider before submitting the transfer.",
	[a.id, icp201_what(a), provider(a), result.list(blockers)],
) if {
	a.type != "submit_transfer"
} else := sprintf(
	"Action %s submits a transfer at %s while change %s is open: information cannot be modified during a transfer. Get the change approved at the original provider first (await it before this step), or withdraw it and submit it again after the transfer is approved.",
	[a.id, provider(a), result.list(blockers)],
)

icp201_what(a) := sprintf("website %s", [a.website]) if {
	a.type == "change_website"
} else := "the subject"

icp201_website(a) := {"website": a.website} if {
	a.type == "change_website"
} else := {}
