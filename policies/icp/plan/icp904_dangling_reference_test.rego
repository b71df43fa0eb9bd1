package icp.plan_test

import data.icp.plan

test_icp904_unknown_website if {
	v := only(denies(doc(base, [rename("rename", "blog", "other-cloud")]), "ICP904"))
	v.action == "rename"
	v.path == "/actions/0"
	v.website == "blog"
	contains(v.msg, "names website blog, which the snapshot does not have and no earlier action adds (websites: shop)")
}

test_icp904_not_for_known_references if {
	count(denies(doc(base, migration), "ICP904")) == 0
	s := snapshot({"orders": [order("T-1", "transfer", "alibaba-cloud", "provider_review")]})
	count(denies(doc(s, [await_order("w", "T-1"), withdraw("x", "T-1")]), "ICP904")) == 0
}

test_icp904_website_added_earlier_is_known if {
	d := doc(base, [add("add", "other-cloud", "add_new_website", newsite), rename("rename", "docs", "huawei-cloud")])
	count(denies(d, "ICP904")) == 0
	e := doc(base, [rename("rename", "docs", "huawei-cloud"), add("add", "other-cloud", "add_new_website", newsite)])
	only(denies(e, "ICP904")).action == "rename"
}

test_icp904_website_refs_of_each_type if {
	d := doc(base, [
		xfer("x", "alibaba-cloud", ["ghost"]),
		cancel("c", "other-cloud", ["ghost"]),
		cancel_number("n", "website", "ghost", true),
		cancel_number("s", "subject", "ghost", true),
	])
	{v.action | some v in denies(d, "ICP904")} == {"x", "c", "n"}
}

test_icp904_orders if {
	s := snapshot({"orders": [order("T-1", "transfer", "alibaba-cloud", "provider_review")]})
	d := doc(
		s,
		[
			withdraw("w1", "T-1"),
			await_order("w2", "T-1"),
			abandon("w3", "T-9"),
			await_order("w4", "rename"),
			rename("rename", "shop", "other-cloud"),
		],
	)
	vs := denies(d, "ICP904")
	{[v.action, v.order] | some v in vs} == {["w2", "T-1"], ["w3", "T-9"], ["w4", "rename"]}
	some a in vs
	a.action == "w2"
	contains(a.msg, "which action w1 already removed")
	some b in vs
	b.action == "w3"
	contains(b.msg, "which the snapshot does not have and no earlier action submitted")
	some c in vs
	c.action == "w4"
	contains(c.msg, "which is submitted only later in the plan (by /actions/4)")
}

test_icp904_await_approval_actions if {
	d := doc(base, [
		await_action("w1", "xfer"),
		xfer("xfer", "alibaba-cloud", ["shop"]),
		await_action("w2", "nothing"),
		point("dns", "example.com", "other-cloud", true),
		await_action("w3", "dns"),
		withdraw("undo", "xfer"),
		await_action("w4", "xfer"),
		await_action("w5", "w5"),
	])
	msgs := {v.action: v.msg | some v in denies(d, "ICP904")}
	object.keys(msgs) == {"w1", "w2", "w3", "w4", "w5"}
	contains(msgs.w1, "waits for action xfer, which comes later in the plan")
	contains(msgs.w2, "waits for action nothing, which the plan does not have")
	contains(msgs.w3, "which submits no order (it is a point_domain)")
	contains(msgs.w4, "whose order action undo already removed")
	contains(msgs.w5, "which comes later in the plan")
}

# issue 16.3: an await whose action names a snapshot order is dangling and
# approves nothing: the later point_domain stays blocked.
test_icp904_dangling_await_changes_nothing if {
	s := snapshot({
		"orders": [
			object.union(
				order("T-1", "transfer", "alibaba-cloud", "administration_review"),
				{"websites": ["shop"]},
			),
		],
	})
	d := doc(s, [await_action("wait", "T-1"), point("dns", "example.com", "alibaba-cloud", true)])
	v := only(denies(d, "ICP904"))
	contains(v.msg, "T-1 is an order of the snapshot: name it with \"order\" instead")
	only(denies(d, "ICP101")).action == "dns"
	[e] := plan.accessibility with input as d
	e.state == "blocked"
	e2 := plan.consequences with input as d
	e2[0].effects == ["action T-1 submitted no order before this step: nothing changes"]
}

# issue 16.7: a domain that no website lists is never a dangling reference:
# ICP101 judges it in mainland China, and abroad it is allowed.
test_icp904_never_for_a_domain if {
	mainland := doc(base, [point("dns", "landing.example.org", "other-cloud", true)])
	count(denies(mainland, "ICP904")) == 0
	only(denies(mainland, "ICP101")).domain == "landing.example.org"
	abroad := doc(
		base,
		[
			point("dns", "landing.example.org", "aws", false),
			{"id": "drop", "type": "unpoint_domain", "domain": "gone.example.org"},
		],
	)
	denied := plan.deny with input as abroad
	count(denied) == 0
	warned := plan.warn with input as abroad
	count(warned) == 0
}
