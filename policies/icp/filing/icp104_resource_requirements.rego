package icp.filing

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
	some i, h in input.hosting
	h.mainland == true

	# The rules of the provider for the resource's type, looked up with a
	# built-in: resources._problems would take the provider table, which,
	# passed to a function, is converted whole from the store. (Where the
	# nested lookups of resources._rules_for fail on an entry that is not an
	# object, the path lookup gives {}: neither judges the resource.)
	rules := object.get(config.providers, [h.provider, "resource_rules", object.get(h.resource, "type", "")], {})
	rules != {}
	problems := resources.broken(rules, h.mainland, h.resource)
	count(problems) > 0
	v := result.violation(
		object.union(annotations.icp104, rego.metadata.rule()),
		messages.text("ICP104.filing", {
			"resource": _icp104_label(h.resource), "domain": h.domain, "provider": h.provider,
			"problems": messages.clauses(problems),
		}),
		object.union(
			{"path": sprintf("/hosting/%d/resource", [i]), "domain": h.domain, "provider": h.provider},
			result.website_field(object.get(websites.owner_index(input), h.domain, set())),
		),
	)
}

_icp104_label(r) := messages.text("ICP104.resource", {"id": r.id, "type": r.type}) if {
	is_string(r.id)
} else := messages.text("ICP104.resource.unnamed", {"type": r.type})
