package icp.filing_test

test_icp202_fires_on_the_later_order if {
	s := snapshot({"orders": [
		order("A-1", "add_website", "other-cloud", "provider_review", "2026-11-01T08:00:00Z"),
		order("C-1", "change", "other-cloud", "sms_verification", "2026-11-10T08:00:00Z"),
	]})
	v := only(denies(s, "ICP202"))
	v.path == "/orders/1"
	v.order == "C-1"
	v.provider == "other-cloud"
	contains(v.msg, "Finish or abandon A-1 first")
}

test_icp202_not_at_different_providers if {
	s := snapshot({"orders": [
		order("A-1", "add_website", "other-cloud", "provider_review", "2026-11-01T08:00:00Z"),
		order("C-1", "change", "huawei-cloud", "provider_review", "2026-11-10T08:00:00Z"),
	]})
	count(denies(s, "ICP202")) == 0
}

test_icp202_not_beside_a_closed_order if {
	s := snapshot({"orders": [
		order("A-1", "add_website", "other-cloud", "approved", "2026-11-01T08:00:00Z"),
		order("C-1", "change", "other-cloud", "provider_review", "2026-11-10T08:00:00Z"),
	]})
	count(denies(s, "ICP202")) == 0
}

test_icp202_earlier_by_submitted_at_not_list_place if {
	s := snapshot({"orders": [
		order("C-2", "change", "other-cloud", "provider_review", "2026-11-12T08:00:00Z"),
		order("C-1", "change", "other-cloud", "provider_review", "2026-11-10T08:00:00Z"),
	]})
	v := only(denies(s, "ICP202"))
	v.order == "C-2"
	v.path == "/orders/0"
}

test_icp202_list_place_without_times if {
	s := snapshot({"orders": [
		{"id": "C-1", "type": "change", "provider": "other-cloud", "status": "provider_review"},
		{
			"id": "C-2",
			"type": "change",
			"provider": "other-cloud",
			"status": "provider_review",
			"submitted_at": "2026-11-01T08:00:00Z",
		},
		{
			"id": "C-3",
			"type": "change",
			"provider": "other-cloud",
			"status": "provider_review",
			"submitted_at": "2026-11-01T16:00:00+08:00",
		},
	]})
	{v.order | some v in denies(s, "ICP202")} == {"C-2", "C-3"}
}

test_icp202_not_where_icp201_fires if {
	s := snapshot({"orders": [
		order("T-1", "transfer", "alibaba-cloud", "provider_review", "2026-11-01T08:00:00Z"),
		order("C-1", "change", "alibaba-cloud", "provider_review", "2026-11-10T08:00:00Z"),
	]})
	count(denies(s, "ICP202")) == 0
	count(denies(s, "ICP201")) == 1
}

test_icp202_transfer_after_a_change if {
	s := snapshot({"orders": [
		order("C-1", "change", "alibaba-cloud", "provider_review", "2026-11-01T08:00:00Z"),
		order("T-1", "transfer", "alibaba-cloud", "provider_review", "2026-11-10T08:00:00Z"),
	]})
	v := only(denies(s, "ICP202"))
	v.order == "T-1"
	only(denies(s, "ICP201")).order == "C-1"
}
