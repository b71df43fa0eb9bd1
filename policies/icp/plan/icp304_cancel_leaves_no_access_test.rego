package icp.plan_test

import data.icp.plan

test_icp304_fires_when_the_last_access_goes if {
	v := only(denies(doc(base, [cancel("drop", "other-cloud", ["shop"])]), "ICP304"))
	v.action == "drop"
	v.path == "/actions/0"
	v.website == "shop"
	v.provider == "other-cloud"
	not contains(v.msg, "still open")
}

test_icp304_not_with_an_approved_transfer if {
	count(denies(doc(base, migration), "ICP304")) == 0
}

test_icp304_open_transfer_does_not_count if {
	d := doc(base, [xfer("xfer", "alibaba-cloud", ["shop"]), cancel("drop", "other-cloud", ["shop"])])
	v := only(denies(d, "ICP304"))
	v.path == "/actions/1"
	contains(v.msg, "(transfer xfer is still open and does not count until it is approved)")
}

# docs/rules.md: an open transfer does not count, even where its provider
# already serves: the record is not there until approval.
test_icp304_tencent_serving_during_its_transfer_does_not_count if {
	s := snapshot({"orders": [order("T-1", "transfer", "tencent-cloud", "sms_verification")]})
	v := only(denies(doc(s, [cancel("drop", "other-cloud", ["shop"])]), "ICP304"))
	contains(v.msg, "(transfer T-1 is still open and does not count until it is approved)")
	t := snapshot({"orders": [order("T-1", "transfer", "tencent-cloud", "provider_review")]})
	count(denies(doc(t, [cancel("drop", "other-cloud", ["shop"])]), "ICP304")) == 1
}

# issue 16.1: cancelling access at tencent-cloud while its transfer serves
# ends the transfer: no access is left, and ICP101's advice names none.
test_icp304_cancel_at_the_provider_of_an_open_transfer if {
	s := snapshot({
		"websites": [site({"access": [{"provider": "other-cloud", "status": "cancelled"}]})],
		"hosting": [host("example.com", "tencent-cloud", true)],
		"orders": [order("T-1", "transfer", "tencent-cloud", "sms_verification")],
	})
	d := doc(s, [cancel("drop", "tencent-cloud", ["shop"]), point("back", "example.com", "tencent-cloud", true)])
	only(denies(d, "ICP304")).action == "drop"
	not contains(only(denies(d, "ICP304")).msg, "still open")
	{[
		v.action,
		contains(v.msg, "(it has none left: get a transfer approved first)"),
	] |
		some v in denies(d, "ICP101")
	} == {["drop", true], ["back", false]}
	[e] := plan.accessibility with input as d
	e.state == "blocked"
	e.before == "accessible"
}

test_icp304_several_providers if {
	s := snapshot({
		"websites": [
			site({
				"access": [
					{"provider": "other-cloud", "status": "active"},
					{"provider": "huawei-cloud", "status": "active"},
				],
			}),
		],
	})
	count(denies(doc(s, [cancel("drop", "other-cloud", ["shop"])]), "ICP304")) == 0
	only(denies(
		doc(s, [cancel("d1", "other-cloud", ["shop"]), cancel("d2", "huawei-cloud", ["shop"])]),
		"ICP304",
	)).action == "d2"
	count(denies(
		doc(s, [cancel("both", "other-cloud", ["shop"]), cancel("again", "other-cloud", ["shop"])]),
		"ICP304",
	)) == 0
}

test_icp304_not_for_unfiled_websites if {
	count(denies(
		doc(
			snapshot({"websites": [object.remove(shop, ["icp_number"])]}),
			[cancel("drop", "other-cloud", ["shop"])],
		),
		"ICP304",
	)) == 0
	count(denies(
		doc(base, [cancel_number("close", "website", "shop", true), cancel("drop", "other-cloud", ["shop"])]),
		"ICP304",
	)) == 0
}

# issue 16.4: awaiting a snapshot cancel_access order is judged as a
# cancel_access at that step.
test_icp304_await_of_a_cancel_access_order if {
	s := snapshot({
		"orders": [
			object.union(order("X-1", "cancel_access", "other-cloud", "provider_review"), {"websites": ["shop"]}),
		],
	})
	d := doc(s, [await_order("wait", "X-1")])
	v := only(denies(d, "ICP304"))
	v.action == "wait"
	v.path == "/actions/0"
	startswith(
		v.msg,
		"Action wait (awaiting order X-1, a cancel_access order) cancels the access of website shop at other-cloud",
	)
	only(denies(d, "ICP101")).action == "wait"
	only(warns(d, "ICP501")).provider == "other-cloud"
	closed := snapshot({"orders": [object.union(
		order("X-1", "cancel_access", "other-cloud", "rejected"),
		{"websites": ["shop"]},
	)]})
	none := plan.deny with input as doc(closed, [await_order("wait", "X-1")])
	count(none) == 0
}
