package icp.filing_test

expiring(expires) := snapshot({
	"hosting": [
		object.union(
			host("example.com", "other-cloud", true),
			{"resource": {"id": "i-abc", "expires_at": expires}},
		),
	],
})

test_icp105_fires_within_30_days if {
	v := only(warns(expiring("2026-12-01T08:00:00Z"), "ICP105"))
	v.path == "/hosting/0/resource/expires_at"
	v.domain == "example.com"
	v.website == "shop"
	v.provider == "other-cloud"
	contains(v.msg, "expires on 2026-12-01T08:00:00Z, in 11 days")
}

test_icp105_not_far_off if {
	count(warns(base, "ICP105")) == 0
}

test_icp105_edge_30_and_31_days if {
	count(warns(expiring("2026-12-20T08:00:00Z"), "ICP105")) == 1
	count(warns(expiring("2026-12-21T07:59:59Z"), "ICP105")) == 1
	count(warns(expiring("2026-12-21T08:00:00Z"), "ICP105")) == 0
}

test_icp105_expired_and_near if {
	v := only(warns(expiring("2026-11-19T00:00:00Z"), "ICP105"))
	contains(v.msg, "expired on 2026-11-19T00:00:00Z")
	w := only(warns(expiring("2026-11-20T09:00:00Z"), "ICP105"))
	contains(w.msg, "within a day")
	x := only(warns(expiring("2026-11-21T09:00:00Z"), "ICP105"))
	contains(x.msg, "in 1 day")
	y := only(warns(
		snapshot({
			"hosting": [
				{
					"domain": "example.com",
					"provider": "other-cloud",
					"mainland": true,
					"resource": {"expires_at": "2026-11-25T09:00:00Z"},
				},
			],
		}),
		"ICP105",
	))
	startswith(y.msg, "The resource serving")
}

test_icp105_not_for_unfiled_domain if {
	s := snapshot({
		"websites": [object.remove(shop, ["icp_number"])],
		"hosting": expiring("2026-11-25T00:00:00Z").hosting,
	})
	count(warns(s, "ICP105")) == 0
}

test_icp105_threshold_from_data if {
	count(warns(expiring("2026-12-10T08:00:00Z"), "ICP105")) == 0 with data.icp.thresholds as {"expiry_warning_days": 7}
	count(warns(expiring("2026-11-27T08:00:00Z"), "ICP105")) == 1 with data.icp.thresholds as {"expiry_warning_days": 7}
	count(warns(expiring("2026-12-10T08:00:00Z"), "ICP105")) == 1 with data.icp.thresholds as {}
}
