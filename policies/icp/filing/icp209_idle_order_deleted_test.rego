package icp.filing_test

idle(p, status, submitted) := snapshot({"orders": [object.union(
	order("A-1", "add_website", p, status, submitted),
	{"websites": ["shop"]},
)]})

test_icp209_fires_after_the_warning_days if {
	v := only(warns(idle("alibaba-cloud", "sms_verification", "2026-10-15T08:00:00Z"), "ICP209"))
	v.path == "/orders/0"
	v.order == "A-1"
	v.provider == "alibaba-cloud"
	contains(v.msg, "has been in sms_verification for 36 days since 2026-10-15T08:00:00Z")
	contains(v.msg, "within 45 days, and this one is due for deletion in 9 day(s)")
}

test_icp209_not_before_the_warning_or_elsewhere if {
	count(warns(idle("alibaba-cloud", "provider_review", "2026-10-22T08:00:01Z"), "ICP209")) == 0
	count(warns(idle("tencent-cloud", "provider_review", "2026-08-01T08:00:00Z"), "ICP209")) == 0
	count(warns(idle("alibaba-cloud", "administration_review", "2026-08-01T08:00:00Z"), "ICP209")) == 0
	count(warns(idle("alibaba-cloud", "approved", "2026-08-01T08:00:00Z"), "ICP209")) == 0
}

test_icp209_edge_exactly_the_warning_days if {
	count(warns(idle("alibaba-cloud", "provider_review", "2026-10-21T08:00:00Z"), "ICP209")) == 1
}

test_icp209_past_the_limit if {
	v := only(warns(idle("alibaba-cloud", "provider_review", "2026-10-01T08:00:00Z"), "ICP209"))
	contains(v.msg, "this one may be deleted already")
}

test_icp209_limits_from_data if {
	s := idle("tencent-cloud", "provider_review", "2026-11-10T08:00:00Z")
	count(warns(s, "ICP209")) == 1 with data.icp.providers["tencent-cloud"].order_idle_delete_days as 20
		with data.icp.providers["tencent-cloud"].order_idle_warning_days as 10

	# without warning days, the warning comes with the deletion
	count(warns(s, "ICP209")) == 0 with data.icp.providers["tencent-cloud"].order_idle_delete_days as 20
}
