package icp.filing_test

# in_review(o1, o2): base with two orders (websites shop) in the given form.
in_review(a, b) := snapshot({"orders": [a, b]})

review(id, type, p, submitted) := object.union(
	order(id, type, p, "administration_review", submitted),
	{"websites": ["shop"]},
)

test_icp208_fires_for_two_providers_in_review if {
	s := in_review(
		review("C-1", "add_website", "tencent-cloud", "2026-11-12T08:00:00Z"),
		review("T-1", "transfer", "alibaba-cloud", "2026-11-10T08:00:00Z"),
	)
	v := only(warns(s, "ICP208"))
	v.path == "/orders/0"
	v.order == "C-1"
	v.provider == "tencent-cloud"
	contains(v.msg, "while order T-1 (transfer), submitted earlier at alibaba-cloud, is in review too")
	contains(v.msg, "主办者冲突")
}

test_icp208_not_for_one_in_review if {
	s := in_review(
		review("C-1", "add_website", "tencent-cloud", "2026-11-12T08:00:00Z"),
		object.union(review("T-1", "transfer", "alibaba-cloud", "2026-11-10T08:00:00Z"), {"status": "provider_review"}),
	)
	count(warns(s, "ICP208")) == 0
	approved := in_review(
		review("C-1", "add_website", "tencent-cloud", "2026-11-12T08:00:00Z"),
		object.union(review("T-1", "transfer", "alibaba-cloud", "2026-11-10T08:00:00Z"), {"status": "approved"}),
	)
	count(warns(approved, "ICP208")) == 0
}

test_icp208_edge_same_provider_or_change_beside_transfer if {
	# two in review at one provider: ICP202's business
	same := in_review(
		review("C-1", "add_website", "alibaba-cloud", "2026-11-12T08:00:00Z"),
		review("T-1", "transfer", "alibaba-cloud", "2026-11-10T08:00:00Z"),
	)
	count(warns(same, "ICP208")) == 0
	count(denies(same, "ICP202")) == 1

	# a change beside a transfer: ICP201's business
	change := in_review(
		review("C-1", "change", "tencent-cloud", "2026-11-12T08:00:00Z"),
		review("T-1", "transfer", "alibaba-cloud", "2026-11-10T08:00:00Z"),
	)
	count(warns(change, "ICP208")) == 0
	count(denies(change, "ICP201")) == 1
}

test_icp208_same_time_later_in_the_list if {
	s := in_review(
		review("A-1", "add_website", "tencent-cloud", "2026-11-10T08:00:00Z"),
		review("A-2", "add_website", "huawei-cloud", "2026-11-10T08:00:00Z"),
	)
	only(warns(s, "ICP208")).order == "A-2"
}
