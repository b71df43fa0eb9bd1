package icp.filing

import data.icp.annotations
import data.icp.lib.advice
import data.icp.lib.config
import data.icp.lib.messages
import data.icp.lib.result

# ICP101 is annotated once, in policies/icp/annotations/icp101_blocked_provider.rego: its
# title, description, severity, sources and messages are there.

# METADATA
# custom:
#   id: ICP101
#   state: blocked
deny contains v if {
	some [i, wid] in _icp101_places
	h := input.hosting[i]
	v := result.violation(
		object.union(annotations.icp101, rego.metadata.rule()),
		_icp101_msg(h, wid),
		object.union(
			{"path": sprintf("/hosting/%d", [i]), "domain": h.domain, "provider": h.provider},
			result.website_field({id | some id in {wid}; id != ""}),
		),
	)
}

# _icp101_places: [hosting index, website id] of each hosting entry served from
# a mainland server at a provider where a filed website listing its domain has
# no active access; website id "" when no filed website lists the domain.
_icp101_places contains [i, wid] if {
	some i, h in input.hosting
	h.mainland == true
	some wid in filed_owners_of[h.domain]
	not [wid, h.provider] in active_access
}

_icp101_places contains [i, ""] if {
	some i, h in input.hosting
	h.mainland == true
	not filed_owners_of[h.domain]
}

_icp101_msg(h, "") := messages.text("ICP101.filing.unfiled", {"domain": h.domain, "provider": h.provider})

_icp101_msg(h, wid) := messages.text("ICP101.filing", {
	"domain": h.domain, "website": wid, "provider": h.provider,
	"advice": advice.serve_instead(input, wid, h.provider, config.providers, false),
}) if {
	wid != ""
}
