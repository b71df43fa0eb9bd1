package icp.plan_test

test_icp102_fires_for_a_filed_domain_abroad if {
	v := only(warns(doc(base, [point("dns", "example.com", "hk-hosting", false)]), "ICP102"))
	v.action == "dns"
	v.path == "/actions/0"
	v.website == "shop"
	v.domain == "example.com"
	v.provider == "hk-hosting"
	v.severity == "warn"
}

test_icp102_not_for_mainland if {
	count(warns(doc(base, [point("dns", "example.com", "other-cloud", true)]), "ICP102")) == 0
}

test_icp102_not_for_an_unfiled_domain if {
	count(warns(doc(base, [point("dns", "other.example.org", "aws", false)]), "ICP102")) == 0
}

test_icp102_not_once_the_plan_deregistered_the_website if {
	d := doc(base, [cancel_number("close", "website", "shop", true), point("dns", "example.com", "aws", false)])
	count(warns(d, "ICP102")) == 0
}
