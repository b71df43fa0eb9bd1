package icp.plan

import data.icp.annotations
import data.icp.lib.messages
import data.icp.lib.result

# ICP201 is annotated once, in policies/icp/annotations/icp201_change_during_transfer.rego: its
# title, description, severity, sources and messages are there.

# METADATA
# custom:
#   id: ICP201
deny contains v if {
	some i, a in input.plan.actions
	blockers := _icp201_blockers(i, a)
	count(blockers) > 0
	v := result.violation(
		object.union(annotations.icp201, rego.metadata.rule()),
		_icp201_msg(a, blockers),
		object.union(object.union(at(i, a), provider_field(a)), _icp201_website(a)),
	)
}

# _icp201_blockers(i, a): the open orders that forbid action i: the open
# transfers for a change, the open changes for a transfer.
_icp201_blockers(i, a) := open_of_type(states[i], "transfer") if {
	a.type in {"change_subject", "change_website"}
} else := open_of_type(states[i], "change") if {
	a.type == "submit_transfer"
} else := set()

_icp201_msg(a, blockers) := messages.text("ICP201.plan.change", {
	"action": a.id, "what": _icp201_what(a), "provider": provider(a),
	"transfers": result.list(blockers),
}) if {
	a.type != "submit_transfer"
} else := messages.text(
	"ICP201.plan.transfer",
	{"action": a.id, "provider": provider(a), "changes": result.list(blockers)},
)

_icp201_what(a) := messages.text("plan.website", {"websites": a.website}) if {
	a.type == "change_website"
} else := messages.text("plan.subject", {})

_icp201_website(a) := {"website": a.website} if {
	a.type == "change_website"
} else := {}
