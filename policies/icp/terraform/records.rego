package icp.terraform

import data.icp.terraform.tables

# DNS records: the A, AAAA and CNAME records of the DNS resource types of
# the tables, each as {"address", "domain", "type", "values", "unknown",
# "proxied", "disabled"}: domain is the record's name joined to its zone
# ("@" or empty is the apex), values its targets when known.

records := {address: rec |
	some address, r in resources
	fields := tables.dns[r.type]
	rec := record(r, fields)
}

record(r, fields) := {
	"address": r.address,
	"domain": record_domain(r.values, fields),
	"type": upper(object.get(r.values, fields.type, "")),
	"values": record_values(r, fields),
	"unknown": record_unknown(r, fields),
	"proxied": object.get(r.values, object.get(fields, "proxied", "-"), false) == true,
	"disabled": record_disabled(r.values, fields),
}

# record_domain(values, fields): the record's fully qualified name,
# lower case, without the trailing dot ("" when it cannot be told).
record_domain(values, fields) := fqdn(values[fields.fqdn]) if {
	is_string(values[fields.fqdn])
	values[fields.fqdn] != ""
} else := fqdn(values[fields.fqdn_or_name]) if {
	name := values[fields.fqdn_or_name]
	is_string(name)
	contains(name, ".")
} else := fqdn(zone) if {
	zone := values[fields.zone]
	is_string(zone)
	object.get(values, fields.name, "") in {"@", "", null}
} else := fqdn(concat(".", [values[fields.name], values[fields.zone]])) if {
	is_string(values[fields.name])
	is_string(values[fields.zone])
} else := ""

fqdn(name) := lower(trim_suffix(name, "."))

# record_values(r, fields): the targets the record names, when known.
record_values(r, fields) := ({fqdn(v) |
	some f in value_fields(fields)
	v := known(r, f)
	is_string(v)
	v != ""
} | {fqdn(v) |
	v := known(r, fields.values)[_]
	is_string(v)
}) | {fqdn(v) |
	some alias in object.get(r.values, object.get(fields, "alias", "-"), [])
	v := alias.name
	is_string(v)
}

value_fields(fields) := fields.value if {
	is_array(fields.value)
} else := [fields.value] if {
	is_string(fields.value)
} else := []

# record_unknown(r, fields): the record's target is known only after apply.
default record_unknown(_, _) := false

record_unknown(r, fields) if {
	some f in array.concat(value_fields(fields), [object.get(fields, "values", "-")])
	unknown_field(r, f)
}

default record_disabled(_, _) := false

record_disabled(values, fields) if {
	object.get(values, object.get(fields, "status", "-"), "") in tables.disabled_status
}

# serving_record(rec): an A, AAAA or CNAME record (the others serve no
# website).
serving_record(rec) if rec.type in tables.record_types

# target_fields(type): the fields of a DNS resource type whose expression
# names its target.
target_fields(type) := array.concat(value_fields(tables.dns[type]), [f |
	some key in ["values", "alias"]
	f := tables.dns[type][key]
])

# by_domain: domain -> the serving records of that name (not deleted, not
# disabled).
by_domain := {d: group |
	some [d, _] in domain_pairs
	group := {a | domain_pairs[[d, a]]}
}

domain_pairs := {[rec.domain, a] |
	some a, rec in records
	rec.domain != ""
	serving_record(rec)
	not deleted(resources[a])
	not rec.disabled
}
