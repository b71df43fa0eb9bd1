package icp.filing_test

# moving: two websites, a transfer of shop open at alibaba-cloud.
moving(hosting) := object.union(two, {
	"hosting": hosting,
	"orders": [
		object.union(
			order("T-1", "transfer", "alibaba-cloud", "provider_review", "2026-11-10T08:00:00Z"),
			{"websites": ["shop"]},
		),
	],
})

test_icp305_fires_for_an_unserved_domain_in_transfer if {
	v := only(denies(
		moving([host("example.net", "other-cloud", true), host("www.example.net", "other-cloud", true)]),
		"ICP305",
	))
	v.path == "/websites/0/domains/0"
	v.website == "shop"
	v.domain == "example.com"
	contains(v.msg, "while transfer T-1 is open")
}

test_icp305_not_when_served_or_without_transfer if {
	count(denies(moving(two.hosting), "ICP305")) == 0
	abroad := [
		host("example.com", "aws", false),
		host("example.net", "other-cloud", true),
		host("www.example.net", "other-cloud", true),
	]
	count(denies(moving(abroad), "ICP305")) == 0
	count(denies(object.union(two, {"hosting": []}), "ICP305")) == 0
}

test_icp305_edge_closed_or_other_websites_transfer if {
	s := moving([host("example.com", "other-cloud", true)])

	# blog's domains are unserved, but only shop is in transfer
	{v.domain | some v in denies(s, "ICP305")} == set()
	rejected := object.union(s, {"orders": [object.union(s.orders[0], {"status": "rejected"})]})
	count(denies(rejected, "ICP305")) == 0
	every_site := object.union(s, {"orders": [object.remove(s.orders[0], ["websites"])]})
	{v.domain | some v in denies(every_site, "ICP305")} == {"example.net", "www.example.net"}
}

test_icp305_yunnan_refiles if {
	hosting := [host("example.net", "other-cloud", true), host("www.example.net", "other-cloud", true)]
	not contains(only(denies(moving(hosting), "ICP305")).msg, "filed again")
	yunnan := object.union(moving(hosting), {"subject": {"province": "YN"}})
	contains(
		only(denies(yunnan, "ICP305")).msg,
		"rejected, and in Yunnan the filing must then be cancelled and filed again.",
	)
}
