package icp.filing_test

test_icp506_fires_for_an_open_cancel_number if {
	o := object.union(
		order("N-1", "cancel_number", "other-cloud", "provider_review", "2026-11-18T08:00:00Z"),
		{"scope": "subject"},
	)
	v := only(warns(object.union(two, {"orders": [o]}), "ICP506"))
	v.path == "/orders/0"
	v.order == "N-1"
	v.provider == "other-cloud"
	not v.website
	contains(v.msg, "websites blog, shop (example.com, example.net, www.example.net) become inaccessible")
}

test_icp506_not_once_decided if {
	some status in ["approved", "rejected", "abandoned", "expired"]
	o := object.union(
		order("N-1", "cancel_number", "other-cloud", status, "2026-11-18T08:00:00Z"),
		{"scope": "subject"},
	)
	count(warns(snapshot({"orders": [o]}), "ICP506")) == 0
}

test_icp506_cancel_number_of_a_website_without_domains if {
	o := object.union(
		order("N-1", "cancel_number", "other-cloud", "administration_review", "2026-11-18T08:00:00Z"),
		{"scope": "website", "websites": ["old"]},
	)
	v := only(warns(
		snapshot({"websites": [shop, object.union(blog, {"id": "old", "domains": []})], "orders": [o]}),
		"ICP506",
	))
	contains(v.msg, "(scope website)")
	contains(v.msg, "website old becomes inaccessible")
}

test_icp506_cancel_access_where_served if {
	o := object.union(
		order("X-1", "cancel_access", "other-cloud", "sms_verification", "2026-11-18T08:00:00Z"),
		{"websites": ["blog"]},
	)
	v := only(warns(object.union(two, {"orders": [o]}), "ICP506"))
	v.order == "X-1"
	contains(v.msg, "while example.net, www.example.net are served from other-cloud")
}

test_icp506_cancel_access_elsewhere_not if {
	o := order("X-1", "cancel_access", "alibaba-cloud", "provider_review", "2026-11-18T08:00:00Z")
	count(warns(snapshot({"orders": [o]}), "ICP506")) == 0
	abroad := snapshot({
		"hosting": [host("example.com", "other-cloud", false)],
		"orders": [object.union(o, {"provider": "other-cloud"})],
	})
	count(warns(abroad, "ICP506")) == 0
}

test_icp506_cancel_access_one_domain if {
	o := order("X-1", "cancel_access", "other-cloud", "provider_review", "2026-11-18T08:00:00Z")
	v := only(warns(snapshot({"orders": [o]}), "ICP506"))
	contains(v.msg, "while example.com is served from other-cloud")
	w := only(warns(snapshot({"orders": [object.union(o, {"type": "cancel_number", "websites": ["shop"]})]}), "ICP506"))
	contains(w.msg, "website shop (example.com) becomes inaccessible")
}
