package icp.terraform

# The configuration's expression references, followed through module
# outputs and variables. Nodes are module-qualified references
# ("module.shop.alicloud_eip_address.ip.ip_address", "module.shop.var.ip");
# edges lead from a module output or a module variable to the references of
# the expression that gives it.

# config_resources: config address -> {"prefix", "resource"} for every
# resource of the configuration, in every module.
config_resources := {concat("", [prefix, r.address]): {"prefix": prefix, "resource": r} |
	walk(object.get(plan_json, ["configuration", "root_module"], {}), [path, r])
	count(path) > 1
	path[count(path) - 2] == "resources"
	is_object(r)
	is_string(r.address)
	prefix := module_prefix(path)
}

# module_prefix(path): "module.a.module.b." for a walk path through
# module_calls a and b.
module_prefix(path) := concat("", [sprintf("module.%s.", [path[i + 1]]) |
	some i, p in path
	p == "module_calls"
	i % 3 == 0
])

# module_calls: [parent prefix, call name, call] for every module call.
module_calls := {[module_prefix(path), name, call] |
	walk(object.get(plan_json, ["configuration", "root_module"], {}), [path, calls])
	count(path) > 0
	path[count(path) - 1] == "module_calls"
	count(path) % 3 == 1
	is_object(calls)
	some name, call in calls
}

# reference_graph: node -> the nodes its expression references.
reference_graph := object.union(output_edges, variable_edges)

output_edges := {sprintf("%smodule.%s.%s", [prefix, name, out]): qualified(sprintf("%smodule.%s.", [prefix, name]), refs(o)) |
	some [prefix, name, call] in module_calls
	some out, o in object.get(call, ["module", "outputs"], {})
}

variable_edges := {sprintf("%smodule.%s.var.%s", [prefix, name, v]): qualified(prefix, refs(e)) |
	some [prefix, name, call] in module_calls
	some v, e in object.get(call, "expressions", {})
}

# refs(x): every reference in an expression (and the blocks in it).
refs(x) := {r |
	walk(x, [path, r])
	count(path) > 1
	path[count(path) - 2] == "references"
	is_string(r)
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
