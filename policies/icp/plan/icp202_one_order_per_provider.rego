package icp.plan

import data.icp.annotations
import data.icp.lib.messages
import data.icp.lib.plan as sim
import data.icp.lib.result

# ICP202 is annotated once, in policies/icp/annotations/icp202_one_order_per_provider.rego: its
# title, description, severity, sources and messages are there.

# METADATA
# custom:
#   id: ICP202
deny contains v if {
	some i, a in input.plan.actions
	sim.submits(a)
	count(_icp201_blockers(i, a)) == 0
	p := provider(a)
	open := open_at(states[i], p)
	count(open) > 0
	v := result.violation(
		object.union(annotations.icp202, rego.metadata.rule()),
		messages.text("ICP202.plan", {"action": a.id, "provider": p, "open": result.list(open)}),
		object.union(at(i, a), {"provider": p}),
	)
}
