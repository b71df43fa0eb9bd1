package icp.terraform

import data.icp.lib.messages
import data.icp.terraform.tables

# How a resource serves a domain: provider, region, mainland and the
# resource of a point_domain action, or the problem that keeps it from
# being told.

# regions: provider id -> region, for resources whose region only the
# environment sets (--region PROVIDER=REGION).
default regions := {}

regions := input.regions

# serving(t): {"provider", "mainland", "resource", "target"} for target
# resource t, or {"problem": text}. An EIP stands for the instance it is
# associated with, which then has a public IP.
serving(t) := object.union(s, {"resource": object.union(s.resource, {"public_ip": true})}) if {
	tables.eips[resources[t].type]
	s := resource_serving(eip_instance(t))
	not s.problem
} else := s if {
	tables.eips[resources[t].type]
	s := resource_serving(eip_instance(t))
} else := {"problem": messages.text("terraform.eip", {"address": t})} if {
	tables.eips[resources[t].type]
} else := resource_serving(t)

resource_serving(t) := {"problem": messages.text("terraform.no_table", {"address": t, "provider": r.provider})} if {
	r := resources[t]
	not tables.serving[r.type].cdn
	not tables.mainland[r.provider]
} else := {"problem": messages.text("terraform.no_region", {"address": t, "provider": resources[t].provider})} if {
	r := resources[t]
	not tables.serving[r.type].cdn
	not region_of(r)
} else := {
	"problem": messages.text("terraform.no_coverage", {"address": t, "field": tables.serving[resources[t].type].scope}),
} if {
	r := resources[t]
	tables.serving[r.type].cdn
	not cdn_coverage_given(r)
} else := cdn_serving(t, resources[t]) if {
	tables.serving[resources[t].type].cdn
} else := server_serving(t, resources[t], tables.serving[resources[t].type])

# cdn_serving(t, r): what CDN resource r at address t serves from.
cdn_serving(t, r) := {
	"target": t,
	"provider": r.provider,
	"mainland": cdn_mainland(r),
	"resource": {"type": "cdn", "id": t},
}

# server_serving(t, r, spec): what server resource r at address t serves
# from, with the facts of it that its table (spec) says how to read.
server_serving(t, r, spec) := {
	"target": t,
	"provider": r.provider,
	"mainland": mainland(r.provider, region_of(r)),
	"resource": object.union_n([
		{"type": spec.type, "id": t},
		billing(r, spec),
		term(r, spec),
		public_ip(r, spec),
	]),
}

# region_of(r): the resource's region attribute, else its provider block's
# region, else its zone without the zone letter, else --region.
region_of(r) := v if {
	v := known(r, "region")
	is_string(v)
	v != ""
} else := v if {
	v := provider_region(r.address)
} else := zone_region(z) if {
	z := known(r, tables.serving[r.type].zone)
	is_string(z)
	z != ""
} else := regions[r.provider]

# provider_region(address): the region of the provider block the resource
# uses (aliases such as tencentcloud.hk included): a constant, or a root
# variable's value.
provider_region(address) := v if {
	key := config_resources[config_address(address)].resource.provider_config_key
	e := plan_json.configuration.provider_config[key].expressions.region
	v := region_expression(e)
}

region_expression(e) := e.constant_value if {
	is_string(e.constant_value)
} else := v if {
	some ref in e.references
	startswith(ref, "var.")
	v := plan_json.variables[trim_prefix(ref, "var.")].value
	is_string(v)
}

# zone_region(z): cn-shanghai-l -> cn-shanghai, ap-guangzhou-3 ->
# ap-guangzhou, cn-north-4a -> cn-north-4.
zone_region(z) := substring(z, 0, count(z) - 1) if {
	regex.match(`^.+-[0-9]+[a-z]$`, z)
} else := concat("-", array.slice(parts, 0, count(parts) - 1)) if {
	regex.match(`^.+-([a-z]|[0-9]+)$`, z)
	parts := split(z, "-")
} else := z

# mainland(provider, region): the provider's table says so, by region or
# by prefix; a region it does not list is outside mainland China.
mainland(provider, region) := tables.mainland[provider].regions[region] if {
	is_boolean(tables.mainland[provider].regions[region])
} else if {
	some prefix in object.get(tables.mainland[provider], "prefixes", [])
	startswith(region, prefix)
} else := false

# cdn_mainland(r): whether a CDN domain serves mainland China, from its
# scope, area or service_area.
cdn_mainland(r) := tables.cdn_scopes[lower(known(r, tables.serving[r.type].scope))]

cdn_coverage_given(r) if is_boolean(cdn_mainland(r))

# billing(r, spec): the billing mode, when the resource gives it.
billing(r, spec) := {"billing": "subscription"} if {
	spec.always_subscription == true
} else := {"billing": b} if {
	v := known(r, spec.billing)
	is_string(v)
	b := billing_mode(v in spec.subscription)
} else := {}

billing_mode(true) := "subscription"

billing_mode(false) := "pay_as_you_go"

# term(r, spec): the subscription term in whole months (period x unit; a
# unit the table gives 0, as weeks, makes it under a month).
term(r, spec) := {"term_months": floor(period * spec.units[unit])} if {
	period := known(r, spec.period)
	is_number(period)
	unit := period_unit(r, spec)
} else := {}

period_unit(r, spec) := u if {
	u := known(r, spec.period_unit)
	is_string(u)
} else := spec.default_unit

# public_ip(r, spec): whether the resource has a public IP, when the plan
# says: a public address, bandwidth out, or allocate_public_ip.
public_ip(r, _) := {"public_ip": true} if {
	count(addresses_of(r)) > 0
} else := {"public_ip": true} if {
	known(r, tables.serving[r.type].bandwidth) > 0
} else := {"public_ip": true} if {
	known(r, tables.serving[r.type].allocate) == true
} else := {"public_ip": false} if {
	known(r, tables.serving[r.type].bandwidth) == 0
} else := {}
