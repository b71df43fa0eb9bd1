package icp.filing_test

test_icp903_fires_for_a_domain_under_two_websites if {
	s := object.union(two, {"websites": [shop, object.union(blog, {"domains": ["example.net", "example.com"]})]})
	v := only(denies(s, "ICP903"))
	v.path == "/websites/1/domains/1"
	v.website == "blog"
	v.domain == "example.com"
	contains(v.msg, "also under website shop")
}

test_icp903_not_for_distinct_domains_and_numbers if {
	count(denies(two, "ICP903")) == 0
}

test_icp903_fires_for_a_shared_number if {
	s := object.union(two, {"websites": [shop, object.union(blog, {"icp_number": shop.icp_number})]})
	v := only(denies(s, "ICP903"))
	v.path == "/websites/1/icp_number"
	v.website == "blog"
	not v.domain
}

test_icp903_three_websites_one_domain if {
	third := object.union(blog, {"id": "third", "domains": ["example.com"], "icp_number": "浙ICP备12345678号-3"})
	s := object.union(two, {"websites": [shop, object.union(blog, {"domains": ["example.com"]}), third]})
	{v.path | some v in denies(s, "ICP903")} == {"/websites/1/domains/0", "/websites/2/domains/0"}
	some v in denies(s, "ICP903")
	v.website == "third"
	contains(v.msg, "also under website blog, shop")
}

test_icp903_websites_without_numbers_do_not_share_one if {
	s := object.union(two, {"websites": [object.remove(shop, ["icp_number"]), object.remove(blog, ["icp_number"])]})
	count(denies(s, "ICP903")) == 0
}
