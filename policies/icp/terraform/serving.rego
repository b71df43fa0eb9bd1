package icp.terraform

import data.icp.lib.messages
import data.icp.terraform.tables

# How a resource serves a domain: provider, region, mainland and the
# resource of a point_domain action, or the problem that keeps it from
# being told.

# _regions: provider id -> region, for resources whose region only the
# environment sets (--region PROVIDER=REGION).
default _regions := {}

_regions := input.regions

# _serving(t): {"provider", "mainland", "resource", "target"} for target
# resource t, or {"problem": text}. An EIP stands for the instance it is
# associated with, which then has a public IP.
_serving(t) := object.union(s, {"resource": object.union(s.resource, {"public_ip": true})}) if {
	tables.eips[_resources[t].type]
	s := _resource_serving(_eip_instance(t))
	not s.problem
} else := s if {
	tables.eips[_resources[t].type]
	s := _resource_serving(_eip_instance(t))
} else := {"problem": messages.text("terraform.eip", {"address": t})} if {
	tables.eips[_resources[t].type]
} else := _resource_serving(t)

_resource_serving(t) := {"problem": messages.text("terraform.no_table", {"address": t, "provider": r.provider})} if {
	r := _resources[t]
	not tables.serving[r.type].cdn
	not tables.mainland[r.provider]
} else := {"problem": messages.text("terraform.no_region", {"address": t, "provider": _resources[t].provider})} if {
	r := _resources[t]
	not tables.serving[r.type].cdn
	not _region_of(r)
} else := {
	"problem": messages.text(
		"terraform.no_coverage",
		{"address": t, "field": tables.serving[_resources[t].type].scope},
	),
} if {
	r := _resources[t]
	tables.serving[r.type].cdn
	not _cdn_coverage_given(r)
} else := _cdn_serving(t, _resources[t]) if {
	tables.serving[_resources[t].type].cdn
} else := _server_serving(t, _resources[t], tables.serving[_resources[t].type])

# _cdn_serving(t, r): what CDN resource r at address t serves from.
_cdn_serving(t, r) := {
	"target": t,
	"provider": r.provider,
	"mainland": _cdn_mainland(r),
	"resource": {"type": "cdn", "id": t},
}

# _server_serving(t, r, spec): what server resource r at address t serves
# from, with the facts of it that its table (spec) says how to read.
_server_serving(t, r, spec) := {
	"target": t,
	"provider": r.provider,
	"mainland": _mainland(r.provider, _region_of(r)),
	"resource": object.union_n([
		{"type": spec.type, "id": t},
		_billing(r, spec),
		_term(r, spec),
		_public_ip(r, spec),
	]),
}

# _region_of(r): the resource's region attribute, else its provider block's
# region, else its zone without the zone letter, else --region.
_region_of(r) := v if {
	v := _known(r, "region")
	is_string(v)
	v != ""
} else := v if {
	v := _provider_region(r.address)
} else := _zone_region(z) if {
	z := _known(r, tables.serving[r.type].zone)
	is_string(z)
	z != ""
} else := _regions[r.provider]

# _provider_region(address): the region of the provider block the resource
# uses (aliases such as tencentcloud.hk included): a constant, or a root
# variable's value.
_provider_region(address) := v if {
	key := _config_resources[_config_address(address)].resource.provider_config_key
	e := _plan_json.configuration.provider_config[key].expressions.region
	v := _region_expression(e)
}

_region_expression(e) := e.constant_value if {
	is_string(e.constant_value)
} else := v if {
	some ref in e.references
	startswith(ref, "var.")
	v := _plan_json.variables[trim_prefix(ref, "var.")].value
	is_string(v)
}

# _zone_region(z): cn-shanghai-l -> cn-shanghai, ap-guangzhou-3 ->
# ap-guangzhou, cn-north-4a -> cn-north-4.
_zone_region(z) := substring(z, 0, count(z) - 1) if {
	regex.match(`^.+-[0-9]+[a-z]$`, z)
} else := concat("-", array.slice(parts, 0, count(parts) - 1)) if {
	regex.match(`^.+-([a-z]|[0-9]+)$`, z)
	parts := split(z, "-")
} else := z

# _mainland(provider, region): the provider's table says so, by region or
# by prefix; a region it does not list is outside mainland China.
_mainland(provider, region) := tables.mainland[provider].regions[region] if {
	is_boolean(tables.mainland[provider].regions[region])
} else if {
	some prefix in object.get(tables.mainland[provider], "prefixes", [])
	startswith(region, prefix)
} else := false

# _cdn_mainland(r): whether a CDN domain serves mainland China, from its
# scope, area or service_area.
_cdn_mainland(r) := tables.cdn_scopes[lower(_known(r, tables.serving[r.type].scope))]

_cdn_coverage_given(r) if is_boolean(_cdn_mainland(r))

# _billing(r, spec): the billing mode, when the resource gives it.
_billing(r, spec) := {"billing": "subscription"} if {
	spec.always_subscription == true
} else := {"billing": b} if {
	v := _known(r, spec.billing)
	is_string(v)
	b := _billing_mode(v in spec.subscription)
} else := {}

_billing_mode(true) := "subscription"

_billing_mode(false) := "pay_as_you_go"

# _term(r, spec): the subscription term in whole months (period x unit; a
# unit the table gives 0, as weeks, makes it under a month).
_term(r, spec) := {"term_months": floor(period * spec.units[unit])} if {
	period := _known(r, spec.period)
	is_number(period)
	unit := _period_unit(r, spec)
} else := {}

_period_unit(r, spec) := u if {
	u := _known(r, spec.period_unit)
	is_string(u)
} else := spec.default_unit

# _public_ip(r, spec): whether the resource has a public IP, when the plan
# says: a public address, bandwidth out, or allocate_public_ip.
_public_ip(r, _) := {"public_ip": true} if {
	count(_addresses_of(r)) > 0
} else := {"public_ip": true} if {
	_known(r, tables.serving[r.type].bandwidth) > 0
} else := {"public_ip": true} if {
	_known(r, tables.serving[r.type].allocate) == true
} else := {"public_ip": false} if {
	_known(r, tables.serving[r.type].bandwidth) == 0
} else := {}
