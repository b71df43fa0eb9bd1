package icp.terraform_test

import data.icp.terraform

test_zone_region if {
	terraform._zone_region("cn-shanghai-l") == "cn-shanghai"
	terraform._zone_region("ap-guangzhou-3") == "ap-guangzhou"
	terraform._zone_region("cn-north-4a") == "cn-north-4"
	terraform._zone_region("cn-hangzhou") == "cn-hangzhou"
}

test_mainland_tables if {
	terraform._mainland("alibaba-cloud", "cn-hangzhou")
	not terraform._mainland("alibaba-cloud", "cn-hongkong")
	terraform._mainland("tencent-cloud", "ap-shanghai")
	not terraform._mainland("tencent-cloud", "ap-hongkong")
	not terraform._mainland("tencent-cloud", "ap-xian-ec")
	terraform._mainland(
		"tencent-cloud",
		"ap-xian-ec",
	) with data.icp.terraform.tables.mainland["tencent-cloud"].regions["ap-xian-ec"] as true
	not terraform._mainland("huawei-cloud", "ap-southeast-1")
	terraform._mainland("aws", "cn-northwest-1")
	not terraform._mainland("aws", "us-east-1")
}

# served(d): the one action derived from d.
served(d) := a if [a] := derived(d)

web(extra) := [ecs("alicloud_instance.web", extra), record("alicloud_alidns_record.apex", "@", "A", "47.96.1.10")]

test_region_attribute_wins_over_the_zone if {
	served(doc(approved, web({"region": "cn-hongkong"}))).mainland == false
	served(doc(approved, web({}))).mainland == true
}

# A load balancer whose provider block (an alias) is in Hong Kong.
hk_clb := create(
	"tencentcloud_clb_instance.hk",
	"tencentcloud_clb_instance",
	"tencentcloudstack/tencentcloud",
	{"clb_vips": ["43.1.1.1"]},
)

hk_record := create(
	"tencentcloud_dnspod_record.api",
	"tencentcloud_dnspod_record",
	"tencentcloudstack/tencentcloud",
	{"domain": "example.com", "sub_domain": "api", "record_type": "A", "value": "43.1.1.1"},
)

hk_plan := object.union(tfplan([hk_clb, hk_record]), {"configuration": {
	"provider_config": {
		"tencentcloud.hk": {
			"name": "tencentcloud",
			"alias": "hk",
			"expressions": {"region": {"constant_value": "ap-hongkong"}},
		},
	},
	"root_module": {
		"resources": [
			{
				"address": "tencentcloud_clb_instance.hk",
				"provider_config_key": "tencentcloud.hk",
				"expressions": {},
			},
		],
	},
}})

test_provider_alias_region if {
	a := served({"filing": approved, "terraform": hk_plan, "regions": {}})
	a.provider == "tencent-cloud"
	a.mainland == false
	a.resource == {"type": "clb", "id": "tencentcloud_clb_instance.hk", "public_ip": true}
}

test_region_flag_is_the_last_resort if {
	d := doc(approved, web({"availability_zone": null}))
	count(derived(d)) == 0
	[v] := warns(d)
	contains(v.msg, "--region alibaba-cloud=REGION")
	a := served(object.union(d, {"regions": {"alibaba-cloud": "cn-hongkong"}}))
	a.mainland == false
}

test_billing_and_term if {
	terraform._billing(
		{"values": {"instance_charge_type": "PostPaid"}, "unknown": {}},
		terraform.tables.serving.alicloud_instance,
	) == {"billing": "pay_as_you_go"}
	terraform._billing({"values": {}, "unknown": {}}, terraform.tables.serving.alicloud_instance) == {}
	terraform._billing(
		{"values": {}, "unknown": {}},
		terraform.tables.serving.tencentcloud_lighthouse_instance,
	) == {"billing": "subscription"}
	hw := {"values": {"charging_mode": "prePaid", "period": 1, "period_unit": "year"}, "unknown": {}}
	terraform._term(hw, terraform.tables.serving.huaweicloud_compute_instance) == {"term_months": 12}
	terraform._billing(hw, terraform.tables.serving.huaweicloud_compute_instance) == {"billing": "subscription"}
	terraform._term(
		{"values": {"instance_charge_type_prepaid_period": 3}, "unknown": {}},
		terraform.tables.serving.tencentcloud_instance,
	) == {"term_months": 3}
}

test_public_ip if {
	spec := terraform.tables.serving.tencentcloud_instance
	terraform._public_ip(
		{"type": "tencentcloud_instance", "values": {"allocate_public_ip": true}, "unknown": {}},
		spec,
	) == {"public_ip": true}
	terraform._public_ip(
		{"type": "tencentcloud_instance", "values": {"internet_max_bandwidth_out": 0}, "unknown": {}},
		spec,
	) == {"public_ip": false}
	terraform._public_ip({"type": "tencentcloud_instance", "values": {}, "unknown": {}}, spec) == {}
}

test_unknown_provider_has_no_mainland_table if {
	inst := create("acme_server.web", "alicloud_instance", "acme/cloud", {"public_ip": "5.5.5.5", "region": "x"})
	d := doc(approved, [inst, record("alicloud_alidns_record.apex", "@", "A", "5.5.5.5")])
	[v] := warns(d)
	contains(v.msg, "no mainland region table")
}

test_cdn_domain_scope if {
	cdn := create(
		"alicloud_cdn_domain_new.s",
		"alicloud_cdn_domain_new",
		ali,
		{"domain_name": "example.com", "scope": "overseas", "cname": "example.com.w.kunlunaq.com"},
	)
	[a] := derived(doc(approved, [cdn]))
	a.resource == {"type": "cdn", "id": "alicloud_cdn_domain_new.s"}
	a.mainland == false
	nocover := create("alicloud_cdn_domain_new.s", "alicloud_cdn_domain_new", ali, {"domain_name": "example.com"})
	[v] := warns(doc(approved, [nocover]))
	contains(v.msg, "coverage of CDN domain")
	gone := rc("alicloud_cdn_domain_new.s", "alicloud_cdn_domain_new", ali, ["delete"], cdn.change.after, null, {})
	derived(doc(approved, [gone])) == [
		{
			"id": "alicloud_cdn_domain_new.s",
			"type": "unpoint_domain",
			"domain": "example.com",
			"address": "alicloud_cdn_domain_new.s",
		},
	]
}
