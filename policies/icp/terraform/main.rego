# METADATA
# title: Terraform plans
# description: |
#   Judges a Terraform plan (terraform show -json) against the filing
#   snapshot it acts on (input {"filing": ..., "terraform": ...,
#   "regions": {provider: region}}): plan derives the DeploymentPlan of
#   terraform.md from the plan's DNS records, CDN domains and the resources
#   behind them, and the plan rules (icp.plan) judge it; their findings and
#   consequences carry the Terraform address of the record that made the
#   action (address) and of the resource behind it (target_address), and
#   point at the record in the plan JSON. ICP906 warns of a record that
#   moves a domain to a target that cannot be resolved.
# scope: subpackages
# schemas:
#   - input.filing: schema.filing.v1
package icp.terraform

import data.icp.lib.messages
import data.icp.terraform.tables

# plan: the DeploymentPlan derived from the Terraform plan, its actions in
# the order of resource_changes.
plan := {
	"kind": "DeploymentPlan",
	"version": 1,
	"actions": [a | some [_, _, a] in sort(_indexed_actions)],
}

# _indexed_actions: [resource_changes index, address, action].
_indexed_actions contains [_resources[a].index, a, _unpoint(a, rec.domain)] if {
	some a, rec in _records
	_serving_record(rec)
	rec.domain != ""
	_unpointed(a)

	# a record that another record of the plan replaces (a renamed
	# resource: its old address deleted, its new one created) unpoints
	# nothing, whatever the order of their addresses
	not _by_domain[rec.domain]
}

_indexed_actions contains [_resources[a].index, a, _point(a, rec.domain, s)] if {
	some a, rec in _records
	_serving_record(rec)
	rec.domain != ""
	not _unpointed(a)
	_moves(a)
	s := _resolution(a)
	not s.problem
}

_indexed_actions contains [r.index, a, _unpoint(a, d)] if {
	some a, r in _resources
	tables.serving[r.type].cdn
	_deleted(r)
	d := _cdn_domain(r)
	not _by_domain[d]
}

_indexed_actions contains [r.index, a, _point(a, d, s)] if {
	some a, r in _resources
	tables.serving[r.type].cdn
	_changing(r)
	d := _cdn_domain(r)
	s := _resource_serving(a)
	not s.problem
}

_cdn_domain(r) := _fqdn(_known(r, tables.serving[r.type].domain))

_point(address, domain, s) := object.union_n([
	{
		"id": address,
		"type": "point_domain",
		"domain": domain,
		"provider": s.provider,
		"mainland": s.mainland,
		"address": address,
	},
	object.filter(s, {"resource"}),
	_target_field(address, s),
])

_target_field(address, s) := {"target_address": s.target} if {
	is_string(s.target)
	s.target != address
} else := {}

_unpoint(address, domain) := {"id": address, "type": "unpoint_domain", "domain": domain, "address": address}

# _unpointed(a): the record is deleted, or disabled by the plan.
_unpointed(a) if _deleted(_resources[a])

_unpointed(a) if {
	_records[a].disabled
	_changing(_resources[a])
}

# _moves(a): the record's serving _changes: the record itself is created or
# updated, or what it resolves to (the record at the end of its CNAME
# chain, or the resources behind it) is created, replaced or changes
# region, billing or public exposure.
_moves(a) if _changing(_resources[a])

_moves(a) if {
	t := _terminal(a)
	t != a
	_changing(_resources[t])
}

_moves(a) if {
	t := _terminal(a)
	some x in _direct_targets(_records[t])
	some y in _behind(x)
	_significant_change(_resources[y])
}

# _behind(x): a target and what stands behind it (an EIP's instance and
# association).
_behind(x) := ({x} | {i | i := _eip_instance(x)}) | {b |
	some b, r in _resources
	tables.eip_associations[r.type]
	x in _names(b, tables.eip_associations[r.type].eip)
}

# _significant_change(r): created or replaced, or updated in a field that
# decides its region, billing or public exposure.
_significant_change(r) if "create" in r.actions

_significant_change(r) if {
	"update" in r.actions
	some f in _watched_fields(r.type)
	_attr(r.before, f) != _attr(r.values, f)
}

_watched_fields(type) := [f |
	spec := object.union(object.get(tables.serving, type, {}), object.get(tables.eip_associations, type, {}))
	some f in array.concat(
		["region"],
		[v |
			some k in [
				"zone",
				"billing",
				"period",
				"period_unit",
				"bandwidth",
				"allocate",
				"scope",
				"eip",
				"instance",
			]
			v := spec[k]
		],
	)
]

# _resolution(a): how record a's domain is served ({"provider",
# "mainland", "resource", "target"}) or {"problem": text}.
_resolution(a) := {"problem": messages.text("terraform.loop", {"chain": concat(" -> ", sort(_chain(a)))})} if {
	_in_loop(a)
} else := {"problem": messages.text("terraform.fork", {"chain": concat(", ", sort(_chain(a)))})} if {
	not _has_terminal(a)
} else := {"provider": "cloudflare", "mainland": false} if {
	_proxied_chain(a)
} else := _serving(t) if {
	ts := _direct_targets(_records[_terminal(a)])
	t := _chosen(ts)
} else := {
	"problem": messages.text("terraform.foreign", {"values": concat(", ", sort(_records[_terminal(a)].values))}),
} if {
	count(_records[_terminal(a)].values) > 0
} else := {"problem": messages.text("terraform.unknown", {})} if {
	_records[_terminal(a)].unknown
} else := {"problem": messages.text("terraform.no_target", {})}

_has_terminal(a) if _terminal(a)

# _proxied_chain(a): Cloudflare's proxy serves the record, or the record its
# CNAME chain ends at.
_proxied_chain(a) if _records[a].proxied

_proxied_chain(a) if _records[_terminal(a)].proxied

# _chosen(ts): the one target of a record; several targets that are one
# instance and its EIP count as the EIP.
_chosen(ts) := t if {
	count(ts) == 1
	some t in ts
} else := t if {
	count({_canonical(x) | some x in ts}) == 1
	eips := {x | some x in ts; tables.eips[_resources[x].type]}
	some t in eips
}

_canonical(x) := _eip_instance(x) if tables.eips[_resources[x].type]

else := x

# _resource_path(a): the JSON pointer of a resource's change.
_resource_path(a) := sprintf("/resource_changes/%d", [_resources[a].index]) if {
	_resources[a].index >= 0
} else := ""

# _plan_result: the plan rules' verdict on the derived plan, through their
# decision, which reads the snapshot's provider names as the registry's ids
# (one evaluation: a reference to each of icp.plan's rules in comprehensions
# under the `with` would simulate the plan once for each).
_plan_result := r if {
	d := data.icp.plan.decision with input as object.union(
		{"filing": input.filing, "plan": plan},
		object.filter(input, {"lang"}),
	)
	r := {
		"deny": [v | some v in d.deny],
		"warn": [v | some v in d.warn],
		"accessibility": [x | some x in d.accessibility],
		"consequences": [c | some c in d.consequences],
	}
}

# _located(v): a plan rule's violation placed in the Terraform plan: the
# address of the action's record and the path of its change.
_located(v) := object.union(
	v,
	object.union({"path": _resource_path(a.address), "address": a.address}, _target_field_of(a)),
) if {
	regex.match(`^/actions/[0-9]+`, object.get(v, "path", ""))
	a := plan.actions[to_number(split(v.path, "/")[2])]
} else := v

_target_field_of(a) := {"target_address": a.target_address} if is_string(a.target_address)

else := {}

deny contains _located(v) if some v in _plan_result.deny

warn contains _located(v) if some v in _plan_result.warn

accessibility := _plan_result.accessibility

# consequences: the plan rules' consequences, each with its record's
# address.
consequences := [object.union(c, _addresses(c.action)) | some c in _plan_result.consequences]

_addresses(id) := object.union({"address": a.address}, _target_field_of(a)) if {
	some a in plan.actions
	a.id == id
} else := {}

# notes: what the reader should know about how far the plan was judged.
notes contains messages.text("terraform.incomplete", {}) if {
	_plan_json.complete == false
}

# decision: the verdict in one object, as an OPA server answers it.
decision := {
	"deny": deny,
	"warn": warn,
	"accessibility": accessibility,
	"consequences": consequences,
	"notes": notes,
	"plan": plan,
}
