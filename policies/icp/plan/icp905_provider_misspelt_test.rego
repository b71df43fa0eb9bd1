package icp.plan_test

import data.icp.plan

decided(d, id) := {v | r := plan.decision with input as d; some v in (r.deny | r.warn); v.rule == id}

test_icp905_fires_for_the_plan_and_its_actions if {
	d := {
		"filing": base,
		"plan": {
			"kind": "DeploymentPlan",
			"version": 1,
			"provider": "aliyn",
			"actions": [point("dns", "example.com", "tencnet-cloud", false)],
		},
	}
	{[v.path, object.get(v, "action", ""), v.provider] | some v in decided(d, "ICP905")} == {
		["/provider", "", "aliyn"],
		["/actions/0/provider", "dns", "tencnet-cloud"],
	}
}

test_icp905_not_for_aliases_or_distant_names if {
	count(decided(doc(base, [point("dns", "example.com", "Tencent Cloud", false)]), "ICP905")) == 0
	count(decided(doc(base, [point("dns", "example.com", "my-idc", false)]), "ICP905")) == 0
}

test_alias_in_a_plan_is_judged_as_its_id if {
	some written in ["aliyun", "Alibaba-Cloud", "阿里云"]
	payg := object.union(ecs, {"billing": "pay_as_you_go"})
	d := doc(base, [object.union(point("dns", "example.com", written, true), {"resource": payg})])
	{v.rule | some v in (decided(d, "ICP101") | decided(d, "ICP104"))} == {"ICP101", "ICP104"}
	some v in decided(d, "ICP101")
	v.provider == "alibaba-cloud"
}

test_alias_transfer_then_point_at_the_id_is_fine if {
	d := doc(base, [
		xfer("xfer", "aliyun", ["shop"]),
		await_action("wait", "xfer"),
		point("dns", "example.com", "阿里云", true),
	])
	count(decided(d, "ICP101")) == 0
}
