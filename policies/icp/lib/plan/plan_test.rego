package icp.lib.plan_test

import data.icp.lib.plan as sim

sim_snapshot := {
	"as_of": "2026-11-20T08:00:00Z",
	"subject": {"name": "S", "province": "ZJ", "icp_number": "浙ICP备12345678号", "status": "active"},
	"websites": [
		{
			"id": "shop", "name": "Shop", "domains": ["example.com", "www.example.com"],
			"icp_number": "浙ICP备12345678号-1", "status": "active",
			"access": [{"provider": "other-cloud", "status": "active"}],
		},
		{
			"id": "blog", "name": "Blog", "domains": ["example.net"],
			"icp_number": "浙ICP备12345678号-3", "status": "active",
			"access": [{"provider": "tencent-cloud", "status": "active"}],
		},
	],
	"hosting": [
		{"domain": "example.com", "provider": "other-cloud", "mainland": true},
		{"domain": "www.example.com", "provider": "other-cloud", "mainland": true},
		{"domain": "example.com", "provider": "aws", "mainland": false},
		{"domain": "example.net", "provider": "tencent-cloud", "mainland": true},
	],
	"orders": [
		{"id": "T-1", "type": "transfer", "provider": "huawei-cloud", "status": "provider_review", "websites": ["blog"]},
		{"id": "R-1", "type": "transfer", "provider": "huawei-cloud", "status": "rejected", "websites": ["shop"]},
		{"id": "N-1", "type": "cancel_number", "provider": "other-cloud", "status": "provider_review", "scope": "website", "websites": ["blog"]},
		{"id": "X-1", "type": "cancel_access", "provider": "other-cloud", "status": "administration_review", "websites": ["shop"]},
		{"id": "X-2", "type": "cancel_access", "provider": "tencent-cloud", "status": "provider_review", "websites": ["blog"]},
	],
}

sim_plan(actions) := {"provider": "alibaba-cloud", "actions": actions}

sim_state(actions, i) := sim.state(sim_snapshot, sim.index(sim_snapshot, sim_plan(actions)), i)

sim_outcome(actions) := sim.outcome(sim_snapshot, sim_plan(actions))

sim_site(s, wid) := [w | some w in s.websites; w.id == wid][0]

sim_access(s, wid) := {e.provider: e.status | some e in sim_site(s, wid).access}

sim_order(s, id) := [o | some o in s.orders; o.id == id][0]

sim_hosting(s) := [[h.domain, h.provider] | some h in s.hosting]

sim_xfer := {"id": "xfer", "type": "submit_transfer", "provider": "alibaba-cloud", "websites": ["shop"]}

sim_wait := {"id": "wait", "type": "await_approval", "action": "xfer"}

test_plan_provider if {
	sim.provider({"provider": "p"}, {"provider": "q"}) == "q"
	sim.provider({"provider": "p"}, {}) == "p"
	sim.provider({}, {}) == ""
}

test_plan_target if {
	sim.target({"type": "await_approval", "action": "a"}) == "a"
	sim.target({"type": "await_approval", "order": "o"}) == "o"
	sim.target({"type": "withdraw_order", "order": "o"}) == "o"
	not sim.target({"type": "withdraw_order", "action": "a"})
	not sim.target({"type": "point_domain", "order": "o"})
}

test_plan_state_zero_is_the_snapshot if {
	sim_state([sim_xfer], 0) == sim_snapshot
	count(sim.states(sim_snapshot, sim_plan([sim_xfer, sim_wait]))) == 3
	sim.states(sim_snapshot, sim_plan([])) == [sim_snapshot]
	sim.outcome(sim_snapshot, sim_plan([sim_xfer])) == sim_state([sim_xfer], 1)
}

test_plan_submit_transfer_opens_an_order if {
	s := sim_state([sim_xfer], 1)
	sim_order(s, "xfer") == {
		"id": "xfer", "type": "transfer", "provider": "alibaba-cloud", "status": "provider_review",
		"submitted_at": "2026-11-20T08:00:00Z", "websites": ["shop"],
	}
	sim_access(s, "shop") == {"other-cloud": "active"}
	count(s.orders) == 6
}

test_plan_await_approves_the_transfer if {
	s := sim_outcome([sim_xfer, sim_wait])
	sim_order(s, "xfer").status == "approved"
	sim_access(s, "shop") == {"other-cloud": "active", "alibaba-cloud": "active"}
	sim_site(s, "shop").access == [{"provider": "other-cloud", "status": "active"}, {"provider": "alibaba-cloud", "status": "active"}]
}

test_plan_await_a_snapshot_transfer if {
	s := sim_outcome([{"id": "w", "type": "await_approval", "order": "T-1"}])
	sim_order(s, "T-1").status == "approved"
	sim_access(s, "blog") == {"tencent-cloud": "active", "huawei-cloud": "active"}
}

test_plan_await_a_closed_order_changes_nothing if {
	s := sim_outcome([{"id": "w", "type": "await_approval", "order": "R-1"}])
	sim_order(s, "R-1").status == "rejected"
	sim_access(s, "shop") == {"other-cloud": "active"}
	p := sim_plan([{"id": "w", "type": "await_approval", "order": "R-1"}])
	not sim.awaited(sim_snapshot, p, sim.index(sim_snapshot, p), 0)
}

test_plan_await_before_the_order_exists if {
	p := sim_plan([sim_wait, sim_xfer])
	count(sim.index(sim_snapshot, p).approvals) == 0
	sim_order(sim.outcome(sim_snapshot, p), "xfer").status == "provider_review"
}

test_plan_point_domain_replaces_the_entry if {
	dns := {"id": "dns", "type": "point_domain", "domain": "example.com", "mainland": true, "resource": {"type": "ecs"}}
	s := sim_outcome([dns])
	sim_hosting(s) == [["example.com", "alibaba-cloud"], ["www.example.com", "other-cloud"], ["example.net", "tencent-cloud"]]
	s.hosting[0] == {"domain": "example.com", "provider": "alibaba-cloud", "mainland": true, "resource": {"type": "ecs"}}
}

test_plan_point_domain_latest_wins_and_new_domains if {
	a := {"id": "a", "type": "point_domain", "domain": "new.example.org", "provider": "p1", "mainland": true}
	b := {"id": "b", "type": "point_domain", "domain": "www.example.com", "provider": "p2", "mainland": false}
	c := {"id": "c", "type": "point_domain", "domain": "new.example.org", "provider": "p3", "mainland": true}
	d := {"id": "d", "type": "point_domain", "domain": "other.example.org", "provider": "p4", "mainland": true}
	sim_hosting(sim_state([a, b, c, d], 2)) == [
		["example.com", "other-cloud"], ["www.example.com", "p2"], ["example.com", "aws"],
		["example.net", "tencent-cloud"], ["new.example.org", "p1"],
	]
	sim_hosting(sim_outcome([a, b, c, d])) == [
		["example.com", "other-cloud"], ["www.example.com", "p2"], ["example.com", "aws"],
		["example.net", "tencent-cloud"], ["new.example.org", "p3"], ["other.example.org", "p4"],
	]
	not sim_outcome([a]).hosting[4].resource
}

test_plan_cancel_access_latest_wins if {
	drop := {"id": "drop", "type": "cancel_access", "provider": "alibaba-cloud", "websites": ["shop"]}
	again := {"id": "again", "type": "await_approval", "action": "xfer"}
	sim_access(sim_outcome([sim_xfer, sim_wait, drop]), "shop") == {"other-cloud": "active", "alibaba-cloud": "cancelled"}

	# cancelling access at alibaba-cloud ends the open transfer there: the
	# later await approves nothing
	sim_access(sim_outcome([sim_xfer, drop, sim_wait]), "shop") == {"other-cloud": "active", "alibaba-cloud": "cancelled"}
	sim_order(sim_outcome([sim_xfer, drop, sim_wait]), "xfer").status == "abandoned"
	sim_access(sim_outcome([sim_xfer, sim_wait, drop, again]), "shop") == {"other-cloud": "active", "alibaba-cloud": "cancelled"}
	old := {"id": "old", "type": "cancel_access", "provider": "other-cloud", "websites": ["shop", "ghost"]}
	s := sim_outcome([old])
	sim_access(s, "shop") == {"other-cloud": "cancelled"}
	count(s.orders) == 5
}

test_plan_change_becomes_the_record_once_approved if {
	change := {"id": "c", "type": "change_website", "provider": "other-cloud", "website": "shop", "set": {"name": "Mall", "administrator": {"name": "Li Si"}}}
	sim_site(sim_state([change], 1), "shop").name == "Shop"
	sim_order(sim_state([change], 1), "c").websites == ["shop"]
	s := sim_outcome([change, {"id": "w", "type": "await_approval", "action": "c"}])
	sim_site(s, "shop").name == "Mall"
	sim_site(s, "shop").administrator == {"name": "Li Si"}
	sim_site(s, "blog").name == "Blog"
}

test_plan_changes_latest_approval_wins if {
	c1 := {"id": "c1", "type": "change_subject", "set": {"name": "One", "type": "individual"}}
	c2 := {"id": "c2", "type": "change_subject", "provider": "other-cloud", "set": {"name": "Two"}}
	s := sim_outcome([
		c1, c2,
		{"id": "w2", "type": "await_approval", "action": "c2"},
		{"id": "w1", "type": "await_approval", "action": "c1"},
	])
	s.subject.name == "One"
	s.subject.type == "individual"
	t := sim_outcome([
		c1, c2,
		{"id": "w1", "type": "await_approval", "action": "c1"},
		{"id": "w2", "type": "await_approval", "action": "c2"},
	])
	t.subject.name == "Two"
	t.subject.type == "individual"
	not sim_order(t, "c1").websites
}

test_plan_add_website_absent_until_approved if {
	add := {"id": "add", "type": "add_website", "provider": "huawei-cloud", "application": "add_new_website", "website": {"id": "docs", "name": "Docs", "domains": ["docs.example.org"]}}
	[w.id | some w in sim_state([add], 1).websites] == ["shop", "blog"]
	sim_order(sim_state([add], 1), "add").websites == ["docs"]
	sim.known_website(sim_snapshot, sim_plan([add]), "docs", 1)
	not sim.known_website(sim_snapshot, sim_plan([add]), "docs", 0)
	sim.known_website(sim_snapshot, sim_plan([]), "blog", 0)
	s := sim_outcome([add, {"id": "w", "type": "await_approval", "action": "add"}])
	sim_site(s, "docs") == {
		"id": "docs", "name": "Docs", "domains": ["docs.example.org"], "status": "active",
		"icp_number": "浙ICP备12345678号-4", "access": [{"provider": "huawei-cloud", "status": "active"}],
	}
}

test_plan_add_website_numbers if {
	a1 := {"id": "a1", "type": "add_website", "application": "add_new_website", "website": {"id": "one", "name": "1", "domains": []}}
	a2 := {"id": "a2", "type": "add_website", "application": "new_transfer", "website": {"id": "two", "name": "2", "domains": [], "icp_number": "浙ICP备1234567号-9"}}
	a3 := {"id": "a3", "type": "add_website", "application": "add_new_website", "website": {"id": "three", "name": "3", "domains": [], "icp_number": ""}}
	waits := [{"id": "w3", "type": "await_approval", "action": "a3"}, {"id": "w1", "type": "await_approval", "action": "a1"}, {"id": "w2", "type": "await_approval", "action": "a2"}]
	s := sim_outcome(array.concat([a1, a2, a3], waits))
	[[w.id, w.icp_number] | some w in s.websites] == [
		["shop", "浙ICP备12345678号-1"], ["blog", "浙ICP备12345678号-3"],
		["one", "浙ICP备12345678号-4"], ["two", "浙ICP备1234567号-9"], ["three", "浙ICP备12345678号-5"],
	]
	unnumbered := object.union(sim_snapshot, {"subject": {"icp_number": ""}})
	t := sim.outcome(unnumbered, sim_plan([a1, {"id": "w", "type": "await_approval", "action": "a1"}]))
	not sim_site(t, "one").icp_number
}

test_plan_cancel_number_scopes if {
	site_only := {"id": "n", "type": "cancel_number", "scope": "website", "website": "blog"}
	s := sim_outcome([site_only])
	s.subject.status == "active"
	[w.status | some w in s.websites] == ["active", "deregistered"]
	everything := {"id": "n", "type": "cancel_number", "scope": "subject", "acknowledge_irreversible": true}
	t := sim_outcome([everything])
	t.subject.status == "deregistered"
	[w.status | some w in t.websites] == ["deregistered", "deregistered"]
	sim_state([everything], 0).subject.status == "active"
}

test_plan_deregistrations if {
	p := sim_plan([
		{"id": "n1", "type": "cancel_number", "scope": "website", "website": "blog", "acknowledge_irreversible": true},
		{"id": "n2", "type": "cancel_number", "scope": "subject"},
	])
	sim.deregistrations(sim_snapshot, sim.index(sim_snapshot, p)) == {[0, "blog", true], [1, "shop", false]}
}

test_plan_withdrawals if {
	p := sim_plan([
		{"id": "w1", "type": "withdraw_order", "order": "T-1"},
		{"id": "w2", "type": "abandon_order", "order": "N-1"},
		{"id": "w3", "type": "withdraw_order", "order": "X-1"},
		{"id": "w4", "type": "abandon_order", "order": "X-2"},
		{"id": "w5", "type": "withdraw_order", "order": "T-1"},
	])
	s := sim.outcome(sim_snapshot, p)
	[o.id | some o in s.orders] == ["R-1", "N-1", "X-1"]
	ix := sim.index(sim_snapshot, p)
	ix.removals == {{"order": 0}: 0, {"order": 4}: 3}
	sim.removed(sim_snapshot, p, ix, 0) == "T-1"
	not sim.removed(sim_snapshot, p, ix, 1)
	not sim.removed(sim_snapshot, p, ix, 2)
	sim.removed(sim_snapshot, p, ix, 3) == "X-2"
	not sim.removed(sim_snapshot, p, ix, 4)
	sim.removed_before(ix, "T-1", 5) == 0
	not sim.removed_before(ix, "T-1", 0)
}

test_plan_withdraw_a_plan_order if {
	p := sim_plan([sim_xfer, {"id": "undo", "type": "withdraw_order", "order": "xfer"}, sim_wait])
	not sim_order(sim.outcome(sim_snapshot, p), "xfer")
	sim_order(sim.states(sim_snapshot, p)[1], "xfer").status == "provider_review"
	count(sim.index(sim_snapshot, p).approvals) == 0
	sim_access(sim.outcome(sim_snapshot, p), "shop") == {"other-cloud": "active"}
}

test_plan_approved_cancel_access_can_be_withdrawn if {
	p := sim_plan([{"id": "w", "type": "await_approval", "order": "X-1"}, {"id": "undo", "type": "withdraw_order", "order": "X-1"}])
	s := sim.outcome(sim_snapshot, p)
	not sim_order(s, "X-1")
	sim_access(s, "shop") == {"other-cloud": "cancelled"}
}

test_plan_awaited_snapshot_cancellations_take_effect if {
	p := sim_plan([
		{"id": "w1", "type": "await_approval", "order": "X-2"},
		{"id": "w2", "type": "await_approval", "order": "N-1"},
	])
	s := sim.outcome(sim_snapshot, p)
	sim_access(s, "blog") == {"tencent-cloud": "cancelled"}
	sim_site(s, "blog").status == "deregistered"
	sim_site(s, "shop").status == "active"
	sim.awaited(sim_snapshot, p, sim.index(sim_snapshot, p), 0) == ["X-2", sim_snapshot.orders[4]]
	subject := object.union(sim_snapshot, {"orders": [{"id": "N-2", "type": "cancel_number", "provider": "other-cloud", "status": "sms_verification", "scope": "subject"}]})
	t := sim.outcome(subject, sim_plan([{"id": "w", "type": "await_approval", "order": "N-2"}]))
	t.subject.status == "deregistered"
	[w.status | some w in t.websites] == ["deregistered", "deregistered"]
}

test_plan_snapshot_without_optional_lists if {
	bare := {"as_of": "2026-11-20T08:00:00Z", "subject": {"status": "active"}, "websites": [{"id": "shop", "domains": [], "status": "active"}]}
	dns := {"id": "dns", "type": "point_domain", "domain": "example.com", "mainland": true}
	s := sim.outcome(bare, sim_plan([dns]))
	s.hosting == [{"domain": "example.com", "provider": "alibaba-cloud", "mainland": true}]
	s.orders == []
	s.websites == [{"id": "shop", "domains": [], "status": "active", "access": []}]
	sim.actions({}) == []
}

# cancel_access at P ends the open transfer to P for the websites it names
# only: the transfer goes on for the others, and its approval gives access
# to them alone.
test_plan_cancel_access_ends_a_transfer_for_its_websites if {
	both := {"id": "xfer", "type": "submit_transfer", "provider": "alibaba-cloud", "websites": ["shop", "blog"]}
	drop := {"id": "drop", "type": "cancel_access", "provider": "alibaba-cloud", "websites": ["blog"]}
	mid := sim_state([both, drop, sim_wait], 2)
	sim_order(mid, "xfer").websites == ["shop"]
	sim_order(mid, "xfer").status == "provider_review"
	s := sim_outcome([both, drop, sim_wait])
	sim_order(s, "xfer") == object.union(sim_order(mid, "xfer"), {"status": "approved"})
	sim_access(s, "shop") == {"other-cloud": "active", "alibaba-cloud": "active"}
	sim_access(s, "blog") == {"tencent-cloud": "active", "alibaba-cloud": "cancelled"}

	# a snapshot transfer to huawei-cloud, ended for blog: abandoned
	t := sim_outcome([{"id": "d", "type": "cancel_access", "provider": "huawei-cloud", "websites": ["blog"]}])
	sim_order(t, "T-1").status == "abandoned"
	sim_order(t, "T-1").websites == []
}

test_plan_unpoint_domain_removes_the_hosting if {
	drop := {"id": "drop", "type": "unpoint_domain", "domain": "example.com"}
	sim_hosting(sim_outcome([drop])) == [["www.example.com", "other-cloud"], ["example.net", "tencent-cloud"]]
	back := {"id": "back", "type": "point_domain", "domain": "example.com", "provider": "p", "mainland": true}
	sim_hosting(sim_outcome([drop, back])) == [["example.com", "p"], ["www.example.com", "other-cloud"], ["example.net", "tencent-cloud"]]
	gone := {"id": "gone", "type": "unpoint_domain", "domain": "new.example.org"}
	sim_hosting(sim_outcome([{"id": "a", "type": "point_domain", "domain": "new.example.org", "provider": "p", "mainland": true}, gone])) == sim_hosting(sim_snapshot)
}
