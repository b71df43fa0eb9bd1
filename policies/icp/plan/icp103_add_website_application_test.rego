package icp.plan_test

test_icp103_add_new_website_with_a_number if {
	w := object.union(newsite, {"icp_number": "浙ICP备87654321号-3"})
	v := only(denies(doc(base, [add("add", "other-cloud", "add_new_website", w)]), "ICP103"))
	v.action == "add"
	v.path == "/actions/0"
	v.website == "docs"
	v.provider == "other-cloud"
	contains(v.msg, "New ICP Filing Transfer (new_transfer)")
}

test_icp103_not_for_the_right_application if {
	w := object.union(newsite, {"icp_number": "浙ICP备87654321号-3"})
	count(denies(doc(base, [add("add", "other-cloud", "new_transfer", w)]), "ICP103")) == 0
	count(denies(doc(base, [add("add", "other-cloud", "add_new_website", newsite)]), "ICP103")) == 0
}

test_icp103_new_transfer_without_a_number if {
	v := only(denies(doc(base, [add("add", "other-cloud", "new_transfer", newsite)]), "ICP103"))
	contains(v.msg, "Use Add New Website (add_new_website)")
	w := object.union(newsite, {"icp_number": ""})
	count(denies(doc(base, [add("add", "other-cloud", "new_transfer", w)]), "ICP103")) == 1
	count(denies(doc(base, [add("add", "other-cloud", "add_new_website", w)]), "ICP103")) == 0
}

test_icp103_provider_from_the_plan if {
	a := object.remove(add("add", "other-cloud", "new_transfer", newsite), ["provider"])
	only(denies(doc(base, [a]), "ICP103")).provider == "alibaba-cloud"
	d := {"filing": base, "plan": {"kind": "DeploymentPlan", "version": 1, "actions": [a]}}
	not only(denies(d, "ICP103")).provider
}
