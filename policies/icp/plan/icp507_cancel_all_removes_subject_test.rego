package icp.plan_test

# at_tencent: shop and blog with active access at tencent-cloud too.
at_tencent := object.union(two, {"websites": [
	site({
		"access": [
			{"provider": "other-cloud", "status": "active"},
			{"provider": "tencent-cloud", "status": "active"},
		],
	}),
	object.union(
		blog,
		{
			"access": [
				{"provider": "other-cloud", "status": "active"},
				{"provider": "tencent-cloud", "status": "active"},
			],
		},
	),
]})

test_icp507_fires_when_the_last_access_at_tencent_ends if {
	v := only(warns(doc(at_tencent, [cancel("drop", "tencent-cloud", ["shop", "blog"])]), "ICP507"))
	v.action == "drop"
	v.path == "/actions/0"
	v.provider == "tencent-cloud"
	contains(v.msg, "of websites blog, shop, the last of the subject's websites with access there")
	contains(v.msg, "removes the subject from its ICP system")
}

test_icp507_not_while_a_website_keeps_access_or_elsewhere if {
	count(warns(doc(at_tencent, [cancel("drop", "tencent-cloud", ["shop"])]), "ICP507")) == 0
	count(warns(doc(two, [cancel("drop", "other-cloud", ["shop", "blog"])]), "ICP507")) == 0
}

test_icp507_edge_one_at_a_time_and_awaited_orders if {
	d := doc(at_tencent, [cancel("a", "tencent-cloud", ["shop"]), cancel("b", "tencent-cloud", ["blog"])])
	only(warns(d, "ICP507")).action == "b"

	# an awaited cancel_access order of the snapshot counts as the cancellation
	s := object.union(
		at_tencent,
		{
			"orders": [
				object.union(
					order("X-1", "cancel_access", "tencent-cloud", "provider_review"),
					{"websites": ["shop", "blog"]},
				),
			],
		},
	)
	v := only(warns(doc(s, [await_order("w", "X-1")]), "ICP507"))
	v.action == "w"
	startswith(v.msg, "Action w (awaiting order X-1, a cancel_access order) cancels the access at tencent-cloud")

	# an approved transfer gives an access entry that counts
	moved := doc(
		two,
		[
			xfer("xfer", "tencent-cloud", ["shop"]),
			await_action("ok", "xfer"),
			cancel("drop", "tencent-cloud", ["shop"]),
		],
	)
	only(warns(moved, "ICP507")).action == "drop"

	# an open transfer's serving status does not count
	open := doc(two, [xfer("xfer", "tencent-cloud", ["shop"]), cancel("drop", "tencent-cloud", ["shop"])])
	count(warns(open, "ICP507")) == 0
}

test_icp507_provider_from_data if {
	d := doc(two, [cancel("drop", "other-cloud", ["shop", "blog"])])
	count(warns(d, "ICP507")) == 1 with data.icp.providers["other-cloud"] as {"cancel_all_removes_subject": true}
}
