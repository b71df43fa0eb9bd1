package icp.plan_test

test_icp204_fires_for_another_province if {
	v := only(denies(doc(base, [change_subject("move", "other-cloud", {"province": "SH"})]), "ICP204"))
	v.action == "move"
	v.path == "/actions/0"
	v.provider == "other-cloud"
	contains(v.msg, "from ZJ to SH")
}

test_icp204_not_for_the_same_province_or_other_fields if {
	count(denies(doc(base, [change_subject("c", "other-cloud", {"province": "ZJ", "name": "N"})]), "ICP204")) == 0
	count(denies(doc(base, [change_subject("c", "other-cloud", {"name": "N"})]), "ICP204")) == 0
}

test_icp204_judged_on_the_record_at_that_point if {
	d := doc(base, [
		change_subject("c1", "other-cloud", {"province": "SH"}),
		await_action("w", "c1"),
		change_subject("c2", "other-cloud", {"province": "SH"}),
	])
	only(denies(d, "ICP204")).action == "c1"
}
