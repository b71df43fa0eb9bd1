package icp.plan_test

test_icp202_second_order_at_one_provider if {
	d := doc(base, [rename("rename", "shop", "other-cloud"), change_subject("subject", "other-cloud", {"name": "N"})])
	v := only(denies(d, "ICP202"))
	v.action == "subject"
	v.path == "/actions/1"
	v.provider == "other-cloud"
	contains(v.msg, "while order rename of the subject is still open there")
}

test_icp202_not_at_another_provider_or_once_awaited if {
	count(denies(
		doc(
			base,
			[rename("rename", "shop", "other-cloud"), change_subject("subject", "huawei-cloud", {"name": "N"})],
		),
		"ICP202",
	)) == 0
	count(denies(
		doc(
			base,
			[
				rename("rename", "shop", "other-cloud"),
				await_action("w", "rename"),
				change_subject("subject", "other-cloud", {"name": "N"}),
			],
		),
		"ICP202",
	)) == 0
}

test_icp202_snapshot_order_and_plan_provider if {
	s := snapshot({"orders": [order("A-1", "add_website", "alibaba-cloud", "sms_verification")]})
	a := object.remove(add("add", "x", "add_new_website", newsite), ["provider"])
	v := only(denies(doc(s, [a]), "ICP202"))
	v.provider == "alibaba-cloud"
	contains(v.msg, "order A-1")
	count(denies(
		doc(snapshot({"orders": [order("A-1", "add_website", "alibaba-cloud", "rejected")]}), [a]),
		"ICP202",
	)) == 0
}

test_icp202_not_where_icp201_fires if {
	d := doc(base, [rename("rename", "shop", "alibaba-cloud"), xfer("xfer", "alibaba-cloud", ["shop"])])
	count(denies(d, "ICP202")) == 0
	only(denies(d, "ICP201")).action == "xfer"
}

test_icp202_not_for_non_submitting_actions if {
	s := snapshot({"orders": [order("T-1", "transfer", "other-cloud", "provider_review")]})
	count(denies(doc(s, [cancel("drop", "other-cloud", ["shop"])]), "ICP202")) == 0
}
