package icp.plan_test

import data.icp.plan

unpoint(id, d) := {"id": id, "type": "unpoint_domain", "domain": d}

test_icp305_unpoint_during_an_open_transfer if {
	d := doc(base, [xfer("xfer", "alibaba-cloud", ["shop"]), unpoint("drop-dns", "example.com")])
	v := only(denies(d, "ICP305"))
	v.action == "drop-dns"
	v.path == "/actions/1"
	v.website == "shop"
	v.domain == "example.com"
	contains(v.msg, "while transfer xfer is open")
}

test_icp305_not_after_the_transfer_is_approved_or_without_one if {
	count(denies(doc(base, [xfer("xfer", "alibaba-cloud", ["shop"]), await_action("w", "xfer"), unpoint("drop-dns", "example.com")]), "ICP305")) == 0
	count(denies(doc(base, [unpoint("drop-dns", "example.com")]), "ICP305")) == 0
}

# The edge: a snapshot transfer for another website does not count.
test_icp305_only_for_the_websites_of_the_transfer if {
	s := object.union(two, {"orders": [object.union(order("T-1", "transfer", "alibaba-cloud", "sms_verification"), {"websites": ["blog"]})]})
	count(denies(doc(s, [unpoint("drop-dns", "example.com")]), "ICP305")) == 0
	only(denies(doc(s, [unpoint("drop-dns", "example.net")]), "ICP305")).website == "blog"
}

# unpoint_domain in the simulation: the domain is not_served afterwards.
test_unpoint_domain_leaves_the_domain_not_served if {
	[e] := plan.accessibility with input as doc(base, [unpoint("drop-dns", "example.com")])
	e.state == "not_served"
	e.before == "accessible"
}
