package icp.filing_test

test_icp902_fires_for_another_provinces_number if {
	s := snapshot({"subject": {"province": "SH"}})
	vs := denies(s, "ICP902")
	{v.path | some v in vs} == {"/subject/icp_number", "/websites/0/icp_number"}
	some v in vs
	v.path == "/websites/0/icp_number"
	v.website == "shop"
	contains(v.msg, "starts with 浙, but the subject's province SH (Shanghai) has 沪")
}

test_icp902_not_for_the_subjects_province if {
	count(denies(base, "ICP902")) == 0
}

test_icp902_website_of_another_province_only if {
	v := only(denies(snapshot({"websites": [site({"icp_number": "沪ICP备12345678号-1"})]}), "ICP902"))
	v.path == "/websites/0/icp_number"
}

test_icp902_unknown_province if {
	vs := denies(snapshot({"subject": {"province": "XX"}}), "ICP902")
	count(vs) == 2
	some v in vs
	contains(v.msg, `the subject's province "XX" is not in the province table`)
}

test_icp902_not_for_a_number_without_abbreviation if {
	count(denies(snapshot({"subject": {"icp_number": "ICP备12345678号"}, "websites": []}), "ICP902")) == 0
}
