package icp.plan_test

cancelling := snapshot({"orders": [
	object.union(order("N-1", "cancel_number", "other-cloud", "provider_review"), {"scope": "subject"}),
	object.union(order("X-1", "cancel_access", "other-cloud", "administration_review"), {"websites": ["shop"]}),
	object.union(order("X-2", "cancel_access", "other-cloud", "provider_review"), {"websites": ["shop"]}),
	order("T-1", "transfer", "alibaba-cloud", "provider_review"),
]})

test_icp505_withdraw_a_cancel_number if {
	v := only(denies(doc(cancelling, [withdraw("undo", "N-1")]), "ICP505"))
	v.action == "undo"
	v.path == "/actions/0"
	v.order == "N-1"
	v.provider == "other-cloud"
	contains(v.msg, "withdraws order N-1 (cancel_number at other-cloud, provider_review)")
}

test_icp505_not_for_other_orders if {
	count(denies(doc(cancelling, [withdraw("w", "T-1"), abandon("a", "X-2")]), "ICP505")) == 0
}

test_icp505_cancel_access_at_the_administration if {
	v := only(denies(doc(cancelling, [abandon("undo", "X-1")]), "ICP505"))
	contains(v.msg, "abandons order X-1")
	contains(v.msg, "once they reach the administration")
}

test_icp505_refused_withdrawal_leaves_the_order if {
	vs := denies(doc(cancelling, [withdraw("w1", "N-1"), withdraw("w2", "N-1")]), "ICP505")
	{v.path | some v in vs} == {"/actions/0", "/actions/1"}
	count(denies(doc(cancelling, [withdraw("w1", "X-2"), withdraw("w2", "X-2")]), "ICP904")) == 1
}
