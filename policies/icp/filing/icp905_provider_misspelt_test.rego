package icp.filing_test

import data.icp.filing

# decided(s, id): the violations of rule id in the decision on snapshot s,
# which reads provider aliases as their ids.
decided(s, id) := {v | d := filing.decision with input as s; some v in (d.deny | d.warn); v.rule == id}

test_icp905_fires_for_a_near_miss_in_hosting if {
	s := snapshot({"hosting": [host("example.com", "Alibaba Clod", true)]})
	v := only(decided(s, "ICP905"))
	v.severity == "warn"
	v.path == "/hosting/0/provider"
	v.domain == "example.com"
	v.provider == "alibaba-clod"
	contains(
		v.msg,
		concat(" ", [
			`Provider "Alibaba Clod" is not a provider the registry knows, but looks like alibaba-cloud`,
			`(Alibaba Cloud, 阿里云)`,
		]),
	)
}

test_icp905_fires_in_access_and_orders if {
	s := snapshot({
		"websites": [
			site({
				"access": [
					{"provider": "other-cloud", "status": "active"},
					{"provider": "tencnet", "status": "cancelled"},
				],
			}),
		],
		"orders": [order("T-1", "transfer", "huawei-clod", "approved", "2026-11-02T08:00:00Z")],
	})
	{[v.path, v.provider] | some v in decided(s, "ICP905")} == {
		["/websites/0/access/1/provider", "tencnet"],
		["/orders/0/provider", "huawei-clod"],
	}
}

test_icp905_not_for_ids_aliases_or_distant_names if {
	s := snapshot({
		"hosting": [host("example.com", "阿里云", false)],
		"orders": [order("T-1", "transfer", "my-idc", "approved", "2026-11-02T08:00:00Z")],
	})
	count(decided(s, "ICP905")) == 0
	count(decided(base, "ICP905")) == 0
}

test_icp905_edge_two_edits_from_a_long_name if {
	count(decided(snapshot({"hosting": [host("example.com", "tencet-clod", true)]}), "ICP905")) == 1
	count(decided(snapshot({"hosting": [host("example.com", "tncet-clod", true)]}), "ICP905")) == 0
}

test_alias_in_hosting_judged_as_its_id_by_icp104 if {
	payg := object.union(ecs, {"billing": "pay_as_you_go"})
	some written in ["aliyun", "Alibaba-Cloud", "阿里云"]
	s := snapshot({
		"websites": [site({"access": [{"provider": written, "status": "active"}]})],
		"hosting": [{"domain": "example.com", "provider": written, "mainland": true, "resource": payg}],
	})
	v := only(decided(s, "ICP104"))
	v.provider == "alibaba-cloud"
	count(decided(s, "ICP101")) == 0
}

test_alias_in_access_gives_access_at_the_id if {
	some written in ["aliyun", "Alibaba-Cloud", "阿里云"]
	s := snapshot({
		"websites": [site({"access": [{"provider": written, "status": "active"}]})],
		"hosting": [host("example.com", "alibaba-cloud", true)],
	})
	count(decided(s, "ICP101")) == 0
	d := filing.decision with input as s
	d.accessibility[0].state == "accessible"
}

test_alias_elsewhere_than_access_is_blocked_as_its_id if {
	s := snapshot({"hosting": [host("example.com", "ALIYUN", true)]})
	v := only(decided(s, "ICP101"))
	v.provider == "alibaba-cloud"
	contains(v.msg, "alibaba-cloud")
	d := filing.decision with input as s
	d.accessibility[0].state == "blocked"
}
