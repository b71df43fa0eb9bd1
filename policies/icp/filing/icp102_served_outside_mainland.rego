package icp.filing

import data.icp.annotations
import data.icp.lib.messages
import data.icp.lib.result

# ICP102 is annotated once, in policies/icp/annotations/icp102_served_outside_mainland.rego: its
# title, description, severity, sources and messages are there.

# METADATA
# custom:
#   id: ICP102
#   state: at_risk
warn contains v if {
	some i, h in input.hosting
	h.mainland == false
	owners := filed_owners_of[h.domain]
	v := result.violation(
		object.union(annotations.icp102, rego.metadata.rule()),
		messages.text("ICP102.filing", {"domain": h.domain, "websites": result.list(owners), "provider": h.provider}),
		object.union(
			{"path": sprintf("/hosting/%d", [i]), "domain": h.domain, "provider": h.provider},
			result.website_field(owners),
		),
	)
}
