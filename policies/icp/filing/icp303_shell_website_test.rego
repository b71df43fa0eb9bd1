package icp.filing_test

shell := snapshot({"websites": [site({"access": [{"provider": "other-cloud", "status": "cancelled"}]})]})

test_icp303_fires_for_a_filed_website_without_access if {
	v := only(denies(shell, "ICP303"))
	v.path == "/websites/0"
	v.website == "shop"
	contains(v.msg, "shell website")
}

test_icp303_not_with_active_access if {
	count(denies(base, "ICP303")) == 0
}

test_icp303_not_with_a_transfer_pending if {
	some status in ["provider_review", "sms_verification", "administration_review", "rejected"]
	s := object.union(shell, {"orders": [order("T-1", "transfer", "alibaba-cloud", status, "2026-11-02T08:00:00Z")]})
	count(denies(s, "ICP303")) == 0
}

test_icp303_approved_transfer_is_not_access if {
	some status in ["approved", "abandoned", "expired"]
	s := object.union(shell, {"orders": [order("T-1", "transfer", "alibaba-cloud", status, "2026-11-02T08:00:00Z")]})
	count(denies(s, "ICP303")) == 1
}

test_icp303_not_for_unfiled_websites if {
	count(denies(object.union(shell, {"subject": {"status": "deregistered"}}), "ICP303")) == 0
	count(denies(snapshot({"websites": [object.remove(shell.websites[0], ["icp_number"])]}), "ICP303")) == 0
	count(denies(snapshot({"websites": [site({"access": [], "status": "deregistered"})]}), "ICP303")) == 0
}

test_icp303_no_access_list if {
	count(denies(snapshot({"websites": [object.remove(shop, ["access"])]}), "ICP303")) == 1
}
