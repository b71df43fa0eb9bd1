package icp.plan_test

unpoint(id, d) := {"id": id, "type": "unpoint_domain", "domain": d}

test_icp305_fires_for_unpoint_while_a_transfer_is_open if {
	v := only(denies(doc(base, [xfer("xfer", "alibaba-cloud", ["shop"]), unpoint("off", "example.com")]), "ICP305"))
	v.action == "off"
	v.path == "/actions/1"
	v.website == "shop"
	v.domain == "example.com"
	contains(v.msg, "while transfer xfer is open")
}

test_icp305_not_after_approval_or_without_transfer if {
	d := doc(base, [xfer("xfer", "alibaba-cloud", ["shop"]), await_action("w", "xfer"), unpoint("off", "example.com")])
	count(denies(d, "ICP305")) == 0
	count(denies(doc(base, [unpoint("off", "example.com")]), "ICP305")) == 0
}

test_icp305_edge_snapshot_transfer_and_other_websites if {
	s := object.union(
		two,
		{
			"orders": [
				object.union(order("T-1", "transfer", "alibaba-cloud", "sms_verification"), {"websites": ["blog"]}),
			],
		},
	)
	count(denies(doc(s, [unpoint("off", "example.com")]), "ICP305")) == 0
	only(denies(doc(s, [unpoint("off", "www.example.net")]), "ICP305")).website == "blog"
	count(denies(doc(s, [await_order("w", "T-1"), unpoint("off", "www.example.net")]), "ICP305")) == 0
}

test_unpoint_domain_removes_the_hosting_entry if {
	d := doc(base, [unpoint("off", "example.com")])
	states(d) == {"example.com": ["not_served", []]}
	again := doc(base, [unpoint("off", "example.com"), point("dns", "example.com", "other-cloud", true)])
	states(again) == {"example.com": ["accessible", []]}
	effects(d, "off") == [
		"example.com is no longer served from other-cloud: its DNS record is deleted and its hosting entry removed",
		"website shop is not reachable at example.com",
	]
	effects(doc(base, [unpoint("off", "example.org")]), "off") == ["example.org was not served: nothing changes"]
}

test_icp305_refiling_from_data if {
	d := doc(base, [xfer("xfer", "alibaba-cloud", ["shop"]), unpoint("off", "example.com")])
	not contains(only(denies(d, "ICP305")).msg, "filed again")
	v := only(denies(d, "ICP305")) with data.icp.provinces.ZJ.unreachable_transfer_refiles as true
	contains(v.msg, "rejected, and in Zhejiang the filing must then be cancelled and filed again.")
}
