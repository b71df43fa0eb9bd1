package icp.terraform

# The configuration's expression references, followed through module
# outputs and variables. Nodes are module-qualified references
# ("module.shop.alicloud_eip_address.ip.ip_address", "module.shop.var.ip");
# edges lead from a module output or a module variable to the references of
# the expression that gives it.

# config_modules: [prefix, module] for the root module ("") and every
# module it calls ("module.a.", "module.a.module.b."), five levels deep.
config_modules := {["", config_root]} | {[child_prefix(prefix, name), object.get(call, "module", {})] |
	some [prefix, name, call] in module_calls
}

default config_root := {}

config_root := plan_json.configuration.root_module

# module_calls: [parent prefix, call name, call] for every module call. (Rego
# has no recursion: each level is written out.)
module_calls := (((calls0 | calls1) | calls2) | calls3) | calls4

calls0 := calls_of("", config_root)

calls1 := deeper(calls0)

calls2 := deeper(calls1)

calls3 := deeper(calls2)

calls4 := deeper(calls3)

# deeper(calls): the calls of the modules that calls call.
deeper(calls) := {x |
	some call in calls
	some x in calls_of(child_prefix(call[0], call[1]), object.get(call[2], "module", {}))
}

calls_of(prefix, module) := {[prefix, name, call] | some name, call in object.get(module, "module_calls", {})}

child_prefix(prefix, name) := sprintf("%smodule.%s.", [prefix, name])

# config_resources: config address -> {"prefix", "resource"} for every
# resource of the configuration, in every module.
config_resources := {concat("", [prefix, r.address]): {"prefix": prefix, "resource": r} |
	some [prefix, m] in config_modules
	some r in object.get(m, "resources", [])
	is_string(r.address)
}

# reference_graph: node -> the nodes its expression references.
reference_graph := object.union(output_edges, variable_edges)

output_edges := {sprintf("%smodule.%s.%s", [prefix, name, out]): qualified(
	child_prefix(prefix, name),
	refs(object.get(o, "expression", {})),
) |
	some [prefix, name, call] in module_calls
	some out, o in object.get(call, ["module", "outputs"], {})
}

variable_edges := {sprintf("%smodule.%s.var.%s", [prefix, name, v]): qualified(prefix, refs(e)) |
	some [prefix, name, call] in module_calls
	some v, e in object.get(call, "expressions", {})
}

# refs(x): every reference in an expression, or in the expressions of a
# nested block (a list of objects of expressions).
refs(x) := {r | some r in object.get(x, "references", [])} | {r |
	is_array(x)
	some block in x
	some e in block
	some r in object.get(e, "references", [])
}

qualified(prefix, rs) := {concat("", [prefix, r]) | some r in rs}

# field_refs(address, field): the references of a resource's field in the
# configuration, qualified with its module.
field_refs(address, field) := qualified(c.prefix, refs(object.get(c.resource, ["expressions", field], {}))) if {
	c := config_resources[config_address(address)]
} else := set()

# referenced(address, field): the instance addresses of the resources that
# the field's expression names, through module outputs and variables.
referenced(address, field) := {a |
	some node in reach(reference_graph, field_refs(address, field))
	some c in node_resources(node)
	some a in instances[c]
}

# node_resources(node): the config addresses a node names: the node itself
# or, for an attribute reference, the resource it belongs to.
node_resources(node) := {c |
	parts := split(node, ".")
	some n in numbers.range(2, count(parts))
	c := concat(".", array.slice(parts, 0, n))
	instances[c]
}

# reach(g, start): the nodes reachable from start in graph g, start and the
# nodes that are no key of g (leaves) included, which graph.reachable
# leaves out.
reach(g, start) := r | {n | some k in r; some n in object.get(g, k, [])} if {
	r := start | graph.reachable(g, start)
}
