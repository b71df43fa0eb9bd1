package icp.filing_test

test_icp401_fires_per_differing_field if {
	s := snapshot({"actual": {
		"subject": {"name": "Hangzhou Example Group Co., Ltd.", "type": "enterprise"},
		"websites": {"shop": {"administrator": {"name": "Li Si"}}},
	}})
	vs := denies(s, "ICP401")
	{v.path | some v in vs} == {"/actual/subject/name", "/actual/websites/shop/administrator"}
	some v in vs
	v.path == "/actual/websites/shop/administrator"
	v.website == "shop"
	contains(v.msg, `website shop's administrator.name is "Zhang San" but actually "Li Si"`)
	some u in vs
	u.path == "/actual/subject/name"
	not u.website
	contains(
		u.msg,
		`the subject's name is "Hangzhou Example Technology Co., Ltd." but actually "Hangzhou Example Group Co., Ltd."`,
	)
}

test_icp401_not_when_actual_matches if {
	s := snapshot({"actual": {
		"subject": {"name": "Hangzhou Example Technology Co., Ltd.", "certificate": base.subject.certificate},
		"websites": {"shop": {"administrator": {"name": "Zhang San"}, "domains": ["example.com"]}},
	}})
	count(denies(s, "ICP401")) == 0
}

test_icp401_not_while_a_transfer_is_open if {
	s := snapshot({
		"actual": {"subject": {"name": "Hangzhou Example Group Co., Ltd."}},
		"orders": [order("T-1", "transfer", "alibaba-cloud", "provider_review", "2026-11-02T08:00:00Z")],
	})
	count(denies(s, "ICP401")) == 0
	count(warns(s, "ICP402")) == 1
}

test_icp401_after_the_transfer_is_approved if {
	s := snapshot({
		"actual": {"subject": {"name": "Hangzhou Example Group Co., Ltd."}},
		"orders": [order("T-1", "transfer", "alibaba-cloud", "approved", "2026-11-02T08:00:00Z")],
	})
	count(denies(s, "ICP401")) == 1
	count(warns(s, "ICP402")) == 0
}

test_icp401_domains_compare_as_sets if {
	w := object.union(blog, {"domains": ["www.example.net", "example.net"]})
	count(denies(object.union(two, {"actual": {"websites": {"blog": {"domains": w.domains}}}}), "ICP401")) == 0
	v := only(denies(object.union(two, {"actual": {"websites": {"blog": {"domains": ["example.net"]}}}}), "ICP401"))
	v.path == "/actual/websites/blog/domains"
}

test_icp401_field_missing_from_record if {
	v := only(denies(
		object.union(two, {"actual": {"websites": {"blog": {"administrator": {"name": "Wang Wu"}}}}}),
		"ICP401",
	))
	contains(v.msg, `website blog's administrator is nothing but actually {"name":"Wang Wu"}`)
	u := only(denies(
		snapshot({"actual": {"websites": {"shop": {"administrator": {"email": "a@example.com"}}}}}),
		"ICP401",
	))
	contains(u.msg, `administrator.email is nothing but actually "a@example.com"`)
}

test_icp401_certificate_and_province if {
	s := snapshot({"actual": {"subject": {
		"certificate": {"type": "business_license", "number": "91330100MA27YYYY0B"},
		"province": "SH",
	}}})
	vs := denies(s, "ICP401")
	{v.path | some v in vs} == {"/actual/subject/certificate", "/actual/subject/province"}
	some v in vs
	v.path == "/actual/subject/province"
	contains(v.msg, "the filing province itself never changes")
}

test_icp401_unknown_website_and_escaping if {
	count(denies(snapshot({"actual": {"websites": {"nope": {"name": "X"}}}}), "ICP401")) == 0
	s := snapshot({"websites": [site({"id": "a/b~c"})], "actual": {"websites": {"a/b~c": {"name": "X"}}}})
	only(denies(s, "ICP401")).path == "/actual/websites/a~1b~0c/name"
}
