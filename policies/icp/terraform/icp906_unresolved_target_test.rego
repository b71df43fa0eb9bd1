package icp.terraform_test

test_icp906_fires_for_a_literal_nothing_owns if {
	d := doc(approved, [record("alicloud_alidns_record.shop", "shop", "A", "203.0.113.50")])
	[v] := warns(d)
	v.rule == "ICP906"
	v.severity == "warn"
	v.address == "alicloud_alidns_record.shop"
	v.domain == "shop.example.com"
	v.path == "/resource_changes/0"
	contains(v.msg, "203.0.113.50, which no resource of the plan owns")
	derived(d) == []
}

test_icp906_not_for_a_deleted_or_unchanged_record if {
	gone := rc(
		"alicloud_alidns_record.shop",
		"alicloud_alidns_record",
		ali,
		["delete"],
		{"domain_name": "example.com", "rr": "shop", "type": "A", "value": "203.0.113.50"},
		null,
		{},
	)
	count(warns(doc(approved, [gone]))) == 0
	kept := noop(
		"alicloud_alidns_record.shop",
		"alicloud_alidns_record",
		ali,
		{"domain_name": "example.com", "rr": "shop", "type": "A", "value": "203.0.113.50"},
	)
	count(warns(doc(approved, [kept]))) == 0
}

test_icp906_unknown_value_without_references if {
	d := doc(approved, [unknown_record("alicloud_alidns_record.apex", "@")])
	[v] := warns(d)
	contains(v.msg, "known only after apply")
}

test_icp906_relative_name_without_zone if {
	cf := create(
		"cloudflare_record.shop",
		"cloudflare_record",
		"cloudflare/cloudflare",
		{"name": "shop", "type": "A", "content": "1.2.3.4"},
	)
	[v] := warns(doc(approved, [cf]))
	contains(v.msg, "names no domain")
	not v.domain
}
