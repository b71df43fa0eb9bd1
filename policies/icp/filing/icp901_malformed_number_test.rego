package icp.filing_test

numbered(subject_number, website_number) := snapshot({
	"subject": {"icp_number": subject_number},
	"websites": [site({"icp_number": website_number})],
})

test_icp901_fires_for_a_malformed_subject_number if {
	v := only(denies(numbered("浙ICP证12345678号", "浙ICP证12345678号-1"), "ICP901"))
	v.path == "/subject/icp_number"
	not v.website
	contains(v.msg, "e.g. 浙ICP备12345678号")
}

test_icp901_not_for_good_numbers if {
	count(denies(base, "ICP901")) == 0
	count(denies(numbered("浙ICP备2021012345号", "浙ICP备2021012345号-12"), "ICP901")) == 0
}

test_icp901_digit_count_edges if {
	count(denies(numbered("浙ICP备123456号", "浙ICP备123456号-1"), "ICP901")) == 0
	count(denies(numbered("浙ICP备1234567890号", "浙ICP备1234567890号-1"), "ICP901")) == 0
	count(denies(numbered("浙ICP备12345号", "浙ICP备12345号-1"), "ICP901")) == 1
	count(denies(numbered("浙ICP备12345678901号", "浙ICP备12345678901号-1"), "ICP901")) == 1
	count(denies(numbered("ICP备12345678号", "ICP备12345678号-1"), "ICP901")) == 1
	count(denies(numbered("浙ICP备12345678号 ", "浙ICP备12345678号 -1"), "ICP901")) == 1
}

test_icp901_website_number_not_the_subjects if {
	some n in ["浙ICP备12345678号", "浙ICP备12345678号-0", "浙ICP备12345678号-", "浙ICP备87654321号-1", "浙ICP备12345678号-1a"]
	v := only(denies(numbered("浙ICP备12345678号", n), "ICP901"))
	v.path == "/websites/0/icp_number"
	v.website == "shop"
}

test_icp901_website_number_without_subject_number if {
	s := json.remove(base, ["/subject/icp_number"])
	v := only(denies(s, "ICP901"))
	contains(v.msg, "but the subject has none")
}

test_icp901_example_for_unknown_province if {
	v := only(denies(snapshot({"subject": {"icp_number": "bad", "province": "XX"}, "websites": []}), "ICP901"))
	contains(v.msg, "e.g. 浙ICP备12345678号")
	w := only(denies(snapshot({"subject": {"icp_number": "bad", "province": "SH"}, "websites": []}), "ICP901"))
	contains(w.msg, "e.g. 沪ICP备12345678号")
}
