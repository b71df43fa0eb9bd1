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
	{[
		w.action,
		contains(w.msg, "left with no website"),
	] |
		some w in warns(d, "ICP504")
	} == {["c1", false], ["c2", true]}
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

# issue 16.4: awaiting a snapshot cancel_number order is judged as an
# acknowledged cancel_number.
test_icp504_await_of_a_cancel_number_order if {
	s := object.union(
		two,
		{
			"orders": [
				object.union(
					order("N-1", "cancel_number", "other-cloud", "provider_review"),
					{"scope": "website", "websites": ["blog"]},
				),
			],
		},
	)
	v := only(warns(doc(s, [await_order("wait", "N-1")]), "ICP504"))
	v.action == "wait"
	v.website == "blog"
	v.provider == "other-cloud"
	contains(v.msg, "website blog (example.net, www.example.net) goes offline for good")
	count(denies(doc(s, [await_order("wait", "N-1")]), "ICP503")) == 0
}
