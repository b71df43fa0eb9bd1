package icp.filing_test

in_transfer(actual) := snapshot({
	"actual": actual,
	"orders": [order("T-1", "transfer", "alibaba-cloud", "administration_review", "2026-11-02T08:00:00Z")],
})

test_icp402_fires_during_a_transfer if {
	v := only(warns(in_transfer({"websites": {"shop": {"name": "Example Mall"}}}), "ICP402"))
	v.path == "/actual/websites/shop/name"
	v.website == "shop"
	v.severity == "warn"
	contains(v.msg, "cannot change while transfer T-1 is open")
}

test_icp402_not_when_actual_matches if {
	count(warns(in_transfer({"websites": {"shop": {"name": "Example Shop"}}}), "ICP402")) == 0
}

test_icp402_not_without_an_open_transfer if {
	some status in ["approved", "rejected", "abandoned"]
	s := snapshot({
		"actual": {"subject": {"type": "individual"}},
		"orders": [order("T-1", "transfer", "alibaba-cloud", status, "2026-11-02T08:00:00Z")],
	})
	count(warns(s, "ICP402")) == 0
	count(denies(s, "ICP401")) == 1
}

test_icp402_open_change_is_not_a_transfer if {
	s := snapshot({
		"actual": {"subject": {"type": "individual"}},
		"orders": [order("C-1", "change", "other-cloud", "provider_review", "2026-11-02T08:00:00Z")],
	})
	count(warns(s, "ICP402")) == 0
}
