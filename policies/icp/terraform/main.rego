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
	"actions": [a | some [_, _, a] in sort(indexed_actions)],
}

# indexed_actions: [resource_changes index, address, action].
indexed_actions contains [resources[a].index, a, unpoint(a, rec.domain)] if {
	some a, rec in records
	serving_record(rec)
	rec.domain != ""
	unpointed(a)

	# a record that another record of the plan replaces (a renamed
	# resource: its old address deleted, its new one created) unpoints
	# nothing, whatever the order of their addresses
	not by_domain[rec.domain]
}

indexed_actions contains [resources[a].index, a, point(a, rec.domain, s)] if {
	some a, rec in records
	serving_record(rec)
	rec.domain != ""
	not unpointed(a)
	moves(a)
	s := resolution(a)
	not s.problem
}

indexed_actions contains [r.index, a, unpoint(a, d)] if {
	some a, r in resources
	tables.serving[r.type].cdn
	deleted(r)
	d := cdn_domain(r)
	not by_domain[d]
}

indexed_actions contains [r.index, a, point(a, d, s)] if {
	some a, r in resources
	tables.serving[r.type].cdn
	changing(r)
	d := cdn_domain(r)
	s := resource_serving(a)
	not s.problem
}

cdn_domain(r) := fqdn(known(r, tables.serving[r.type].domain))

point(address, domain, s) := object.union_n([
	{
		"id": address,
		"type": "point_domain",
		"domain": domain,
		"provider": s.provider,
		"mainland": s.mainland,
		"address": address,
	},
	object.filter(s, {"resource"}),
	target_field(address, s),
])

target_field(address, s) := {"target_address": s.target} if {
	is_string(s.target)
	s.target != address
} else := {}

unpoint(address, domain) := {"id": address, "type": "unpoint_domain", "domain": domain, "address": address}

# unpointed(a): the record is deleted, or disabled by the plan.
unpointed(a) if deleted(resources[a])

unpointed(a) if {
	records[a].disabled
	changing(resources[a])
}

# moves(a): the record's serving changes: the record itself is created or
# updated, or what it resolves to (the record at the end of its CNAME
# chain, or the resources behind it) is created, replaced or changes
# region, billing or public exposure.
moves(a) if changing(resources[a])

moves(a) if {
	t := terminal(a)
	t != a
	changing(resources[t])
}

moves(a) if {
	t := terminal(a)
	some x in direct_targets(records[t])
	some y in behind(x)
	significant_change(resources[y])
}

# behind(x): a target and what stands behind it (an EIP's instance and
# association).
behind(x) := ({x} | {i | i := eip_instance(x)}) | {b |
	some b, r in resources
	tables.eip_associations[r.type]
	x in names(b, tables.eip_associations[r.type].eip)
}

# significant_change(r): created or replaced, or updated in a field that
# decides its region, billing or public exposure.
significant_change(r) if "create" in r.actions

significant_change(r) if {
	"update" in r.actions
	some f in watched_fields(r.type)
	attr(r.before, f) != attr(r.values, f)
}

watched_fields(type) := [f |
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

# resolution(a): how record a's domain is served ({"provider",
# "mainland", "resource", "target"}) or {"problem": text}.
resolution(a) := {"problem": messages.text("terraform.loop", {"chain": concat(" -> ", sort(chain(a)))})} if {
	in_loop(a)
} else := {"problem": messages.text("terraform.fork", {"chain": concat(", ", sort(chain(a)))})} if {
	not has_terminal(a)
} else := {"provider": "cloudflare", "mainland": false} if {
	proxied_chain(a)
} else := serving(t) if {
	ts := direct_targets(records[terminal(a)])
	t := chosen(ts)
} else := {
	"problem": messages.text("terraform.foreign", {"values": concat(", ", sort(records[terminal(a)].values))}),
} if {
	count(records[terminal(a)].values) > 0
} else := {"problem": messages.text("terraform.unknown", {})} if {
	records[terminal(a)].unknown
} else := {"problem": messages.text("terraform.no_target", {})}

has_terminal(a) if terminal(a)

# proxied_chain(a): Cloudflare's proxy serves the record, or the record its
# CNAME chain ends at.
proxied_chain(a) if records[a].proxied

proxied_chain(a) if records[terminal(a)].proxied

# chosen(ts): the one target of a record; several targets that are one
# instance and its EIP count as the EIP.
chosen(ts) := t if {
	count(ts) == 1
	some t in ts
} else := t if {
	count({canonical(x) | some x in ts}) == 1
	eips := {x | some x in ts; tables.eips[resources[x].type]}
	some t in eips
}

canonical(x) := eip_instance(x) if tables.eips[resources[x].type]

else := x

# resource_path(a): the JSON pointer of a resource's change.
resource_path(a) := sprintf("/resource_changes/%d", [resources[a].index]) if {
	resources[a].index >= 0
} else := ""

# plan_result: the plan rules' verdict on the derived plan, through their
# decision, which reads the snapshot's provider names as the registry's ids
# (one evaluation: a reference to each of icp.plan's rules in comprehensions
# under the `with` would simulate the plan once for each).
plan_result := r if {
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

# located(v): a plan rule's violation placed in the Terraform plan: the
# address of the action's record and the path of its change.
located(v) := object.union(
	v,
	object.union({"path": resource_path(a.address), "address": a.address}, target_field_of(a)),
) if {
	regex.match(`^/actions/[0-9]+`, object.get(v, "path", ""))
	a := plan.actions[to_number(split(v.path, "/")[2])]
} else := v

target_field_of(a) := {"target_address": a.target_address} if is_string(a.target_address)

else := {}

deny contains located(v) if some v in plan_result.deny

warn contains located(v) if some v in plan_result.warn

accessibility := plan_result.accessibility

# consequences: the plan rules' consequences, each with its record's
# address.
consequences := [object.union(c, addresses(c.action)) | some c in plan_result.consequences]

addresses(id) := object.union({"address": a.address}, target_field_of(a)) if {
	some a in plan.actions
	a.id == id
} else := {}

# notes: what the reader should know about how far the plan was judged.
notes contains messages.text("terraform.incomplete", {}) if {
	plan_json.complete == false
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
