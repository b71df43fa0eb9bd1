package icp.terraform

import data.icp.terraform.tables

# DNS records: the A, AAAA and CNAME records of the DNS resource types of
# the tables, each as {"address", "domain", "type", "values", "unknown",
# "proxied", "disabled"}: domain is the record's name joined to its zone
# ("@" or empty is the apex), values its targets when known.

_records := {address: rec |
	some address, r in _resources
	fields := tables.dns[r.type]
	rec := _record(r, fields)
}

_record(r, fields) := {
	"address": r.address,
	"domain": _record_domain(r.values, fields),
	"type": upper(object.get(r.values, fields.type, "")),
	"values": _record_values(r, fields),
	"unknown": _record_unknown(r, fields),
	"proxied": object.get(r.values, object.get(fields, "proxied", "-"), false) == true,
	"disabled": _record_disabled(r.values, fields),
}

# _record_domain(values, fields): the record's fully qualified name,
# lower case, without the trailing dot ("" when it cannot be told).
_record_domain(values, fields) := _fqdn(values[fields.fqdn]) if {
	is_string(values[fields.fqdn])
	values[fields.fqdn] != ""
} else := _fqdn(values[fields.fqdn_or_name]) if {
	name := values[fields.fqdn_or_name]
	is_string(name)
	contains(name, ".")
} else := _fqdn(zone) if {
	zone := values[fields.zone]
	is_string(zone)
	object.get(values, fields.name, "") in {"@", "", null}
} else := _fqdn(concat(".", [values[fields.name], values[fields.zone]])) if {
	is_string(values[fields.name])
	is_string(values[fields.zone])
} else := ""

_fqdn(name) := lower(trim_suffix(name, "."))

# _record_values(r, fields): the targets the record names, when known.
_record_values(r, fields) := ({_fqdn(v) |
	some f in _value_fields(fields)
	v := _known(r, f)
	is_string(v)
	v != ""
} | {_fqdn(v) |
	v := _known(r, fields.values)[_]
	is_string(v)
}) | {_fqdn(v) |
	some alias in object.get(r.values, object.get(fields, "alias", "-"), [])
	v := alias.name
	is_string(v)
}

_value_fields(fields) := fields.value if {
	is_array(fields.value)
} else := [fields.value] if {
	is_string(fields.value)
} else := []

# _record_unknown(r, fields): the record's target is known only after apply.
default _record_unknown(_, _) := false

_record_unknown(r, fields) if {
	some f in array.concat(_value_fields(fields), [object.get(fields, "values", "-")])
	_unknown_field(r, f)
}

default _record_disabled(_, _) := false

_record_disabled(values, fields) if {
	object.get(values, object.get(fields, "status", "-"), "") in tables.disabled_status
}

# _serving_record(rec): an A, AAAA or CNAME record (the others serve no
# website).
_serving_record(rec) if rec.type in tables.record_types

# _target_fields(type): the fields of a DNS resource type whose expression
# names its target.
_target_fields(type) := array.concat(_value_fields(tables.dns[type]), [f |
	some key in ["values", "alias"]
	f := tables.dns[type][key]
])

# _by_domain: domain -> the serving records of that name (not deleted, not
# disabled).
_by_domain := {d: group |
	some [d, _] in _domain_pairs
	group := {a | _domain_pairs[[d, a]]}
}

_domain_pairs := {[rec.domain, a] |
	some a, rec in _records
	rec.domain != ""
	_serving_record(rec)
	not _deleted(_resources[a])
	not rec.disabled
}
