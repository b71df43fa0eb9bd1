package icp.terraform

import data.icp.terraform.tables

# Resolving what a record points at, in the order of terraform.md: an
# attribute of a resource of the plan that holds the value (a public IP or
# a DNS name); else, for a value known only after apply, the resources its
# configuration references; else, for a CNAME, another record of the plan
# with that name, as far as the chain goes.

# owners: target value -> the addresses of the resources whose public IP or
# DNS name it is (serving resources, EIPs and CDNs).
owners := {v: group |
	some [v, _] in owner_pairs
	group := {a | owner_pairs[[v, a]]}
}

owner_pairs := {[v, a] | some a, r in resources; some v in addresses_of(r)}

# by_id: provider id of a resource (its "id" attribute) -> its addresses.
by_id := {id: group |
	some [id, _] in id_pairs
	group := {a | id_pairs[[id, a]]}
}

id_pairs := {[r.values.id, a] | some a, r in resources; is_string(r.values.id)}

# addresses_of(r): the public IPs and DNS names a resource has, lower case.
addresses_of(r) := {lower(trim_suffix(v, ".")) |
	some f in address_fields(r.type)
	x := object.get(r.values, f, null)
	some v in as_list(x)
	is_string(v)
	v != ""
}

address_fields(type) := array.concat(
	object.get(tables.serving, [type, "public"], []),
	object.get(tables.serving, [type, "dns"], []),
) if {
	tables.serving[type]
} else := [tables.eips[type].address]

as_list(x) := x if is_array(x)

else := [x]

# targetable(address): a resource a record may point at.
targetable(address) if tables.serving[resources[address].type]

targetable(address) if tables.eips[resources[address].type]

# direct_targets(rec): the resources the record's target names, by value
# or, when the value is unknown, by the references of its configuration.
direct_targets(rec) := ts if {
	ts := {a | some v in rec.values; some a in owners[v]}
	count(ts) > 0
} else := ts if {
	rec.unknown
	ts := {a |
		some f in target_fields(resources[rec.address].type)
		some a in referenced(rec.address, f)
		targetable(a)
	}
} else := set()

# record_edges: record -> the records of the plan its CNAME names, for the
# records that no resource resolves.
record_edges := {a: next |
	some a, rec in records
	rec.type == "CNAME"
	count(direct_targets(rec)) == 0
	next := {b | some v in rec.values; some b in by_domain[v]}
}

# chain(address): the records a CNAME leads to, itself excluded.
chain(address) := reach(record_edges, object.get(record_edges, address, set()))

# in_loop(address): the record's chain comes back to it.
in_loop(address) if address in chain(address)

# terminal(address): the record that ends the record's chain (itself when
# it is no CNAME to another record): the one record of the chain that
# leads nowhere further.
terminal(address) := address if {
	count(object.get(record_edges, address, set())) == 0
} else := t if {
	not in_loop(address)
	ends := {b | some b in chain(address); count(object.get(record_edges, b, set())) == 0}
	count(ends) == 1
	some t in ends
}

# eip_instance(eip): the instance an EIP is associated with: an
# association resource that names both, or the EIP's own instance field.
eip_instance(eip) := i if {
	some i in eip_instances(eip)
	count(eip_instances(eip)) == 1
}

eip_instances(eip) := object.get(eip_links, eip, set()) | {i |
	field := tables.eips[resources[eip].type].instance
	some i in names(eip, field)
	tables.serving[resources[i].type]
}

# eip_links: EIP -> the instances that association resources tie it to;
# associations_of: EIP -> those associations.
eip_links := {eip: group |
	some [_, eip] in association_pairs
	group := {i |
		some [b, eip2] in association_pairs
		eip2 == eip
		some i in names(b, tables.eip_associations[resources[b].type].instance)
		tables.serving[resources[i].type]
	}
}

associations_of := {eip: group |
	some [_, eip] in association_pairs
	group := {b | association_pairs[[b, eip]]}
}

association_pairs contains [b, eip] if {
	some b, r in resources
	fields := tables.eip_associations[r.type]
	not deleted(r)
	some eip in names(b, fields.eip)
}

# names(address, field): the resources a resource's field names: by its
# value (another resource's id, public IP or DNS name) or by its
# references.
names(address, field) := {b |
	v := known(resources[address], field)
	is_string(v)
	v != ""
	some b in (object.get(by_id, v, set()) | object.get(owners, lower(v), set()))
	b != address
} | {b |
	some b in referenced(address, field)
	b != address
}
