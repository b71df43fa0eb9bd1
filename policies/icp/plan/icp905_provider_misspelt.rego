package icp.plan

import data.icp.annotations
import data.icp.lib.providers
import data.icp.lib.result

# ICP905 is annotated once, in policies/icp/annotations/icp905_provider_misspelt.rego: its
# title, description, severity, sources and messages are there.

# METADATA
# custom:
#   id: ICP905
warn contains v if {
	some [path, place, name] in _icp905_names
	[id, near] := _icp905_suggestions[name]
	v := result.violation(
		object.union(annotations.icp905, rego.metadata.rule()),
		providers.misspelling(name, id, near),
		object.union({"path": path, "provider": providers.canonical(name)}, place),
	)
}

# _icp905_suggestions: {name: [id, the id or alias it resembles]} for each
# distinct unknown name near a known one.
_icp905_suggestions := {name: near |
	some name in {name | some [_, _, name] in _icp905_names}
	near := providers.nearest(name)
}

# _icp905_names: [path, place fields, name] of the plan's provider names as
# written that the registry does not know.
_icp905_names contains ["/provider", {}, written.plan.provider] if not providers.is_known(written.plan.provider)

_icp905_names contains [sprintf("/actions/%d/provider", [i]), {"action": a.id}, a.provider] if {
	some i, a in written.plan.actions
	not providers.is_known(a.provider)
}
