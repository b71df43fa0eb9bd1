package icp.filing

import data.icp.annotations
import data.icp.lib.providers
import data.icp.lib.result

# ICP905 is annotated once, in policies/icp/annotations/icp905_provider_misspelt.rego: its
# title, description, severity, sources and messages are there.

# METADATA
# custom:
#   id: ICP905
warn contains v if {
	result.judged(rego.metadata.rule())
	some [path, place, name] in _icp905_names
	[id, near] := _icp905_suggestions[name]
	v := result.violation(
		object.union(annotations.icp905, rego.metadata.rule()),
		providers.misspelling(name, id, near),
		object.union({"path": path, "provider": providers.canonical(name)}, place),
	)
}

# _icp905_suggestions: {name: [id, the id or alias it resembles]} for each
# distinct unknown name near a known one, so that each name is compared with
# the registry once.
_icp905_suggestions := {name: near |
	some name in {name | some [_, _, name] in _icp905_names}
	near := providers.nearest(name)
}

# _icp905_names: [path, place fields, name] of every provider name of the
# snapshot as written that the registry does not know.
_icp905_names contains [sprintf("/websites/%d/access/%d/provider", [j, k]), {"website": w.id}, a.provider] if {
	some j, w in written.websites
	some k, a in object.get(w, "access", [])
	not providers.is_known(a.provider)
}

_icp905_names contains [sprintf("/hosting/%d/provider", [i]), {"domain": h.domain}, h.provider] if {
	some i, h in object.get(written, "hosting", [])
	not providers.is_known(h.provider)
}

_icp905_names contains [sprintf("/orders/%d/provider", [i]), {"order": o.id}, o.provider] if {
	some i, o in object.get(written, "orders", [])
	not providers.is_known(o.provider)
}
