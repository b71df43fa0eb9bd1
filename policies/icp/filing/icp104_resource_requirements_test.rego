package icp.filing_test

alibaba(resource, mainland) := snapshot({
	"websites": [site({"access": [{"provider": "alibaba-cloud", "status": "active"}]})],
	"hosting": [{"domain": "example.com", "provider": "alibaba-cloud", "mainland": mainland, "resource": resource}],
})

test_icp104_fires_for_pay_as_you_go if {
	v := only(denies(alibaba(object.union(ecs, {"billing": "pay_as_you_go"}), true), "ICP104"))
	v.path == "/hosting/0/resource"
	v.domain == "example.com"
	v.website == "shop"
	v.provider == "alibaba-cloud"
	contains(v.msg, "Resource i-abc (ecs)")
	contains(v.msg, "its billing is pay_as_you_go (it must be subscription)")
}

test_icp104_not_for_a_good_instance if {
	count(denies(alibaba(ecs, true), "ICP104")) == 0
}

test_icp104_term_edge if {
	count(denies(alibaba(object.union(ecs, {"term_months": 3}), true), "ICP104")) == 0
	v := only(denies(alibaba(object.union(ecs, {"term_months": 2}), true), "ICP104"))
	contains(v.msg, "its term is 2 month(s) (at least 3 required)")
}

test_icp104_no_public_ip if {
	v := only(denies(alibaba(object.union(ecs, {"public_ip": false}), true), "ICP104"))
	contains(v.msg, "no public IP")
}

test_icp104_hong_kong_server_not_judged if {
	payg := object.union(ecs, {"billing": "pay_as_you_go", "term_months": 1})
	count(denies(alibaba(payg, false), "ICP104")) == 0
	count(denies(alibaba(payg, true), "ICP104")) == 1
}

test_icp104_several_problems_one_violation if {
	r := {"type": "ecs", "billing": "pay_as_you_go", "term_months": 1, "public_ip": false}
	v := only(denies(alibaba(r, true), "ICP104"))
	contains(v.msg, "The ecs resource serving")
	contains(v.msg, "billing")
	contains(v.msg, "term")
	contains(v.msg, "public IP")
}

test_icp104_missing_fields_not_judged if {
	count(denies(alibaba({"type": "ecs"}, true), "ICP104")) == 0
}

test_icp104_other_type_or_provider_not_judged if {
	count(denies(alibaba(object.union(ecs, {"type": "swas", "billing": "pay_as_you_go"}), true), "ICP104")) == 0
	s := snapshot({
		"hosting": [
			object.union(
				host("example.com", "other-cloud", true),
				{"resource": {"type": "ecs", "billing": "pay_as_you_go"}},
			),
		],
	})
	count(denies(s, "ICP104")) == 0
}

test_icp104_no_resource_not_judged if {
	s := snapshot({
		"websites": [site({"access": [{"provider": "alibaba-cloud", "status": "active"}]})],
		"hosting": [{"domain": "example.com", "provider": "alibaba-cloud", "mainland": false}],
	})
	count(denies(s, "ICP104")) == 0
}

test_icp104_user_resource_rules if {
	r := object.union(ecs, {"type": "cvm", "term_months": 1})
	s := snapshot({"hosting": [{"domain": "example.com", "provider": "other-cloud", "mainland": true, "resource": r}]})
	rules := {"other-cloud": {"resource_rules": {"cvm": {"min_term_months": 6, "public_ip": false}}}}
	v := only(denies(s, "ICP104")) with data.icp.providers as rules
	contains(v.msg, "its term is 1 month(s) (at least 6 required)")
	contains(v.msg, "it has a public IP (it must have none)")
}
