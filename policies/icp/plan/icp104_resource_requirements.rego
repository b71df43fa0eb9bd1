package icp.plan

import data.icp.annotations
import data.icp.lib.config
import data.icp.lib.messages
import data.icp.lib.resources
import data.icp.lib.result
import data.icp.lib.websites

# ICP104 is annotated once, in policies/icp/annotations/icp104_resource_requirements.rego: its
# title, description, severity, sources and messages are there.

# METADATA
# custom:
#   id: ICP104
#   state: at_risk
deny contains v if {
	some i, a in input.plan.actions
	a.type == "point_domain"
	a.mainland == true
	p := provider(a)

	# the rules of the provider for the resource's type, looked up with a
	# built-in rather than by resources._problems (see icp.filing's ICP104)
	rules := object.get(config.providers, [p, "resource_rules", object.get(a.resource, "type", "")], {})
	rules != {}
	problems := resources.broken(rules, a.mainland, a.resource)
	count(problems) > 0
	v := result.violation(
		object.union(annotations.icp104, rego.metadata.rule()),
		messages.text("ICP104.plan", {
			"action": a.id, "domain": a.domain, "provider": p, "resource": _icp104_label(a.resource),
			"problems": messages.clauses(problems),
		}),
		object.union(
			object.union(at(i, a), {"domain": a.domain, "provider": p}),
			result.website_field(websites.owners(states[i], a.domain)),
		),
	)
}

_icp104_label(r) := messages.text("ICP104.plan.resource", {"id": r.id, "type": r.type}) if {
	is_string(r.id)
} else := messages.text("ICP104.plan.resource.unnamed", {"type": r.type})
