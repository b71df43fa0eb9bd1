package icp.plan_test

in_review := snapshot({"orders": [order("T-1", "transfer", "alibaba-cloud", "administration_review")]})

test_icp201_change_while_a_snapshot_transfer_is_open if {
	v := only(denies(doc(in_review, [rename("rename", "shop", "other-cloud")]), "ICP201"))
	v.action == "rename"
	v.path == "/actions/0"
	v.website == "shop"
	v.provider == "other-cloud"
	contains(v.msg, "while transfer T-1 is open")
}

test_icp201_not_once_the_transfer_is_approved if {
	count(denies(doc(in_review, [await_order("wait", "T-1"), rename("rename", "shop", "other-cloud")]), "ICP201")) == 0
	count(denies(doc(base, [rename("rename", "shop", "other-cloud")]), "ICP201")) == 0
}

test_icp201_change_while_a_plan_transfer_is_not_awaited if {
	d := doc(base, [xfer("xfer", "alibaba-cloud", ["shop"]), change_subject("c", "other-cloud", {"name": "N"})])
	v := only(denies(d, "ICP201"))
	v.path == "/actions/1"
	not v.website
	contains(v.msg, "a change of the subject")
	e := doc(
		base,
		[
			xfer("xfer", "alibaba-cloud", ["shop"]),
			await_action("w", "xfer"),
			change_subject("c", "other-cloud", {"name": "N"}),
		],
	)
	count(denies(e, "ICP201")) == 0
}

test_icp201_transfer_while_a_change_is_open if {
	d := doc(base, [rename("rename", "shop", "other-cloud"), xfer("xfer", "alibaba-cloud", ["shop"])])
	v := only(denies(d, "ICP201"))
	v.action == "xfer"
	v.path == "/actions/1"
	v.provider == "alibaba-cloud"
	contains(v.msg, "while change rename is open")
	e := doc(
		base,
		[rename("rename", "shop", "other-cloud"), await_action("w", "rename"), xfer("xfer", "alibaba-cloud", ["shop"])],
	)
	count(denies(e, "ICP201")) == 0
}

test_icp201_withdrawn_transfer_is_not_open if {
	count(denies(doc(in_review, [withdraw("w", "T-1"), rename("rename", "shop", "other-cloud")]), "ICP201")) == 0
}
