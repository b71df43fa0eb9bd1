package icp.plan_test

test_icp304_fires_when_the_last_access_goes if {
	v := only(denies(doc(base, [cancel("drop", "other-cloud", ["shop"])]), "ICP304"))
	v.action == "drop"
	v.path == "/actions/0"
	v.website == "shop"
	v.provider == "other-cloud"
	not contains(v.msg, "still open")
}

test_icp304_not_with_an_approved_transfer if {
	count(denies(doc(base, migration), "ICP304")) == 0
}

test_icp304_open_transfer_does_not_count if {
	d := doc(base, [xfer("xfer", "alibaba-cloud", ["shop"]), cancel("drop", "other-cloud", ["shop"])])
	v := only(denies(d, "ICP304"))
	v.path == "/actions/1"
	contains(v.msg, "(transfer xfer is still open and does not count until it is approved)")
}

test_icp304_tencent_serving_during_its_transfer_counts if {
	s := snapshot({"orders": [order("T-1", "transfer", "tencent-cloud", "sms_verification")]})
	count(denies(doc(s, [cancel("drop", "other-cloud", ["shop"])]), "ICP304")) == 0
	t := snapshot({"orders": [order("T-1", "transfer", "tencent-cloud", "provider_review")]})
	count(denies(doc(t, [cancel("drop", "other-cloud", ["shop"])]), "ICP304")) == 1
}

test_icp304_several_providers if {
	s := snapshot({"websites": [site({"access": [{"provider": "other-cloud", "status": "active"}, {"provider": "huawei-cloud", "status": "active"}]})]})
	count(denies(doc(s, [cancel("drop", "other-cloud", ["shop"])]), "ICP304")) == 0
	only(denies(doc(s, [cancel("d1", "other-cloud", ["shop"]), cancel("d2", "huawei-cloud", ["shop"])]), "ICP304")).action == "d2"
	count(denies(doc(s, [cancel("both", "other-cloud", ["shop"]), cancel("again", "other-cloud", ["shop"])]), "ICP304")) == 0
}

test_icp304_not_for_unfiled_websites if {
	count(denies(doc(snapshot({"websites": [object.remove(shop, ["icp_number"])]}), [cancel("drop", "other-cloud", ["shop"])]), "ICP304")) == 0
	count(denies(doc(base, [cancel_number("close", "website", "shop", true), cancel("drop", "other-cloud", ["shop"])]), "ICP304")) == 0
}
