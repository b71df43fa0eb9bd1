package icp.lib_test

import data.icp.lib.access
import data.icp.lib.accessibility
import data.icp.lib.config
import data.icp.lib.dates
import data.icp.lib.numbers
import data.icp.lib.orders
import data.icp.lib.record
import data.icp.lib.resources
import data.icp.lib.result
import data.icp.lib.websites

test_days_floor if {
	dates.days("2026-11-01T08:00:00Z", "2026-11-20T08:00:00Z") == 19
	dates.days("2026-11-01T08:00:00Z", "2026-11-20T07:59:59Z") == 18
	dates.days("2026-11-01T16:00:00+08:00", "2026-11-02T08:00:00Z") == 1
	dates.days("2026-11-20T08:00:00Z", "2026-11-19T20:00:00Z") == -1
	dates.days("2026-11-20T08:00:00Z", "2026-11-20T08:00:00Z") == 0
}

test_before if {
	dates.before("2026-11-01T08:00:00Z", "2026-11-01T08:00:01Z")
	not dates.before("2026-11-01T16:00:00+08:00", "2026-11-01T08:00:00Z")
}

test_covers if {
	orders.covers({"type": "transfer"}, "any")
	orders.covers({"type": "transfer", "websites": ["shop"]}, "shop")
	not orders.covers({"type": "transfer", "websites": ["shop"]}, "blog")
	not orders.covers({"type": "transfer", "websites": []}, "shop")
	orders.covers({"type": "cancel_number", "scope": "subject", "websites": ["shop"]}, "blog")
	not orders.covers({"type": "cancel_number", "scope": "website", "websites": ["shop"]}, "blog")
}

test_covered if {
	orders.covered(state, state.orders[1]) == {"shop", "blog", "old"}
	orders.covered(state, state.orders[3]) == {"shop", "blog", "old"}
	orders.covered(state, {"type": "transfer", "websites": ["blog", "ghost"]}) == {"blog", "ghost"}
}

test_earlier if {
	orders.earlier(state, 1, 0)
	not orders.earlier(state, 0, 1)
	orders.earlier(state, 2, 3)
	not orders.earlier(state, 3, 2)
}

test_transfers_open_and_pending if {
	orders.transfer_open(state)
	not orders.transfer_open({"orders": []})
	not orders.transfer_open({})
	orders.open_transfer_ids(state) == {"T-1", "T-3"}
	orders._transfer_open_for(state, "shop")
	orders._transfer_open_for(state, "blog")
	not orders._transfer_open_for(state, "old")
	orders.pending_transfers(state, "shop") == {2}
	orders.pending_transfers(state, "blog") == {0, 1}
	orders.pending_transfers(state, "old") == {1}
	orders.transfer_pending(state, "old")
	not orders.transfer_pending({"orders": []}, "old")
}

test_change_during_transfer if {
	orders._change_during_transfer(state, {"type": "change", "status": "provider_review"})
	not orders._change_during_transfer(state, {"type": "change", "status": "approved"})
	not orders._change_during_transfer({"orders": []}, {"type": "change", "status": "provider_review"})
}

test_access if {
	access.active_providers(state, "shop", providers) == {"other-cloud"}
	access.active_providers(state, "blog", providers) == {"tencent-cloud"}
	access.active_providers(state, "blog", {}) == set()
	access.active_at(state, "blog", "tencent-cloud", providers)
	not access.active_at(state, "shop", "alibaba-cloud", providers)
	access._has_active_access(state, "shop", {})
	not access._has_active_access(state, "old", providers)
	access._during_transfer({}, "x") == []
}

test_websites if {
	websites._filed_ids(state) == {"shop", "blog"}
	websites._filed_ids(object.union(state, {"subject": {"status": "deregistered"}})) == set()
	websites._by_id(state, "blog").domains == ["example.net", "example.com"]
	websites.owners(state, "example.com") == {"shop", "blog"}
	websites.owners(state, "old.example.org") == {"old"}
	websites.filed_owners(state, "old.example.org") == set()
	websites.served_from(state, "example.net", "tencent-cloud")
	not websites.served_from(state, "example.net", "aws")
	websites._served_providers(state, "example.net") == {"tencent-cloud"}
	websites._served_providers({}, "example.net") == set()
	websites.hosted(state, "example.net")
	not websites.hosted(state, "old.example.org")
	websites._website_served_from(state, "blog", "other-cloud")
	not websites._website_served_from(state, "shop", "tencent-cloud")
}

test_numbers if {
	provinces := {"ZJ": {"abbreviation": "浙"}, "SH": {"abbreviation": "沪"}, "XX": {}}
	numbers._abbreviations(provinces) == {"浙", "沪"}
	numbers._abbreviation(provinces, "SH") == "沪"
	numbers._abbreviation(provinces, "XX") == ""
	numbers._abbreviation(provinces, "??") == ""
	numbers.subject_number_ok("沪ICP备123456号", provinces)
	not numbers.subject_number_ok("京ICP备123456号", provinces)
	numbers.abbreviation_of("沪ICP备123456号", provinces) == "沪"
	not numbers.abbreviation_of("京ICP备123456号", provinces)
	numbers.website_number_ok("沪ICP备123456号", "沪ICP备123456号-10")
	not numbers.website_number_ok("沪ICP备123456号", "沪ICP备123456号-01")
}

test_numbers_with_the_shipped_provinces if {
	count(config.provinces) == 31
	count(numbers._abbreviations(config.provinces)) == 31
	numbers.subject_number_ok("京ICP备12345678号", config.provinces)
	config.provinces.GS.transfer_must_match == ["subject.name", "subject.certificate", "website.administrator"]
	config.provinces.TJ.transfer_must_match == ["subject.name", "subject.certificate"]
}

test_config_defaults if {
	config.stale_transfer_days == 45
	config.expiry_warning_days == 30
	config.stale_transfer_days == 45 with data.icp.thresholds as {}
	config.expiry_warning_days == 7 with data.icp.thresholds as {"expiry_warning_days": 7}
	config.providers["alibaba-cloud"].resource_rules.ecs.min_term_months == 3
	config.providers["tencent-cloud"].access_during_transfer == ["sms_verification", "administration_review"]
}

test_record_differs if {
	record.differs("a", "b")
	not record.differs("a", "a")
	record.differs("a", null)
	record.differs({"name": "x"}, null)
	record.differs({"name": "x"}, {"name": "y", "phone": "1"})
	not record.differs({"name": "x"}, {"name": "x", "phone": "1"})
	not record.differs({}, {"name": "x"})
	record.differs(["a"], null)
	record.differs(["a"], ["a", "b"])
	not record.differs(["b", "a"], ["a", "b"])
}

test_record_changes_and_describe if {
	record.changes(
		"administrator",
		{"name": "x", "email": "e"},
		{"name": "y", "email": "e"},
	) == [{"field": "administrator.name", "recorded": "y", "actual": "x"}]
	record.changes("name", "x", "y") == [{"field": "name", "recorded": "y", "actual": "x"}]
	d := {"field": "administrator", "website": "shop", "changes": [
		{"field": "administrator.email", "recorded": null, "actual": "e"},
		{"field": "administrator.name", "recorded": "y", "actual": "x"},
	]}
	record.describe(d) == concat("; ", [
		`website shop's administrator.email is nothing but actually "e"`,
		`administrator.name is "y" but actually "x"`,
	])
}

test_record_differences if {
	s := object.union(
		state,
		{
			"actual": {
				"subject": {"status": "active", "name": "N"},
				"websites": {"shop": {"domains": ["example.com"], "name": "Shop"}},
			},
		},
	)
	{d.path | some d in record.differences(s)} == {"/actual/subject/name", "/actual/websites/shop/name"}
	record.differences(state) == set()
}

test_resources if {
	rules := {"p": {"resource_rules": {"ecs": {"billing": ["subscription"], "min_term_months": 3}}}}
	resources._rules_for(rules, "p", "ecs").min_term_months == 3
	resources._rules_for(rules, "q", "ecs") == {}
	resources._problems(rules, "p", true, {"type": "ecs", "billing": "subscription", "term_months": 3}) == set()
	count(resources._problems(rules, "p", true, {"type": "ecs", "billing": "pay_as_you_go", "term_months": 1})) == 2
	resources._problems(rules, "p", false, {"type": "ecs", "billing": "pay_as_you_go", "term_months": 1}) == set()
	resources._problems(rules, "p", true, {}) == set()
	resources._problems(config.providers, "alibaba-cloud", false, {"type": "ecs", "billing": "pay_as_you_go"}) == set()
}

test_result if {
	meta := {"title": "T", "custom": {"id": "ICP999", "severity": "warn", "sources": ["A1"]}}
	result.violation(meta, "m", {"path": "/x", "website": "w"}) == {
		"rule": "ICP999", "title": "T", "severity": "warn", "sources": ["A1"], "msg": "m", "path": "/x", "website": "w",
	}
	result.violation({"title": "T", "custom": {"id": "X", "severity": "deny"}}, "m", {}).sources == []
	result.violation({}, "m", {}) == {"rule": "", "title": "", "severity": "", "sources": [], "msg": "m"}
	result.escape("a/b~c") == "a~1b~0c"
	result.list({"b", "a"}) == "a, b"
	result.website_field({"a"}) == {"website": "a"}
	result.website_field({"a", "b"}) == {}
	result.website_field(set()) == {}
	result.text(null) == "nothing"
	result.text({"a": 1}) == `{"a":1}`
}

# A rule's declared state travels with its violations; a rule that declares
# none is judged everywhere but in a plan's per-step evaluation.
test_result_state_and_judged if {
	stated := {"custom": {"id": "X1", "severity": "warn", "state": "at_risk"}}
	plain := {"custom": {"id": "X2", "severity": "warn"}}
	result.violation(stated, "m", {}).state == "at_risk"
	not "state" in object.keys(result.violation(plain, "m", {}))
	not "state" in object.keys(result.violation({}, "m", {}))
	result.judged(stated)
	result.judged(plain)
	result.declares_state(stated)
	not result.declares_state(plain)
	not result.declares_state({})
	result.judged(stated) with result.judged as result.declares_state
	not result.judged(plain) with result.judged as result.declares_state
}

test_accessibility_holds if {
	accessibility._holds(state, {"domain": "example.com"}, "blog", "example.com")
	accessibility._holds(state, {"domain": "example.com", "website": ""}, "blog", "example.com")
	not accessibility._holds(state, {"domain": "example.com", "website": "shop"}, "blog", "example.com")
	not accessibility._holds(state, {"domain": "example.net"}, "blog", "example.com")
	accessibility._holds(state, {"website": "blog", "domain": ""}, "blog", "example.com")
	not accessibility._holds(state, {"website": "shop"}, "blog", "example.com")
	accessibility._holds(state, {"order": "T-1"}, "blog", "example.com")
	not accessibility._holds(state, {"order": "T-1"}, "shop", "example.com")
	not accessibility._holds(state, {"order": "T-1", "website": "shop"}, "blog", "example.com")
	accessibility._holds(state, {"order": "N-1"}, "shop", "example.com")
	not accessibility._holds(state, {"order": "nope"}, "shop", "example.com")
	accessibility._holds(state, {"path": "/subject"}, "shop", "example.com")
	accessibility._holds(state, {"path": "/subject/icp_number"}, "shop", "example.com")
	accessibility._holds(state, {"path": "/actual/subject"}, "shop", "example.com")
	accessibility._holds(state, {"path": "/actual/subject/name"}, "shop", "example.com")
	not accessibility._holds(state, {"path": "/subjects"}, "shop", "example.com")
	not accessibility._holds(state, {"path": "/hosting/0"}, "shop", "example.com")
	not accessibility._holds(state, {}, "shop", "example.com")
}

test_accessibility_report if {
	vs := [
		{"rule": "ICP101", "state": "blocked", "domain": "example.net", "website": "blog"},
		{"rule": "ICP105", "state": "at_risk", "domain": "example.com"},
		{"rule": "ICP401", "state": "at_risk", "path": "/actual/subject/name"},
		{"rule": "ICP504", "state": "inaccessible", "path": "/actions/3", "website": "old"},
		{"rule": "ICP999", "domain": "example.com"},
	]
	accessibility.report(state, vs) == [
		{"website": "shop", "domain": "example.com", "state": "at_risk", "reasons": ["ICP105", "ICP401"]},
		{"website": "blog", "domain": "example.net", "state": "blocked", "reasons": ["ICP101"]},
		{"website": "blog", "domain": "example.com", "state": "at_risk", "reasons": ["ICP105", "ICP401"]},
		{"website": "old", "domain": "old.example.org", "state": "inaccessible", "reasons": ["ICP504"]},
	]
	accessibility.report({}, vs) == []
}

# The state of a domain comes from the states its rules declare, whatever
# their IDs: a violation without a state (or with one that is not a state)
# does not bear on it; a not_served rule puts a served domain at risk.
test_accessibility_report_by_declared_state if {
	none := {"rule": "X0", "domain": "a.com"}
	bogus := {"rule": "X0", "domain": "a.com", "state": "gone"}
	risk := {"rule": "X1", "domain": "a.com", "state": "at_risk"}
	unserved := {"rule": "X2", "website": "w", "state": "not_served"}
	block := {"rule": "X3", "domain": "a.com", "state": "blocked"}
	gone := {"rule": "X4", "website": "w", "state": "inaccessible"}

	state_of(true, []) == ["accessible", []]
	state_of(true, [none, bogus]) == ["accessible", []]
	state_of(true, [risk]) == ["at_risk", ["X1"]]
	state_of(true, [unserved]) == ["at_risk", ["X2"]]
	state_of(true, [risk, unserved]) == ["at_risk", ["X1", "X2"]]
	state_of(true, [risk, block]) == ["blocked", ["X3"]]
	state_of(true, [risk, block, gone]) == ["inaccessible", ["X4"]]

	state_of(false, []) == ["not_served", []]
	state_of(false, [risk]) == ["not_served", []]
	state_of(false, [risk, unserved]) == ["not_served", ["X2"]]
	state_of(false, [unserved, block]) == ["blocked", ["X3"]]
}

# state_of(served, vs): [state, reasons] of domain a.com of website w, served
# or not, with violations vs.
state_of(served, vs) := [e.state, e.reasons] if {
	s := {
		"websites": [{"id": "w", "domains": ["a.com"], "icp_number": "N-1"}],
		"hosting": [{"domain": "a.com"} | served],
	}
	[e] := accessibility.report(s, vs)
}

test_floor_div if {
	dates._floor_div(7, 2) == 3
	dates._floor_div(-1, 2) == -1
	dates._floor_div(-4, 2) == -2
	dates._floor_div(-5, 2) == -3
	dates._floor_div(0, 2) == 0
}

test_open_transfers_for if {
	orders.open_transfers_for(state, "blog") == {"T-1"}
	orders.open_transfers_for(state, "shop") == {"T-3"}
	orders.open_transfers_for({"websites": []}, "shop") == set()
}
