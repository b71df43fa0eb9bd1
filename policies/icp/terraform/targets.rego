package icp.terraform

import data.icp.terraform.tables

# Resolving what a record points at, in the order of terraform.md: an
# attribute of a resource of the plan that holds the value (a public IP or
# a DNS name); else, for a value known only after apply, the resources its
# configuration references; else, for a CNAME, another record of the plan
# with that name, as far as the chain goes.

# _owners: target value -> the addresses of the resources whose public IP or
# DNS name it is (serving resources, EIPs and CDNs).
_owners := {v: group |
	some [v, _] in _owner_pairs
	group := {a | _owner_pairs[[v, a]]}
}

_owner_pairs := {[v, a] | some a, r in _resources; some v in _addresses_of(r)}

# _by_id: provider id of a resource (its "id" attribute) -> its addresses.
_by_id := {id: group |
	some [id, _] in _id_pairs
	group := {a | _id_pairs[[id, a]]}
}

_id_pairs := {[r.values.id, a] | some a, r in _resources; is_string(r.values.id)}

# _addresses_of(r): the public IPs and DNS names a resource has, lower case.
_addresses_of(r) := {lower(trim_suffix(v, ".")) |
	some f in _address_fields(r.type)
	x := object.get(r.values, f, null)
	some v in _as_list(x)
	is_string(v)
	v != ""
}

_address_fields(type) := array.concat(
	object.get(tables.serving, [type, "public"], []),
	object.get(tables.serving, [type, "dns"], []),
) if {
	tables.serving[type]
} else := [tables.eips[type].address]

_as_list(x) := x if is_array(x)

else := [x]

# _targetable(address): a resource a record may point at.
_targetable(address) if tables.serving[_resources[address].type]

_targetable(address) if tables.eips[_resources[address].type]

# _direct_targets(rec): the resources the record's target names, by value
# or, when the value is unknown, by the references of its configuration.
_direct_targets(rec) := ts if {
	ts := {a | some v in rec.values; some a in _owners[v]}
	count(ts) > 0
} else := ts if {
	rec.unknown
	ts := {a |
		some f in _target_fields(_resources[rec.address].type)
		some a in _referenced(rec.address, f)
		_targetable(a)
	}
} else := set()

# _record_edges: record -> the records of the plan its CNAME names, for the
# records that no resource resolves.
_record_edges := {a: next |
	some a, rec in _records
	rec.type == "CNAME"
	count(_direct_targets(rec)) == 0
	next := {b | some v in rec.values; some b in _by_domain[v]}
}

# _chain(address): the records a CNAME leads to, itself excluded.
_chain(address) := _reach(_record_edges, object.get(_record_edges, address, set()))

# _in_loop(address): the record's chain comes back to it.
_in_loop(address) if address in _chain(address)

# _terminal(address): the record that ends the record's chain (itself when
# it is no CNAME to another record): the one record of the chain that
# leads nowhere further.
_terminal(address) := address if {
	count(object.get(_record_edges, address, set())) == 0
} else := t if {
	not _in_loop(address)
	ends := {b | some b in _chain(address); count(object.get(_record_edges, b, set())) == 0}
	count(ends) == 1
	some t in ends
}

# _eip_instance(eip): the instance an EIP is associated with: an
# association resource that names both, or the EIP's own instance field.
_eip_instance(eip) := i if {
	some i in _eip_instances(eip)
	count(_eip_instances(eip)) == 1
}

_eip_instances(eip) := object.get(_eip_links, eip, set()) | {i |
	field := tables.eips[_resources[eip].type].instance
	some i in _names(eip, field)
	tables.serving[_resources[i].type]
}

# _eip_links: EIP -> the instances that association resources tie it to;
# _associations_of: EIP -> those associations.
_eip_links := {eip: group |
	some [_, eip] in _association_pairs
	group := {i |
		some [b, eip2] in _association_pairs
		eip2 == eip
		some i in _names(b, tables.eip_associations[_resources[b].type].instance)
		tables.serving[_resources[i].type]
	}
}

_associations_of := {eip: group |
	some [_, eip] in _association_pairs
	group := {b | _association_pairs[[b, eip]]}
}

_association_pairs contains [b, eip] if {
	some b, r in _resources
	fields := tables.eip_associations[r.type]
	not _deleted(r)
	some eip in _names(b, fields.eip)
}

# _names(address, field): the resources a resource's field _names: by its
# value (another resource's id, public IP or DNS name) or by its
# references.
_names(address, field) := {b |
	v := _known(_resources[address], field)
	is_string(v)
	v != ""
	some b in (object.get(_by_id, v, set()) | object.get(_owners, lower(v), set()))
	b != address
} | {b |
	some b in _referenced(address, field)
	b != address
}
