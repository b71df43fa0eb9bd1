package icp.terraform

# tables: the conversion's tables, data beside the policies (tables.json),
# extendable with -d: resource types and their fields, providers, mainland
# regions.
import data.icp.terraform.tables

# _plan_json: the Terraform plan (terraform show -json), {} when absent.
default _plan_json := {}

_plan_json := input.terraform

# _changes: the managed resources of resource_changes by address, each as
# {"address", "type", "provider", "actions", "values", "before",
# "unknown", "index"}: values are the attributes after the change (before
# it for a delete), index the place in resource_changes.
_changes := {rc.address: _resource_of(rc, k) |
	some k, rc in object.get(_plan_json, "resource_changes", [])
	object.get(rc, "mode", "managed") == "managed"
}

_resource_of(rc, k) := {
	"address": rc.address,
	"type": rc.type,
	"provider": _provider_id(object.get(rc, "provider_name", "")),
	"actions": object.get(rc, ["change", "actions"], []),
	"values": _change_values(rc.change),
	"before": _object_or_empty(object.get(rc, ["change", "before"], {})),
	"unknown": _object_or_empty(object.get(rc, ["change", "after_unknown"], {})),
	"index": k,
}

_change_values(change) := change.after if {
	is_object(change.after)
} else := _object_or_empty(object.get(change, "before", {}))

_object_or_empty(x) := x if is_object(x)

else := {}

# _state_resources: managed resources that prior_state or planned_values
# hold and resource_changes does not (a plan made with -target), unchanged.
_state_resources := {r.address: {
	"address": r.address,
	"type": r.type,
	"provider": _provider_id(object.get(r, "provider_name", "")),
	"actions": ["no-op"],
	"values": _object_or_empty(object.get(r, "values", {})),
	"before": _object_or_empty(object.get(r, "values", {})),
	"unknown": {},
	"index": -1,
} |
	some m in _state_modules
	some r in object.get(m, "resources", [])
	is_string(r.address)
	is_string(r.type)
	object.get(r, "mode", "") == "managed"
	not _changes[r.address]
}

# _state_modules: the modules of prior_state and planned_values, five levels
# deep (Rego has no recursion).
_state_modules := (((m0 | m1) | m2) | m3) | m4 if {
	m0 := {
		object.get(_plan_json, ["prior_state", "values", "root_module"], {}),
		object.get(_plan_json, ["planned_values", "root_module"], {}),
	}
	m1 := _child_modules(m0)
	m2 := _child_modules(m1)
	m3 := _child_modules(m2)
	m4 := _child_modules(m3)
}

_child_modules(ms) := {c | some m in ms; some c in object.get(m, "child_modules", [])}

# _resources: every managed resource the plan knows, by address.
_resources := object.union(_state_resources, _changes)

# _provider_id(name): the provider registry id of a Terraform provider
# ("registry.terraform.io/aliyun/alicloud" -> "alibaba-cloud"), or the
# provider's own source address when the table does not know it.
_provider_id(name) := id if {
	parts := split(name, "/")
	count(parts) >= 2
	id := tables.providers[concat("/", array.slice(parts, count(parts) - 2, count(parts)))]
} else := name

# _attr(values, path): the attribute at a dotted path ("a.b"), through
# single-element blocks (Terraform writes a block as a list of objects).
_attr(values, path) := v if {
	v := object.get(values, split(path, "."), null)
	v != null
} else := v if {
	parts := split(path, ".")
	count(parts) == 2
	v := object.get(values, parts[0], [])[0][parts[1]]
	v != null
}

# _known(r, field): the field's value after the change, when it is known.
_known(r, field) := v if {
	v := _attr(r.values, field)
	not _unknown_field(r, field)
}

_unknown_field(r, field) if object.get(r.unknown, split(field, "."), false) == true

# _changing(r): the resource is created, replaced or updated by the plan.
_changing(r) if {
	some act in r.actions
	act in {"create", "update"}
}

# _deleted(r): the resource is deleted and not created again.
_deleted(r) if r.actions == ["delete"]

# _config_address(address): the address without instance keys
# (module.a["x"].b.c[0] -> module.a.b.c), as the configuration names it.
_config_address(address) := regex.replace(address, `\[[^\]]*\]`, "")

# _instances: config address -> the instance addresses of resources.
_instances := {c: group |
	some c in _config_addresses
	group := {a | _config_addresses[a] == c}
}

_config_addresses := {a: _config_address(a) | some a, _ in _resources}
