package icp.filing_test

test_icp102_fires_for_filed_domain_abroad if {
	s := snapshot({"hosting": [host("example.com", "aws", false)]})
	v := only(warns(s, "ICP102"))
	v.path == "/hosting/0"
	v.website == "shop"
	v.domain == "example.com"
	v.provider == "aws"
	v.severity == "warn"
}

test_icp102_not_for_mainland if {
	count(warns(base, "ICP102")) == 0
}

test_icp102_not_for_unfiled_domain if {
	s := snapshot({"hosting": [host("example.com", "other-cloud", true), host("other.example.org", "aws", false)]})
	count(warns(s, "ICP102")) == 0
}

test_icp102_not_when_website_has_no_number if {
	s := snapshot({
		"websites": [object.remove(shop, ["icp_number"])],
		"hosting": [host("example.com", "aws", false)],
	})
	count(warns(s, "ICP102")) == 0
}

test_icp102_domain_of_two_websites_names_no_website if {
	s := snapshot({
		"websites": [shop, object.union(blog, {"domains": ["example.com"]})],
		"hosting": [host("example.com", "aws", false)],
	})
	v := only(warns(s, "ICP102"))
	not v.website
	contains(v.msg, "blog, shop")
}
