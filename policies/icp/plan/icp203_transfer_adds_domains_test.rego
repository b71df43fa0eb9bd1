package icp.plan_test

test_icp203_fires_per_unrecorded_domain if {
	a := object.union(
		xfer("xfer", "alibaba-cloud", ["shop"]),
		{"domains": ["example.com", "new.example.com", "more.example.com"]},
	)
	vs := denies(doc(base, [a]), "ICP203")
	{[v.action, v.path, v.domain, v.website] | some v in vs} == {
		["xfer", "/actions/0", "new.example.com", "shop"],
		["xfer", "/actions/0", "more.example.com", "shop"],
	}
	count(denies(doc(base, [a]), "ICP904")) == 0
}

test_icp203_not_for_recorded_domains if {
	count(denies(doc(base, migration), "ICP203")) == 0
	count(denies(doc(base, [xfer("xfer", "alibaba-cloud", ["shop"])]), "ICP203")) == 0
}

test_icp203_domain_added_by_an_approved_change_first if {
	change := {
		"id": "add-domain",
		"type": "change_website",
		"provider": "other-cloud",
		"website": "shop",
		"set": {"domains": ["example.com", "new.example.com"]},
	}
	a := object.union(xfer("xfer", "alibaba-cloud", ["shop"]), {"domains": ["new.example.com"]})
	count(denies(doc(base, [change, await_action("w", "add-domain"), a]), "ICP203")) == 0
	v := only(denies(doc(base, [change, a]), "ICP203"))
	contains(v.msg, "recorded: example.com")
}

test_icp203_domains_of_another_website if {
	a := object.union(xfer("xfer", "alibaba-cloud", ["shop", "ghost"]), {"domains": ["example.net"]})
	v := only(denies(doc(two, [a]), "ICP203"))
	not v.website
	contains(v.msg, "not recorded for websites ghost, shop")
	only(denies(doc(two, [a]), "ICP904")).website == "ghost"
}
