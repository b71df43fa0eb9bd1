package icp.terraform_test

# configured(changes, resources, module_calls): a plan with a configuration.
configured(changes, resources, module_calls) := object.union(tfplan(changes), {
	"configuration": {
		"provider_config": {
			"alicloud": {"name": "alicloud", "expressions": {"region": {"references": ["var.region"]}}},
		},
		"root_module": {"resources": resources, "module_calls": module_calls},
	},
	"variables": {"region": {"value": "cn-hangzhou"}},
})

conf(address, key, expressions) := {
	"address": address,
	"mode": "managed",
	"type": split(address, ".")[0],
	"name": split(address, ".")[1],
	"provider_config_key": key,
	"expressions": expressions,
}

refs(rs) := {"references": rs}

unknown_record(address, rr) := rc(
	address,
	"alicloud_alidns_record",
	ali,
	["create"],
	null,
	{"domain_name": "example.com", "rr": rr, "type": "A", "value": null},
	{"value": true},
)

test_target_by_value if {
	d := doc(
		approved,
		[ecs("alicloud_instance.web", {}), record("alicloud_alidns_record.apex", "@", "A", "47.96.1.10")],
	)
	[a] := derived(d)
	a.target_address == "alicloud_instance.web"
	a.resource == {
		"type": "ecs",
		"id": "alicloud_instance.web",
		"billing": "subscription",
		"term_months": 12,
		"public_ip": true,
	}
	a.provider == "alibaba-cloud"
	a.mainland == true
}

# A record that points at an EIP through a module's output, whose
# association names the instance through a variable.
module_eip := rc(
	"module.net.alicloud_eip_address.ip",
	"alicloud_eip_address",
	ali,
	["create"],
	null,
	{"payment_type": "PayAsYouGo"},
	{"ip_address": true, "id": true},
)

module_assoc := rc(
	"module.net.alicloud_eip_association.ip",
	"alicloud_eip_association",
	ali,
	["create"],
	null,
	{},
	{"allocation_id": true, "instance_id": true},
)

module_instance := rc(
	"alicloud_instance.web",
	"alicloud_instance",
	ali,
	["create"],
	null,
	{"instance_charge_type": "PrePaid", "period": 1, "period_unit": "Week"},
	{"id": true, "public_ip": true},
)

module_record := unknown_record("alicloud_alidns_record.apex", "@")

module_plan := configured(
	[module_eip, module_assoc, module_instance, module_record],
	[
		conf("alicloud_instance.web", "alicloud", {}),
		conf("alicloud_alidns_record.apex", "alicloud", {"value": refs(["module.net.ip", "module.net"])}),
	],
	{"net": {
		"expressions": {"instance": refs(["alicloud_instance.web.id", "alicloud_instance.web"])},
		"module": {
			"resources": [
				conf("alicloud_eip_address.ip", "alicloud", {}),
				conf(
					"alicloud_eip_association.ip",
					"alicloud",
					{"allocation_id": refs(["alicloud_eip_address.ip.id"]), "instance_id": refs(["var.instance"])},
				),
			],
			"outputs": {
				"ip": {"expression": refs(["alicloud_eip_address.ip.ip_address", "alicloud_eip_address.ip"])},
			},
		},
	}},
)

test_target_by_reference_through_a_module_output_and_variable if {
	[a] := derived({"filing": approved, "terraform": module_plan, "regions": {}})
	a.target_address == "alicloud_instance.web"

	# the EIP stands for its instance: its billing and a public IP; a week
	# based period is under a month, the region is the provider's variable
	a.resource == {
		"type": "ecs",
		"id": "alicloud_instance.web",
		"billing": "subscription",
		"term_months": 0,
		"public_ip": true,
	}
	a.mainland == true
}

test_cname_chain_moves_with_the_apex if {
	www := noop(
		"alicloud_alidns_record.www",
		"alicloud_alidns_record",
		ali,
		{"domain_name": "example.com", "rr": "www", "type": "CNAME", "value": "example.com"},
	)
	d := doc(
		in_review,
		[ecs("alicloud_instance.web", {}), record("alicloud_alidns_record.apex", "@", "A", "47.96.1.10"), www],
	)
	[apex, w] := derived(d)
	apex.domain == "example.com"
	w.domain == "www.example.com"
	w.id == "alicloud_alidns_record.www"
	w.target_address == "alicloud_instance.web"
	{[v.rule, v.address] | some v in denies(d)} == {
		["ICP101", "alicloud_alidns_record.apex"],
		["ICP101", "alicloud_alidns_record.www"],
	}
}

# updated(same, extra): an update of the unchanged instance same that sets
# the attributes extra.
updated(same, extra) := rc(
	"alicloud_instance.web",
	"alicloud_instance",
	ali,
	["update"],
	same.change.after,
	object.union(same.change.after, extra),
	{},
)

test_unchanged_record_moves_with_a_new_target_only if {
	old := noop(
		"alicloud_alidns_record.apex",
		"alicloud_alidns_record",
		ali,
		{"domain_name": "example.com", "rr": "@", "type": "A", "value": "47.96.1.10"},
	)
	count(derived(doc(approved, [ecs("alicloud_instance.web", {}), old]))) == 1
	same := noop("alicloud_instance.web", "alicloud_instance", ali, ecs("alicloud_instance.web", {}).change.after)
	count(derived(doc(approved, [same, old]))) == 0
	billed := updated(same, {"instance_charge_type": "PostPaid"})
	[a] := derived(doc(approved, [billed, old]))
	a.resource.billing == "pay_as_you_go"
	tagged := updated(same, {"tags": {"a": "b"}})
	count(derived(doc(approved, [tagged, old]))) == 0
}

test_cname_loop_is_icp906 if {
	a := record("alicloud_alidns_record.a", "a", "CNAME", "b.example.com")
	b := record("alicloud_alidns_record.b", "b", "CNAME", "a.example.com")
	d := doc(approved, [a, b])
	count(derived(d)) == 0
	vs := warns(d)
	count(vs) == 2
	some v in vs
	v.rule == "ICP906"
	contains(v.msg, "comes back to it")
}

test_eip_without_instance_is_icp906 if {
	eip := create("alicloud_eip_address.ip", "alicloud_eip_address", ali, {"ip_address": "47.96.1.11"})
	d := doc(approved, [eip, record("alicloud_alidns_record.apex", "@", "A", "47.96.1.11")])
	[v] := warns(d)
	contains(v.msg, "EIP alicloud_eip_address.ip is associated with no instance")
}
