package icp.terraform_test

import data.icp.terraform

test_actions_in_the_order_of_resource_changes if {
	d := doc(approved, [
		record("alicloud_alidns_record.z", "z", "A", "47.96.1.10"),
		ecs("alicloud_instance.web", {}),
		record("alicloud_alidns_record.a", "a", "A", "47.96.1.10"),
	])
	[a.id | some a in derived(d)] == ["alicloud_alidns_record.z", "alicloud_alidns_record.a"]
}

test_deleted_and_disabled_records_unpoint if {
	gone := rc(
		"alicloud_alidns_record.www",
		"alicloud_alidns_record",
		ali,
		["delete"],
		{"domain_name": "example.com", "rr": "www", "type": "A", "value": "9.9.9.9"},
		null,
		{},
	)
	off := create(
		"tencentcloud_dnspod_record.t",
		"tencentcloud_dnspod_record",
		"tencentcloudstack/tencentcloud",
		{"domain": "example.com", "sub_domain": "@", "record_type": "A", "value": "9.9.9.9", "status": "DISABLE"},
	)
	d := doc(approved, [gone, off])
	[a.type | some a in derived(d)] == ["unpoint_domain", "unpoint_domain"]
	count(warns(d)) == 0
	{x.domain: x.state | some x in terraform.accessibility with input as d} == {
		"example.com": "not_served",
		"www.example.com": "not_served",
	}
}

test_replaced_record_is_one_action if {
	r := rc(
		"alicloud_alidns_record.apex",
		"alicloud_alidns_record",
		ali,
		["delete", "create"],
		null,
		record("x", "@", "A", "47.96.1.10").change.after,
		{},
	)
	[a] := derived(doc(approved, [ecs("alicloud_instance.web", {}), r]))
	a.type == "point_domain"
}

test_cloudflare_proxied_is_cloudflare_outside_mainland if {
	cf := create(
		"cloudflare_record.www",
		"cloudflare_record",
		"cloudflare/cloudflare",
		{"name": "www.example.com", "type": "CNAME", "content": "example.com", "proxied": true},
	)
	d := doc(approved, [cf])
	[a] := derived(d)
	a.provider == "cloudflare"
	a.mainland == false
	not a.target_address
	[v] := warns(d)
	v.rule == "ICP102"
	v.path == "/resource_changes/0"
	v.address == "cloudflare_record.www"
}

test_violations_and_consequences_carry_addresses if {
	d := doc(
		in_review,
		[ecs("alicloud_instance.web", {}), record("alicloud_alidns_record.apex", "@", "A", "47.96.1.10")],
	)
	[v] := denies(d)
	v.rule == "ICP101"
	v.path == "/resource_changes/1"
	v.address == "alicloud_alidns_record.apex"
	v.target_address == "alicloud_instance.web"
	[c] := terraform.consequences with input as d
	c.address == "alicloud_alidns_record.apex"
	c.target_address == "alicloud_instance.web"
	terraform._located({"rule": "X", "path": "/websites/0"}) == {"rule": "X", "path": "/websites/0"} with input as d
}

test_notes_for_an_incomplete_plan if {
	d := doc(approved, [])
	count(terraform.notes) == 0 with input as d
	incomplete := object.union(d, {"terraform": object.union(d.terraform, {"complete": false})})
	[n] := [n | some n in terraform.notes] with input as incomplete
	contains(n, "not complete")
}

test_decision_answers_in_one_object if {
	dec := terraform.decision with input as doc(
		in_review,
		[ecs("alicloud_instance.web", {}), record("alicloud_alidns_record.apex", "@", "A", "47.96.1.10")],
	)
	object.keys(dec) == {"deny", "warn", "accessibility", "consequences", "notes", "plan"}
	count(dec.deny) == 1
	dec.plan.kind == "DeploymentPlan"
}

test_unknown_resource_types_are_context if {
	vpc := create("alicloud_vpc.main", "alicloud_vpc", ali, {"cidr_block": "10.0.0.0/8"})
	d := doc(approved, [vpc])
	derived(d) == []
	count(warns(d)) + count(denies(d)) == 0
}

test_a_renamed_record_does_not_unpoint_its_domain if {
	gone := rc(
		"alicloud_alidns_record.zz_old",
		"alicloud_alidns_record",
		ali,
		["delete"],
		{"domain_name": "example.com", "rr": "@", "type": "A", "value": "47.96.1.10"},
		null,
		{},
	)
	d := doc(
		approved,
		[ecs("alicloud_instance.web", {}), record("alicloud_alidns_record.apex", "@", "A", "47.96.1.10"), gone],
	)
	[a.type | some a in derived(d)] == ["point_domain"]
}
