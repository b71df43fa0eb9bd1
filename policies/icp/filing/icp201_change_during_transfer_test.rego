package icp.filing_test

transfer_open := order("T-1", "transfer", "alibaba-cloud", "administration_review", "2026-11-02T08:00:00Z")

test_icp201_fires_on_the_change_order if {
	s := snapshot({"orders": [
		transfer_open,
		order("C-1", "change", "other-cloud", "provider_review", "2026-11-10T08:00:00Z"),
	]})
	v := only(denies(s, "ICP201"))
	v.path == "/orders/1"
	v.order == "C-1"
	v.provider == "other-cloud"
	contains(v.msg, "while transfer T-1 is open")
}

test_icp201_not_without_open_transfer if {
	some status in ["approved", "rejected", "abandoned", "expired"]
	s := snapshot({"orders": [
		order("T-1", "transfer", "alibaba-cloud", status, "2026-11-02T08:00:00Z"),
		order("C-1", "change", "other-cloud", "provider_review", "2026-11-10T08:00:00Z"),
	]})
	count(denies(s, "ICP201")) == 0
}

test_icp201_not_for_a_closed_change if {
	some status in ["approved", "rejected", "abandoned", "expired"]
	s := snapshot({"orders": [transfer_open, order("C-1", "change", "other-cloud", status, "2026-11-10T08:00:00Z")]})
	count(denies(s, "ICP201")) == 0
}

test_icp201_every_open_status if {
	some status in ["provider_review", "sms_verification", "administration_review"]
	s := snapshot({"orders": [
		order("T-1", "transfer", "alibaba-cloud", status, "2026-11-02T08:00:00Z"),
		order("C-1", "change", "alibaba-cloud", status, "2026-10-01T08:00:00Z"),
	]})
	count(denies(s, "ICP201")) == 1
}
