package icp.plan_test

import data.icp.plan

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

# issue 16.2: the id of a filed website of the snapshot, added again without
# a number, is judged by the snapshot's number; awaiting it still answers.
test_icp103_website_of_the_snapshot if {
	again := add("again", "other-cloud", "add_new_website", {"id": "shop", "name": "Shop", "domains": ["example.com"]})
	v := only(denies(doc(base, [again]), "ICP103"))
	contains(v.msg, "the snapshot already has website shop with ICP number 浙ICP备12345678号-1")
	d := doc(base, [again, await_action("w", "again")])
	count(denies(d, "ICP103")) == 1
	es := plan.accessibility with input as d
	count(es) == 2
	transfer := add("again", "other-cloud", "new_transfer", {"id": "shop", "name": "Shop", "domains": ["example.com"]})
	count(denies(doc(base, [transfer]), "ICP103")) == 0
}
