package icp.plan_test

test_icp101_fires_for_dns_without_access if {
	v := only(denies(doc(base, [point("dns", "example.com", "alibaba-cloud", true)]), "ICP101"))
	v.action == "dns"
	v.path == "/actions/0"
	v.website == "shop"
	v.domain == "example.com"
	v.provider == "alibaba-cloud"
	v.severity == "deny"
	v.sources == ["faq:must-transfer", "faq:cancel-transfer", "A13"]
	contains(v.msg, "active access (other-cloud) until a transfer of shop to alibaba-cloud is approved")
}

test_icp101_not_after_the_transfer_is_awaited if {
	count(denies(doc(base, migration), "ICP101")) == 0
}

test_icp101_open_transfer_not_awaited if {
	d := doc(base, [xfer("xfer", "alibaba-cloud", ["shop"]), point("dns", "example.com", "alibaba-cloud", true)])
	v := only(denies(d, "ICP101"))
	v.action == "dns"
	v.path == "/actions/1"
	contains(v.msg, "until transfer xfer to alibaba-cloud is approved: await its approval before this step")
}

test_icp101_snapshot_transfer_awaited_by_order if {
	s := snapshot({"orders": [order("T-1", "transfer", "alibaba-cloud", "administration_review")]})
	count(denies(doc(s, [point("dns", "example.com", "alibaba-cloud", true)]), "ICP101")) == 1
	count(denies(
		doc(s, [await_order("wait", "T-1"), point("dns", "example.com", "alibaba-cloud", true)]),
		"ICP101",
	)) == 0
}

test_icp101_tencent_serves_during_its_transfer if {
	some status in ["sms_verification", "administration_review"]
	s := snapshot({"orders": [order("T-1", "transfer", "tencent-cloud", status)]})
	count(denies(doc(s, [point("dns", "example.com", "tencent-cloud", true)]), "ICP101")) == 0
}

test_icp101_tencent_not_in_its_own_review_nor_once_withdrawn if {
	s := snapshot({"orders": [order("T-1", "transfer", "tencent-cloud", "provider_review")]})
	count(denies(doc(s, [point("dns", "example.com", "tencent-cloud", true)]), "ICP101")) == 1
	t := snapshot({"orders": [order("T-1", "transfer", "tencent-cloud", "sms_verification")]})
	count(denies(doc(t, [withdraw("w", "T-1"), point("dns", "example.com", "tencent-cloud", true)]), "ICP101")) == 1
}

test_icp101_not_served_abroad if {
	count(denies(doc(base, [point("dns", "example.com", "aws", false)]), "ICP101")) == 0
}

test_icp101_domain_of_no_filed_website if {
	v := only(denies(doc(base, [point("dns", "new.example.org", "other-cloud", true)]), "ICP101"))
	v.action == "dns"
	v.domain == "new.example.org"
	not v.website
	contains(v.msg, "belongs to no filed website")
}

test_icp101_domain_of_a_website_being_added if {
	d := doc(
		base,
		[add("add", "other-cloud", "add_new_website", newsite), point("dns", "docs.example.org", "other-cloud", true)],
	)
	only(denies(d, "ICP101")).path == "/actions/1"
	e := doc(base, [
		add("add", "other-cloud", "add_new_website", newsite),
		await_action("wait", "add"),
		point("dns", "docs.example.org", "other-cloud", true),
	])
	count(denies(e, "ICP101")) == 0
}

test_icp101_cancel_access_where_served if {
	d := doc(two, [cancel("drop", "other-cloud", ["blog"])])
	vs := denies(d, "ICP101")
	{[v.action, v.path, v.website, v.domain, v.provider] | some v in vs} == {
		["drop", "/actions/0", "blog", "example.net", "other-cloud"],
		["drop", "/actions/0", "blog", "www.example.net", "other-cloud"],
	}
	some v in vs
	contains(v.msg, "(it has none left: get a transfer approved first)")
}

test_icp101_cancel_access_elsewhere_not if {
	s := snapshot({
		"websites": [
			site({
				"access": [
					{"provider": "other-cloud", "status": "active"},
					{"provider": "huawei-cloud", "status": "active"},
				],
			}),
		],
	})
	count(denies(doc(s, [cancel("drop", "huawei-cloud", ["shop"])]), "ICP101")) == 0
	v := only(denies(doc(s, [cancel("drop", "other-cloud", ["shop"])]), "ICP101"))
	contains(v.msg, "keeps active access (huawei-cloud)")
}

test_icp101_cancel_after_the_domain_moved if {
	count(denies(doc(base, migration), "ICP101")) == 0
	wrong := [migration[0], migration[3], migration[2]]
	{v.path | some v in denies(doc(base, wrong), "ICP101")} == {"/actions/1", "/actions/2"}
}
