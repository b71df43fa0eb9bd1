package icp.plan_test

alibaba := snapshot({"websites": [site({"access": [{"provider": "alibaba-cloud", "status": "active"}]})]})

point_with(r, mainland) := object.union(
	object.remove(point("dns", "example.com", "alibaba-cloud", mainland), ["resource"]),
	{"resource": r},
)

test_icp104_fires_for_pay_as_you_go if {
	v := only(denies(doc(alibaba, [point_with(object.union(ecs, {"billing": "pay_as_you_go"}), true)]), "ICP104"))
	v.action == "dns"
	v.path == "/actions/0"
	v.domain == "example.com"
	v.website == "shop"
	v.provider == "alibaba-cloud"
	contains(v.msg, "resource i-new (ecs)")
	contains(v.msg, "its billing is pay_as_you_go (it must be subscription)")
}

test_icp104_not_for_a_good_instance_or_none if {
	count(denies(doc(alibaba, [point_with(ecs, true)]), "ICP104")) == 0
	a := object.remove(point("dns", "example.com", "alibaba-cloud", true), ["resource"])
	count(denies(doc(alibaba, [a]), "ICP104")) == 0
}

test_icp104_only_mainland_hosting_is_judged if {
	payg := {"type": "ecs", "billing": "pay_as_you_go"}
	count(denies(doc(alibaba, [point_with(payg, false)]), "ICP104")) == 0
	v := only(denies(doc(alibaba, [point_with(payg, true)]), "ICP104"))
	contains(v.msg, "a ecs resource")
}

test_icp104_other_provider_not_judged if {
	a := object.union(
		point("dns", "example.com", "other-cloud", true),
		{"resource": {"type": "ecs", "billing": "pay_as_you_go"}},
	)
	count(denies(doc(base, [a]), "ICP104")) == 0
}
