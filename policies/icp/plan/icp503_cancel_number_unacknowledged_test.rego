package icp.plan_test

test_icp503_fires_without_acknowledgement if {
	a := object.remove(cancel_number("close", "website", "blog", false), ["acknowledge_irreversible"])
	v := only(denies(doc(two, [a]), "ICP503"))
	v.action == "close"
	v.path == "/actions/0"
	v.website == "blog"
	contains(v.msg, "the ICP number 浙ICP备12345678号-2 of website blog")
	contains(v.msg, "website blog (example.net, www.example.net) goes offline for good.")
}

test_icp503_not_when_acknowledged if {
	count(denies(doc(two, [cancel_number("close", "website", "blog", true)]), "ICP503")) == 0
}

test_icp503_explicit_false_and_scope_subject if {
	d := doc(two, [object.union(cancel_number("close", "subject", "", false), {"provider": "other-cloud"})])
	v := only(denies(d, "ICP503"))
	not v.website
	v.provider == "other-cloud"
	contains(v.msg, "the subject's ICP number 浙ICP备12345678号 and every website")
	contains(v.msg, "website blog (example.net, www.example.net), website shop (example.com) go offline for good")
}

test_icp503_unknown_website if {
	v := only(denies(doc(base, [cancel_number("close", "website", "ghost", false)]), "ICP503"))
	contains(v.msg, "deregisters website ghost")
	contains(v.msg, "website ghost (no domain) goes offline")
}
