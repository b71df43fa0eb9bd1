package icp.plan

import data.icp.lib.plan as sim
import data.icp.lib.result

# METADATA
# title: Wrong application for adding a website
# description: |
#   add_website uses add_new_website (Add New Website) for a website that
#   already has an ICP number (its own icp_number, or a website of the
#   snapshot with the same id that has one), or new_transfer (New ICP Filing
#   Transfer) for one without. Use New ICP Filing Transfer for a website already filed at
#   another provider, which keeps its number, and Add New Website for one
#   without a number.
# custom:
#   id: ICP103
#   severity: deny
#   sources:
#     - faq:add-vs-transfer
deny contains v if {
	some i, a in input.plan.actions
	a.type == "add_website"
	msg := icp103_msg(a)
	v := result.violation(
		rego.metadata.rule(),
		msg,
		object.union(object.union(at(i, a), {"website": a.website.id}), provider_field(a)),
	)
}

icp103_msg(a) := sprintf(
	"Action %s adds website %s with Add New Website (add_new_website), but it already has ICP number %s: a website already filed at another provider is added with New ICP Filing Transfer (new_transfer), which keeps its number.",
	[a.id, a.website.id, a.website.icp_number],
) if {
	a.application == "add_new_website"
	sim.numbered(a.website)
}

icp103_msg(a) := sprintf(
	"Action %s adds website %s with Add New Website (add_new_website), but the snapshot already has website %s with ICP number %s: a website already filed is added with New ICP Filing Transfer (new_transfer), which keeps its number (give it that number), or, at a provider where it already has access, needs no addition at all.",
	[a.id, a.website.id, a.website.id, number],
) if {
	a.application == "add_new_website"
	not sim.numbered(a.website)
	number := icp103_snapshot_number(a.website.id)
}

icp103_msg(a) := sprintf(
	"Action %s adds website %s with New ICP Filing Transfer (new_transfer), but it has no ICP number: New ICP Filing Transfer is for a website already filed at another provider. Use Add New Website (add_new_website) for a website without a number.",
	[a.id, a.website.id],
) if {
	a.application == "new_transfer"
	not sim.numbered(a.website)
	not icp103_snapshot_number(a.website.id)
}

# icp103_snapshot_number(wid): the ICP number of the (first) website of the
# snapshot with id wid that has one.
icp103_snapshot_number(wid) := [w.icp_number | some w in input.filing.websites; w.id == wid; sim.numbered(w)][0]
