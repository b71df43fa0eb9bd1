package icp.plan

import data.icp.annotations
import data.icp.lib.messages
import data.icp.lib.result
import data.icp.lib.websites

# ICP102 is annotated once, in policies/icp/annotations/icp102_served_outside_mainland.rego: its
# title, description, severity, sources and messages are there.

# METADATA
# custom:
#   id: ICP102
#   state: at_risk
warn contains v if {
	some i, a in input.plan.actions
	a.type == "point_domain"
	a.mainland == false
	owners := websites.filed_owners(states[i], a.domain)
	count(owners) > 0
	p := provider(a)
	v := result.violation(
		object.union(annotations.icp102, rego.metadata.rule()),
		messages.text(
			"ICP102.plan",
			{"action": a.id, "domain": a.domain, "websites": result.list(owners), "provider": p},
		),
		object.union(
			object.union(at(i, a), {"domain": a.domain, "provider": p}),
			result.website_field(owners),
		),
	)
}
