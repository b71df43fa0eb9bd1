package icp.filing_test

# no_access: shop with no active access anywhere, one transfer to alibaba-cloud
# submitted `days` ago with the given status.
no_access(status, submitted) := snapshot({
	"websites": [site({"access": [{"provider": "other-cloud", "status": "cancelled"}]})],
	"orders": [order("T-1", "transfer", "alibaba-cloud", status, submitted)],
})

test_icp302_fires_after_46_days if {
	v := only(warns(no_access("administration_review", "2026-10-05T08:00:00Z"), "ICP302"))
	v.path == "/orders/0"
	v.website == "shop"
	v.order == "T-1"
	v.provider == "alibaba-cloud"
	contains(v.msg, "pending for a long time (45 days by the current setting; 46 days since 2026-10-05T08:00:00Z)")
	not contains(v.msg, "after 45 days")
}

test_icp302_edge_45_days if {
	count(warns(no_access("administration_review", "2026-10-06T08:00:00Z"), "ICP302")) == 0
	count(warns(no_access("administration_review", "2026-10-05T08:00:01Z"), "ICP302")) == 0
}

test_icp302_not_with_access_elsewhere if {
	s := object.union(no_access("provider_review", "2026-09-01T08:00:00Z"), {"websites": [shop]})
	count(warns(s, "ICP302")) == 0
}

test_icp302_rejected_transfer_is_pending if {
	count(warns(no_access("rejected", "2026-09-01T08:00:00Z"), "ICP302")) == 1
}

test_icp302_not_for_closed_transfers if {
	some status in ["approved", "abandoned", "expired"]
	count(warns(no_access(status, "2026-09-01T08:00:00Z"), "ICP302")) == 0
}

test_icp302_tencent_review_gives_access if {
	s := snapshot({
		"websites": [site({"access": []})],
		"orders": [order("T-1", "transfer", "tencent-cloud", "sms_verification", "2026-09-01T08:00:00Z")],
	})
	count(warns(s, "ICP302")) == 0
}

test_icp302_superseded_rejection_not_pending if {
	s := object.union(no_access("rejected", "2026-09-01T08:00:00Z"), {"orders": [
		order("T-1", "transfer", "alibaba-cloud", "rejected", "2026-09-01T08:00:00Z"),
		order("T-2", "transfer", "alibaba-cloud", "provider_review", "2026-11-10T08:00:00Z"),
	]})
	count(warns(s, "ICP302")) == 0
}

test_icp302_threshold_from_data if {
	v := only(warns(
		no_access("provider_review", "2026-11-01T08:00:00Z"),
		"ICP302",
	)) with data.icp.thresholds.stale_transfer_days as 10
	contains(v.msg, "(10 days by the current setting; 19 days since")
}

test_icp302_one_warning_per_transfer_naming_its_websites if {
	gone := [{"provider": "other-cloud", "status": "cancelled"}]
	s := object.union(two, {
		"websites": [site({"access": gone}), object.union(blog, {"access": gone})],
		"hosting": [],
		"orders": [order("T-1", "transfer", "alibaba-cloud", "administration_review", "2026-09-01T08:00:00Z")],
	})
	v := only(warns(s, "ICP302"))
	v.websites == ["blog", "shop"]
	not v.website
	contains(v.msg, "for websites blog, shop, which have no active access at any provider")
	contains(v.msg, "for a long time (45 days by the current setting; 80 days since 2026-09-01T08:00:00Z)")
	{d: st | some d, st in states(s)} == {
		"example.com": ["not_served", ["ICP302"]],
		"example.net": ["not_served", ["ICP302"]],
		"www.example.net": ["not_served", ["ICP302"]],
	}
}

test_icp302_only_the_websites_without_access_are_named if {
	s := object.union(two, {
		"websites": [site({"access": [{"provider": "other-cloud", "status": "cancelled"}]}), blog],
		"orders": [order("T-1", "transfer", "alibaba-cloud", "administration_review", "2026-09-01T08:00:00Z")],
	})
	v := only(warns(s, "ICP302"))
	v.website == "shop"
	contains(v.msg, "for website shop, which has no active access")
	states(s)["example.net"] == ["accessible", []]
}

test_icp302_is_a_reason_of_a_domain_not_served if {
	s := object.union(no_access("administration_review", "2026-09-01T08:00:00Z"), {"hosting": []})
	states(s)["example.com"] == ["not_served", ["ICP302"]]
}
