package icp.filing_test

test_icp101_fires_at_provider_without_access if {
	s := snapshot({"hosting": [host("example.com", "alibaba-cloud", true)]})
	v := only(denies(s, "ICP101"))
	v.path == "/hosting/0"
	v.website == "shop"
	v.domain == "example.com"
	v.provider == "alibaba-cloud"
	v.severity == "deny"
	v.sources == ["faq:must-transfer", "faq:cancel-transfer", "A13"]
	v.title == "Domain served by a provider without active access"
	contains(v.msg, "active access (other-cloud) until a transfer of shop to alibaba-cloud is approved")
}

test_icp101_not_at_provider_with_access if {
	count(denies(base, "ICP101")) == 0
}

test_icp101_not_served_abroad if {
	s := snapshot({"hosting": [host("example.com", "aws", false)]})
	count(denies(s, "ICP101")) == 0
}

test_icp101_cancelled_access_fires if {
	s := snapshot({"websites": [site({"access": [{"provider": "other-cloud", "status": "cancelled"}]})]})
	v := only(denies(s, "ICP101"))
	v.provider == "other-cloud"
	not contains(v.msg, "active access (")
}

test_icp101_only_the_entry_without_access if {
	s := snapshot({"hosting": [host("example.com", "other-cloud", true), host("example.com", "alibaba-cloud", true)]})
	v := only(denies(s, "ICP101"))
	v.path == "/hosting/1"
}

test_icp101_open_transfer_to_alibaba_gives_no_access if {
	s := snapshot({
		"hosting": [host("example.com", "alibaba-cloud", true)],
		"orders": [order("T-1", "transfer", "alibaba-cloud", "administration_review", "2026-11-02T08:00:00Z")],
	})
	v := only(denies(s, "ICP101"))
	contains(v.msg, "until the open transfer to alibaba-cloud is approved")
}

test_icp101_tencent_serves_during_its_transfer if {
	some status in ["sms_verification", "administration_review"]
	s := snapshot({
		"hosting": [host("example.com", "tencent-cloud", true)],
		"orders": [order("T-1", "transfer", "tencent-cloud", status, "2026-11-02T08:00:00Z")],
	})
	count(denies(s, "ICP101")) == 0
}

test_icp101_tencent_not_in_its_own_review if {
	s := snapshot({
		"hosting": [host("example.com", "tencent-cloud", true)],
		"orders": [order("T-1", "transfer", "tencent-cloud", "provider_review", "2026-11-02T08:00:00Z")],
	})
	count(denies(s, "ICP101")) == 1
}

test_icp101_transfer_of_another_website_gives_no_access if {
	s := snapshot({
		"hosting": [host("example.com", "tencent-cloud", true)],
		"orders": [object.union(
			order("T-1", "transfer", "tencent-cloud", "sms_verification", "2026-11-02T08:00:00Z"),
			{"websites": ["blog"]},
		)],
	})
	count(denies(s, "ICP101")) == 1
}

test_icp101_user_provider_data if {
	s := snapshot({
		"hosting": [host("example.com", "alibaba-cloud", true)],
		"orders": [order("T-1", "transfer", "alibaba-cloud", "administration_review", "2026-11-02T08:00:00Z")],
	})
	count(denies(s, "ICP101")) == 0 with data.icp.providers as {
		"alibaba-cloud": {"access_during_transfer": ["administration_review"]},
	}
}

test_icp101_unfiled_domain_served_from_mainland if {
	s := snapshot({"hosting": [
		host("example.com", "other-cloud", true),
		host("unfiled.example.org", "other-cloud", true),
	]})
	v := only(denies(s, "ICP101"))
	v.path == "/hosting/1"
	v.domain == "unfiled.example.org"
	not v.website
	contains(v.msg, "belongs to no filed website")
}

test_icp101_deregistered_website_domain if {
	s := snapshot({"websites": [site({"status": "deregistered"})]})
	v := only(denies(s, "ICP101"))
	not v.website
}

test_icp101_open_transfer_of_another_website_is_not_awaited if {
	s := snapshot({
		"hosting": [host("example.com", "alibaba-cloud", true)],
		"orders": [object.union(
			order("T-1", "transfer", "alibaba-cloud", "administration_review", "2026-11-02T08:00:00Z"),
			{"websites": ["blog"]},
		)],
	})
	v := only(denies(s, "ICP101"))
	contains(v.msg, "until a transfer of shop to alibaba-cloud is approved")
}

test_icp101_open_transfer_listing_the_website_is_awaited if {
	s := snapshot({
		"hosting": [host("example.com", "alibaba-cloud", true)],
		"orders": [object.union(
			order("T-1", "transfer", "alibaba-cloud", "provider_review", "2026-11-02T08:00:00Z"),
			{"websites": ["blog", "shop"]},
		)],
	})
	v := only(denies(s, "ICP101"))
	contains(v.msg, "until the open transfer to alibaba-cloud is approved")
}
