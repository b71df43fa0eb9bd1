package icp.terraform

# The configuration's expression references, followed through module
# outputs and variables. Nodes are module-qualified references
# ("module.shop.alicloud_eip_address.ip.ip_address", "module.shop.var.ip");
# edges lead from a module output or a module variable to the references of
# the expression that gives it.

# _config_modules: [prefix, module] for the root module ("") and every
# module it calls ("module.a.", "module.a.module.b."), five levels deep.
_config_modules := {["", _config_root]} | {[_child_prefix(prefix, name), object.get(call, "module", {})] |
	some [prefix, name, call] in _module_calls
}

default _config_root := {}

_config_root := _plan_json.configuration.root_module

# _module_calls: [parent prefix, call name, call] for every module call. (Rego
# has no recursion: each level is written out.)
_module_calls := (((_calls0 | _calls1) | _calls2) | _calls3) | _calls4

_calls0 := _calls_of("", _config_root)

_calls1 := _deeper(_calls0)

_calls2 := _deeper(_calls1)

_calls3 := _deeper(_calls2)

_calls4 := _deeper(_calls3)

# _deeper(calls): the calls of the modules that calls call.
_deeper(calls) := {x |
	some call in calls
	some x in _calls_of(_child_prefix(call[0], call[1]), object.get(call[2], "module", {}))
}

_calls_of(prefix, module) := {[prefix, name, call] | some name, call in object.get(module, "module_calls", {})}

_child_prefix(prefix, name) := sprintf("%smodule.%s.", [prefix, name])

# _config_resources: config address -> {"prefix", "resource"} for every
# resource of the configuration, in every module.
_config_resources := {concat("", [prefix, r.address]): {"prefix": prefix, "resource": r} |
	some [prefix, m] in _config_modules
	some r in object.get(m, "resources", [])
	is_string(r.address)
}

# _reference_graph: node -> the nodes its expression references.
_reference_graph := object.union(_output_edges, _variable_edges)

_output_edges := {sprintf("%smodule.%s.%s", [prefix, name, out]): _qualified(
	_child_prefix(prefix, name),
	_refs(object.get(o, "expression", {})),
) |
	some [prefix, name, call] in _module_calls
	some out, o in object.get(call, ["module", "outputs"], {})
}

_variable_edges := {sprintf("%smodule.%s.var.%s", [prefix, name, v]): _qualified(prefix, _refs(e)) |
	some [prefix, name, call] in _module_calls
	some v, e in object.get(call, "expressions", {})
}

# _refs(x): every reference in an expression, or in the expressions of a
# nested block (a list of objects of expressions).
_refs(x) := {r | some r in object.get(x, "references", [])} | {r |
	is_array(x)
	some block in x
	some e in block
	some r in object.get(e, "references", [])
}

_qualified(prefix, rs) := {concat("", [prefix, r]) | some r in rs}

# _field_refs(address, field): the references of a resource's field in the
# configuration, qualified with its module.
_field_refs(address, field) := _qualified(c.prefix, _refs(object.get(c.resource, ["expressions", field], {}))) if {
	c := _config_resources[_config_address(address)]
} else := set()

# _referenced(address, field): the instance addresses of the resources that
# the field's expression names, through module outputs and variables.
_referenced(address, field) := {a |
	some node in _reach(_reference_graph, _field_refs(address, field))
	some c in _node_resources(node)
	some a in _instances[c]
}

# _node_resources(node): the config addresses a node _names: the node itself
# or, for an attribute reference, the resource it belongs to.
_node_resources(node) := {c |
	parts := split(node, ".")
	some n in numbers.range(2, count(parts))
	c := concat(".", array.slice(parts, 0, n))
	_instances[c]
}

# _reach(g, start): the nodes reachable from start in graph g, start and the
# nodes that are no key of g (leaves) included, which graph.reachable
# leaves out.
_reach(g, start) := r | {n | some k in r; some n in object.get(g, k, [])} if {
	r := start | graph.reachable(g, start)
}
