package icp.plan_test

import data.icp.plan

test_accessibility_of_the_worked_example if {
	states(doc(base, migration)) == {"example.com": ["accessible", []]}
	without_wait := [migration[0], migration[2], migration[3]]
	states(doc(base, without_wait)) == {"example.com": ["blocked", ["ICP101"]]}
	ids(doc(base, without_wait)) == {"ICP101", "ICP304", "ICP501"}
	{[v.rule, v.action] | vs := plan.deny with input as doc(base, without_wait); some v in vs} == {["ICP101", "dns"], ["ICP304", "drop-old"]}
}

test_accessibility_of_the_snapshot_without_actions if {
	states(doc(two, [])) == {
		"example.com": ["accessible", []],
		"example.net": ["accessible", []],
		"www.example.net": ["accessible", []],
	}
}

test_accessibility_cancel_number_reasons if {
	d := doc(two, [cancel_number("close", "website", "blog", true)])
	states(d) == {
		"example.com": ["accessible", []],
		"example.net": ["inaccessible", ["ICP504"]],
		"www.example.net": ["inaccessible", ["ICP504"]],
	}
	e := doc(two, [object.remove(cancel_number("close", "subject", "", false), ["acknowledge_irreversible"])])
	states(e) == {
		"example.com": ["inaccessible", ["ICP503"]],
		"example.net": ["inaccessible", ["ICP503"]],
		"www.example.net": ["inaccessible", ["ICP503"]],
	}
}

test_accessibility_snapshot_deregistration_has_no_plan_reason if {
	s := object.union(two, {"websites": [shop, object.union(blog, {"status": "deregistered"})]})
	states(doc(s, [])) == {
		"example.com": ["accessible", []],
		"example.net": ["inaccessible", []],
		"www.example.net": ["inaccessible", []],
	}
	states(doc(s, [cancel_number("close", "subject", "", true)])) == {
		"example.com": ["inaccessible", ["ICP504"]],
		"example.net": ["inaccessible", []],
		"www.example.net": ["inaccessible", []],
	}
}

test_accessibility_added_website_once_approved if {
	a := add("add", "other-cloud", "add_new_website", newsite)
	states(doc(base, [a])) == {"example.com": ["accessible", []]}
	states(doc(base, [a, await_action("w", "add")])) == {"example.com": ["accessible", []], "docs.example.org": ["not_served", []]}
	states(doc(base, [a, await_action("w", "add"), point("dns", "docs.example.org", "other-cloud", true)])) == {
		"example.com": ["accessible", []],
		"docs.example.org": ["accessible", []],
	}
}

test_accessibility_state_rules_of_the_outcome if {
	states(doc(base, [point("dns", "example.com", "aws", false)])) == {"example.com": ["at_risk", ["ICP102"]]}
	states(doc(base, [cancel("drop", "other-cloud", ["shop"])])) == {"example.com": ["blocked", ["ICP101"]]}
	shell := [point("dns", "example.com", "aws", false), cancel("drop", "other-cloud", ["shop"])]
	states(doc(base, shell)) == {"example.com": ["at_risk", ["ICP102", "ICP303"]]}
}

test_check_reports_no_state_rules if {
	s := snapshot({"actual": {"subject": {"name": "Renamed"}}, "hosting": [host("example.com", "alibaba-cloud", true)]})
	ids(doc(s, [])) == set()
	states(doc(s, [])) == {"example.com": ["blocked", ["ICP101"]]}
}

test_decision_answers_one_document if {
	d := plan.decision with input as doc(base, migration)
	d.deny == set()
	{v.rule | some v in d.warn} == {"ICP501"}
	d.accessibility == [{
		"website": "shop", "domain": "example.com", "state": "accessible", "reasons": [],
		"before": "accessible", "worst": "accessible",
		"timeline": [{"from": 0, "to": 4, "state": "accessible", "reasons": [], "actions": ["xfer", "wait", "dns", "drop-old"]}],
	}]
	[c.action | some c in d.consequences] == ["xfer", "wait", "dns", "drop-old"]
}

test_every_violation_names_its_action if {
	d := doc(two, [
		rename("rename", "shop", "other-cloud"),
		xfer("xfer", "alibaba-cloud", ["shop", "ghost"]),
		point("dns", "example.com", "aws", false),
		cancel("drop", "other-cloud", ["blog"]),
		cancel_number("close", "website", "shop", false),
		withdraw("undo", "nothing"),
	])
	vs := plan.deny | plan.warn with input as d
	{v.rule | some v in vs} == {"ICP101", "ICP102", "ICP201", "ICP304", "ICP501", "ICP503", "ICP904"}
	every v in vs {
		regex.match(`^ICP[0-9]{3}$`, v.rule)
		v.severity in {"deny", "warn"}
		v.title != ""
		is_array(v.sources)
		regex.match(`^/actions/[0-9]+$`, v.path)
		v.action == d.plan.actions[to_number(trim_prefix(v.path, "/actions/"))].id
	}
}

test_consequences_in_plan_order if {
	cs := plan.consequences with input as doc(base, migration)
	[c.action | some c in cs] == ["xfer", "wait", "dns", "drop-old"]
	plan.consequences == [] with input as doc(base, [])
}

test_consequences_of_the_worked_example if {
	d := doc(base, migration)
	effects(d, "xfer") == [
		"transfer xfer of website shop (example.com) is submitted at alibaba-cloud and stays open until an await_approval names it",
		"until it is approved, website shop has no active access at alibaba-cloud; it keeps its active access at other-cloud",
		"website shop keeps its ICP number 浙ICP备12345678号-1: a transfer keeps the number",
	]
	effects(d, "wait") == ["the transfer xfer is approved: website shop has active access at alibaba-cloud"]
	effects(d, "dns") == [
		"example.com is served from alibaba-cloud (a mainland server)",
		"it is no longer served from other-cloud",
		"website shop has active access at alibaba-cloud, so alibaba-cloud may serve it",
	]
	effects(d, "drop-old") == [
		"website shop's access at other-cloud is cancelled: example.com can no longer be served from other-cloud",
		"website shop keeps its ICP number 浙ICP备12345678号-1: cancelling access does not deregister it",
		"to serve from other-cloud again, submit a new transfer to other-cloud with the same number",
		"website shop keeps active access at alibaba-cloud",
	]
}

test_consequences_of_point_domain if {
	effects(doc(base, [point("dns", "example.com", "alibaba-cloud", true)]), "dns")[2] == "website shop has no active access at alibaba-cloud: alibaba-cloud blocks example.com until a transfer of shop to alibaba-cloud is approved"
	effects(doc(base, [point("dns", "example.com", "other-cloud", true)]), "dns")[1] == "it was served from other-cloud before too: its hosting entry is replaced"
	effects(doc(base, [point("dns", "new.example.org", "other-cloud", true)]), "dns") == [
		"new.example.org is served from other-cloud (a mainland server)",
		"it was not served before",
		"new.example.org belongs to no filed website: mainland providers block it",
	]
	effects(doc(base, [point("dns", "example.com", "aws", false)]), "dns") == [
		"example.com is served from aws (a server outside mainland China)",
		"it is no longer served from other-cloud",
		"a filed domain served from outside mainland China may have its filing revoked",
	]
	effects(doc(base, [point("dns", "new.example.org", "aws", false)]), "dns") == [
		"new.example.org is served from aws (a server outside mainland China)",
		"it was not served before",
	]
}

test_consequences_of_a_transfer_without_other_access if {
	s := snapshot({"websites": [site({"access": []})]})
	effects(doc(s, [xfer("xfer", "alibaba-cloud", ["shop"])]), "xfer")[1] == "until it is approved, website shop has no active access at alibaba-cloud, nor at any other provider"
	effects(doc(base, [xfer("xfer", "alibaba-cloud", ["ghost"])]), "xfer") == [
		"transfer xfer of website ghost (no domain) is submitted at alibaba-cloud and stays open until an await_approval names it",
		"until it is approved, website ghost has no active access at alibaba-cloud, nor at any other provider",
		"website ghost keeps its ICP number, if it has one: a transfer keeps the number",
	]
}

test_consequences_of_add_website if {
	a := add("add", "other-cloud", "add_new_website", newsite)
	d := doc(base, [a, await_action("w", "add")])
	effects(d, "add") == [
		"website docs (docs.example.org) is submitted for addition at other-cloud (add_new_website) and stays open until an await_approval names it",
		"until it is approved the website is not filed: its domains cannot be served from a mainland server",
		"once approved the administration issues it an ICP number, with active access at other-cloud",
	]
	effects(d, "w") == ["the addition add is approved: website docs (docs.example.org) is filed, with ICP number 浙ICP备12345678号-2 and active access at other-cloud"]
	b := add("add", "other-cloud", "new_transfer", object.union(newsite, {"icp_number": "浙ICP备12345678号-7"}))
	effects(doc(base, [b]), "add")[2] == "once approved it keeps its ICP number 浙ICP备12345678号-7, with active access at other-cloud"
}

test_consequences_of_changes if {
	d := doc(base, [
		rename("rename", "shop", "other-cloud"),
		await_action("w1", "rename"),
		change_subject("subject", "other-cloud", {"name": "N", "type": "individual"}),
		await_action("w2", "subject"),
	])
	effects(d, "rename") == [
		`change rename of website shop is submitted at other-cloud: name "Example Mall"`,
		"the record stays as it is until the change is approved",
	]
	effects(d, "w1") == [`the change rename is approved: website shop's record now has name "Example Mall"`]
	effects(d, "subject")[0] == `change subject of the subject is submitted at other-cloud: name "N", type "individual"`
	effects(d, "w2") == [`the change subject is approved: the subject's record now has name "N", type "individual"`]
}

test_consequences_of_cancel_access_without_access_left if {
	effects(doc(two, [cancel("drop", "other-cloud", ["shop", "blog"])]), "drop") == [
		"the access of websites blog, shop at other-cloud is cancelled: example.com, example.net, www.example.net can no longer be served from other-cloud",
		"websites blog, shop keep their ICP numbers (blog 浙ICP备12345678号-2, shop 浙ICP备12345678号-1): cancelling access does not deregister them",
		"to serve from other-cloud again, submit a new transfer to other-cloud with the same number",
		"websites blog, shop have no active access left at any provider",
	]
}

test_consequences_of_cancel_number if {
	effects(doc(two, [cancel_number("close", "subject", "", true)]), "close") == [
		"the subject's ICP number 浙ICP备12345678号 and every website are deregistered: website blog (example.net, www.example.net), website shop (example.com) go offline for good",
		"restoring a deregistered website needs a new filing, which gets a new ICP number",
		"the cancel-number order cannot be deleted or withdrawn afterwards",
	]
	effects(doc(base, [cancel_number("close", "website", "shop", true)]), "close")[0] == "the ICP number 浙ICP备12345678号-1 of website shop is deregistered: website shop (example.com) goes offline for good, and the subject is left with no website"
}

cancellations := snapshot({"orders": [
	object.union(order("N-1", "cancel_number", "other-cloud", "provider_review"), {"scope": "website", "websites": ["shop"]}),
	object.union(order("X-1", "cancel_access", "other-cloud", "provider_review"), {"websites": ["shop"]}),
	order("T-1", "transfer", "alibaba-cloud", "provider_review"),
	order("T-2", "transfer", "alibaba-cloud", "rejected"),
	order("T-3", "transfer", "alibaba-cloud", "approved"),
	order("F-1", "new_filing", "alibaba-cloud", "provider_review"),
]})

test_consequences_of_withdrawals if {
	d := doc(cancellations, [withdraw("w1", "T-1"), abandon("w2", "N-1"), withdraw("w3", "T-1")])
	effects(d, "w1") == ["order T-1 (transfer at alibaba-cloud) is withdrawn: it no longer exists"]
	effects(d, "w2") == ["order N-1 (cancel_number) cannot be abandoned: cancellation orders cannot be deleted or withdrawn, so it stays and takes effect when approved"]
	effects(d, "w3") == ["order T-1 does not exist at this point: nothing changes"]
}

test_consequences_of_awaits if {
	d := doc(cancellations, [
		await_order("a1", "T-2"),
		await_order("a2", "T-3"),
		await_order("a3", "X-1"),
		await_order("a4", "N-1"),
		await_order("a5", "F-1"),
		await_order("a6", "nothing"),
		await_order("a7", "T-1"),
	])
	effects(d, "a1") == ["order T-2 is rejected: it will not be approved, and waiting changes nothing"]
	effects(d, "a2") == ["order T-3 is already approved: nothing changes"]
	effects(d, "a3") == ["the cancel-access order X-1 is approved: website shop no longer has access at other-cloud"]
	effects(d, "a4") == ["the cancel-number order N-1 is approved: the numbers it covers are deregistered and their websites go offline for good"]
	effects(d, "a5") == ["order F-1 (new_filing) is approved"]
	effects(d, "a6") == ["order nothing does not exist at this point: nothing changes"]
	effects(d, "a7") == ["the transfer T-1 is approved: website shop has active access at alibaba-cloud"]
}

test_consequences_of_a_transfer_of_two_websites if {
	d := doc(two, [xfer("xfer", "alibaba-cloud", ["shop", "blog"]), await_action("w", "xfer")])
	effects(d, "w") == ["the transfer xfer is approved: websites blog, shop have active access at alibaba-cloud"]
}

test_consequences_of_an_unknown_action_type if {
	# The schema admits no such type; the entry is still there, with no effects.
	effects(doc(base, [{"id": "x", "type": "reboot"}]), "x") == []
}

# The timeline of product.md's example: DNS moved before the wait.
test_timeline_blocked_half_way if {
	dns_first := [migration[0], migration[2], migration[1], migration[3]]
	[e] := plan.accessibility with input as doc(base, dns_first)
	e.before == "accessible"
	e.state == "accessible"
	e.worst == "blocked"
	e.timeline == [
		{"from": 0, "to": 1, "state": "accessible", "reasons": [], "actions": ["xfer"]},
		{"from": 2, "to": 2, "state": "blocked", "reasons": ["ICP101"], "actions": ["dns"]},
		{"from": 3, "to": 4, "state": "accessible", "reasons": [], "actions": ["wait", "drop-old"]},
	]
}

# A domain that the plan files has no state before it: before is "" and its
# timeline starts at the step that added it.
test_timeline_of_an_added_website if {
	a := add("add", "other-cloud", "add_new_website", newsite)
	es := plan.accessibility with input as doc(base, [a, await_action("w", "add")])
	[e] := [e | some e in es; e.domain == "docs.example.org"]
	e.before == ""
	e.worst == "not_served"
	e.timeline == [{"from": 2, "to": 2, "state": "not_served", "reasons": [], "actions": ["w"]}]
}

# Reasons alone split a run; the worst state is the table's order.
test_timeline_reasons_split_runs if {
	hk := point("hk", "example.com", "aws", false)
	back := point("back", "example.com", "other-cloud", true)
	drop := cancel("drop", "other-cloud", ["shop"])
	[e] := plan.accessibility with input as doc(base, [hk, back, drop])
	[[r.from, r.to, r.state, r.reasons] | some r in e.timeline] == [
		[0, 0, "accessible", []],
		[1, 1, "at_risk", ["ICP102"]],
		[2, 2, "accessible", []],
		[3, 3, "blocked", ["ICP101"]],
	]
	e.worst == "blocked"
}

test_consequences_of_unpoint_domain if {
	effects(doc(base, [{"id": "u", "type": "unpoint_domain", "domain": "example.com"}]), "u") == [
		"example.com is no longer served from other-cloud: its DNS record is deleted and its hosting entry removed",
		"website shop is not reachable at example.com",
	]
	effects(doc(base, [{"id": "u", "type": "unpoint_domain", "domain": "new.example.org"}]), "u") == ["new.example.org was not served: nothing changes"]
}

test_consequences_of_a_transfer_of_websites_with_and_without_numbers if {
	s := object.union(two, {"websites": [shop, object.remove(blog, ["icp_number"])]})
	effects(doc(s, [xfer("x", "huawei-cloud", ["shop", "blog"])]), "x")[2] == "websites blog, shop keep their ICP numbers (blog none, shop 浙ICP备12345678号-1): a transfer keeps the numbers"
}

# Carry-forward (data.icp.lib.steps): a step that points one domain judges
# only that domain again; a subject-wide change judges every domain; the
# first and the last step are judged whole.
test_steps_judge_only_what_they_touch if {
	d := doc(two, [point("hk", "example.net", "aws", false), change_subject("rn", "other-cloud", {"name": "X"}), point("back", "example.net", "other-cloud", true)])

	# (the states of this test are small, judged whole but for this test)
	changes := plan.step_changes with input as d with data.icp.lib.steps.small_plan as false
	every_key := {["shop", "example.com"], ["blog", "example.net"], ["blog", "www.example.net"]}
	{k | some k, _ in changes[0].entries} == every_key
	changes[1] == {"entries": {["blog", "example.net"]: ["at_risk", ["ICP102"]]}, "lacking": false}

	# the change order of the subject covers every website
	changes[2].lacking == null
	changes[3].lacking == null
}

test_findings_are_the_decisions_deny_and_warn if {
	every provider in ["aws", "amazon"] {
		input_doc := doc(base, [point("dns", "example.com", provider, false), cancel("drop", "other-cloud", ["shop"])])
		d := plan.decision with input as input_doc
		f := plan.findings with input as input_doc
		f == {"deny": d.deny, "warn": d.warn}
		count(f.deny) + count(f.warn) > 0
	}
}
