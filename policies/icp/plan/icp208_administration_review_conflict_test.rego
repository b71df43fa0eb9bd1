package icp.plan_test

# reviewing: base with an add_website order in the administration's review
# at tencent-cloud.
reviewing := snapshot({
	"orders": [
		object.union(order("A-1", "add_website", "tencent-cloud", "administration_review"), {"websites": ["blog"]}),
	],
})

test_icp208_fires_for_an_order_submitted_elsewhere if {
	v := only(warns(doc(reviewing, [xfer("xfer", "alibaba-cloud", ["shop"])]), "ICP208"))
	v.action == "xfer"
	v.path == "/actions/0"
	v.provider == "alibaba-cloud"
	contains(v.msg, "while order A-1 of the subject is in the administration's review at tencent-cloud")
}

test_icp208_not_after_approval_or_at_the_same_provider if {
	count(warns(doc(reviewing, [await_order("w", "A-1"), xfer("xfer", "alibaba-cloud", ["shop"])]), "ICP208")) == 0

	# at the same provider ICP202 speaks
	d := doc(reviewing, [xfer("xfer", "tencent-cloud", ["shop"])])
	count(warns(d, "ICP208")) == 0
	count(denies(d, "ICP202")) == 1
	count(warns(doc(base, [xfer("xfer", "alibaba-cloud", ["shop"])]), "ICP208")) == 0
}

test_icp208_edge_not_where_icp201_fires_or_for_non_submitting_actions if {
	s := snapshot({
		"orders": [
			object.union(
				order("T-1", "transfer", "tencent-cloud", "administration_review"),
				{"websites": ["shop"]},
			),
		],
	})
	d := doc(s, [rename("rn", "shop", "other-cloud")])
	count(warns(d, "ICP208")) == 0
	count(denies(d, "ICP201")) == 1
	count(warns(doc(reviewing, [point("dns", "example.com", "other-cloud", true)]), "ICP208")) == 0

	# an order in provider_review is not in the administration's review
	early := snapshot({"orders": [order("A-1", "add_website", "tencent-cloud", "provider_review")]})
	count(warns(doc(early, [xfer("xfer", "alibaba-cloud", ["shop"])]), "ICP208")) == 0
}
