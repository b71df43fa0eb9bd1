package icp.plan_test

test_icp504_fires_with_acknowledgement if {
	v := only(warns(doc(two, [cancel_number("close", "website", "blog", true)]), "ICP504"))
	v.action == "close"
	v.path == "/actions/0"
	v.website == "blog"
	v.severity == "warn"
	contains(v.msg, "website blog (example.net, www.example.net) goes offline for good.")
	not contains(v.msg, "left with no website")
}

test_icp504_not_without_acknowledgement if {
	count(warns(doc(two, [cancel_number("close", "website", "blog", false)]), "ICP504")) == 0
}

test_icp504_the_last_website if {
	v := only(warns(doc(base, [cancel_number("close", "website", "shop", true)]), "ICP504"))
	contains(v.msg, "goes offline for good, and the subject is left with no website")
	d := doc(two, [cancel_number("c1", "website", "blog", true), cancel_number("c2", "website", "shop", true)])
	{[w.action, contains(w.msg, "left with no website")] | some w in warns(d, "ICP504")} == {["c1", false], ["c2", true]}
}

test_icp504_scope_subject_lists_every_website if {
	d := doc(two, [cancel_number("c1", "website", "blog", true), cancel_number("all", "subject", "", true)])
	some v in warns(d, "ICP504")
	v.action == "all"
	contains(v.msg, "website shop (example.com) goes offline for good")
	not contains(v.msg, "blog")
	e := doc(base, [cancel_number("c1", "subject", "", true), cancel_number("all", "subject", "", true)])
	some w in warns(e, "ICP504")
	w.action == "all"
	contains(w.msg, "no website is left to go offline")
}
