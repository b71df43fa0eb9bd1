package icp.plan_test

import data.icp.plan

# issue 16.2: no plan may make the evaluation conflict. Plans built from
# every ordered pair of the actions below, each followed by an await of the
# repeated id, over a snapshot whose websites and orders repeat ids too,
# must all get an answer (an evaluation error fails the test).

# twice: two websites with one id, two orders with one id ("x", also an
# action id below), and an open cancel_access order.
twice := object.union(base, {
	"websites": [shop, object.union(shop, {"name": "Shop again", "domains": ["example.com", "shop.example.org"]})],
	"orders": [
		order("x", "transfer", "alibaba-cloud", "provider_review"),
		object.union(order("x", "transfer", "huawei-cloud", "administration_review"), {"websites": ["shop"]}),
		object.union(order("c", "cancel_access", "other-cloud", "provider_review"), {"websites": ["shop", "shop"]}),
	],
})

repeated_actions := [
	xfer("x", "alibaba-cloud", ["shop", "shop"]),
	add("x", "other-cloud", "add_new_website", {"id": "shop", "name": "Shop", "domains": ["example.com"]}),
	add("x", "other-cloud", "new_transfer", {"id": "shop", "name": "Shop", "domains": ["new.example.org"], "icp_number": "浙ICP备12345678号-1"}),
	rename("x", "shop", "alibaba-cloud"),
	change_subject("x", "other-cloud", {"name": "Renamed"}),
	await_action("x", "x"),
	await_order("x", "x"),
	await_order("x", "c"),
	withdraw("x", "x"),
	cancel("x", "alibaba-cloud", ["shop", "shop"]),
	cancel_number("x", "website", "shop", true),
	point("x", "example.com", "alibaba-cloud", true),
	{"id": "x", "type": "unpoint_domain", "domain": "example.com"},
]

repeated_plans contains [a, b, await_action("w", "x")] if {
	some a in repeated_actions
	some b in repeated_actions
}

test_repeated_ids_always_get_an_answer if {
	count(repeated_plans) == count(repeated_actions) * count(repeated_actions)
	every p in repeated_plans {
		d := plan.decision with input as doc(twice, p)
		count(d.accessibility) > 0
		count(d.consequences) == 3
	}
}
