package icp.filing_test

rejected := object.union(
	order("T-1", "transfer", "alibaba-cloud", "rejected", "2026-11-02T08:00:00Z"),
	{"websites": ["shop"], "decided_at": "2026-11-06T08:00:00Z", "rejection_reasons": ["administrator photo unclear"]},
)

test_icp301_fires_for_a_rejected_transfer if {
	v := only(warns(snapshot({"orders": [rejected]}), "ICP301"))
	v.path == "/orders/0"
	v.order == "T-1"
	v.provider == "alibaba-cloud"
	v.website == "shop"
	contains(v.msg, "was rejected (reasons: administrator photo unclear)")
}

test_icp301_not_when_resubmitted_or_approved if {
	some status in ["provider_review", "sms_verification", "administration_review", "approved"]
	later := object.union(
		order("T-2", "transfer", "alibaba-cloud", status, "2026-11-08T08:00:00Z"),
		{"websites": ["shop"]},
	)
	count(warns(snapshot({"orders": [rejected, later]}), "ICP301")) == 0
}

test_icp301_later_transfer_elsewhere_does_not_count if {
	later := order("T-2", "transfer", "tencent-cloud", "provider_review", "2026-11-08T08:00:00Z")
	count(warns(snapshot({"orders": [rejected, later]}), "ICP301")) == 1
}

test_icp301_earlier_transfer_does_not_count if {
	before := order("T-0", "transfer", "alibaba-cloud", "approved", "2026-10-08T08:00:00Z")
	count(warns(snapshot({"orders": [before, rejected]}), "ICP301")) == 1
}

test_icp301_resubmission_for_some_websites_only if {
	r := object.union(rejected, {"websites": ["shop", "blog"], "rejection_reasons": []})
	later := object.union(
		order("T-2", "transfer", "alibaba-cloud", "provider_review", "2026-11-08T08:00:00Z"),
		{"websites": ["shop"]},
	)
	v := only(warns(object.union(two, {"orders": [r, later]}), "ICP301"))
	v.website == "blog"
	contains(v.msg, "was rejected and no later transfer")
}

test_icp301_not_for_other_statuses if {
	some status in ["abandoned", "expired", "approved", "provider_review"]
	count(warns(snapshot({"orders": [object.union(rejected, {"status": status})]}), "ICP301")) == 0
}
