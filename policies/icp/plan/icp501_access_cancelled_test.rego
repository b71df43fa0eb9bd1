package icp.plan_test

test_icp501_warns_on_every_cancel_access if {
	v := only(warns(doc(base, migration), "ICP501"))
	v.action == "drop-old"
	v.path == "/actions/3"
	v.website == "shop"
	v.provider == "other-cloud"
	v.severity == "warn"
	contains(v.msg, "example.com can no longer be served from other-cloud")
	contains(v.msg, "submit a new transfer to other-cloud with the same number")
	contains(v.msg, "(after this step: shop at alibaba-cloud)")
}

test_icp501_not_without_cancel_access if {
	count(warns(doc(base, [xfer("xfer", "alibaba-cloud", ["shop"])]), "ICP501")) == 0
}

test_icp501_several_websites if {
	v := only(warns(doc(two, [cancel("drop", "huawei-cloud", ["shop", "blog"])]), "ICP501"))
	not v.website
	contains(
		v.msg,
		"access of websites blog, shop at huawei-cloud: example.com, example.net, www.example.net can no longer",
	)
	contains(v.msg, "(after this step: blog at other-cloud; shop at other-cloud)")
}

test_icp501_unknown_website_and_no_access_left if {
	v := only(warns(doc(base, [cancel("drop", "other-cloud", ["ghost", "shop"])]), "ICP501"))
	contains(v.msg, "(after this step: ghost nowhere; shop nowhere)")
	w := only(warns(doc(base, [cancel("drop", "other-cloud", ["ghost"])]), "ICP501"))
	contains(w.msg, "no domain can no longer be served")
}
