package icp.lib.steps_test

import data.icp.lib.steps
import data.icp.lib.timeline

site(id, domains) := {"id": id, "status": "active", "icp_number": "浙ICP备12345678号-1", "domains": domains}

host(d, p) := {"domain": d, "provider": p, "mainland": true}

state := {
	"as_of": "2026-11-20T08:00:00Z",
	"subject": {"status": "active", "province": "ZJ"},
	"websites": [site("shop", ["a.com", "b.com"]), site("blog", ["c.com"])],
	"hosting": [host("a.com", "p1"), host("b.com", "p1"), host("c.com", "p1")],
	"orders": [],
}

repointed := object.union(state, {"hosting": [host("a.com", "p2"), host("b.com", "p1"), host("c.com", "p1")]})

test_a_pointed_domain_touches_itself_only if {
	steps.scope(state, repointed, diff(state, repointed), set()) == {"a.com"}
}

test_a_changed_website_touches_all_its_domains if {
	renamed := object.union(state, {"websites": [object.union(site("shop", ["a.com", "b.com"]), {"name": "Shop"}), site("blog", ["c.com"])]})
	steps.scope(state, renamed, diff(state, renamed), set()) == {"a.com", "b.com"}

	# a website the step deregisters is touched even when it already was
	steps.scope(state, state, diff(state, state), {"blog"}) == {"c.com"}

	# a domain a change removes is touched too (its entry is gone)
	shrunk := object.union(state, {"websites": [site("shop", ["a.com"]), site("blog", ["c.com"])]})
	steps.scope(state, shrunk, diff(state, shrunk), set()) == {"a.com", "b.com"}
}

judged_whole(prev, st) if steps.scope(prev, st, diff(prev, st), set()) == "whole"

# diff(prev, st): the elements of websites, hosting and orders that are in
# one state and not in the other: what a step changes, exactly.
diff(prev, st) := {field: differing |
	some field in ["websites", "hosting", "orders"]
	a := {x | some x in object.get(prev, field, [])}
	b := {x | some x in object.get(st, field, [])}
	differing := (a - b) | (b - a)
}

test_subject_wide_changes_touch_everything if {
	judged_whole(state, object.union(state, {"subject": {"status": "deregistered", "province": "ZJ"}}))
	judged_whole(state, object.union(state, {"as_of": "2026-12-20T08:00:00Z"}))
	judged_whole(state, object.union(state, {"orders": [{"id": "C", "type": "change", "status": "provider_review", "provider": "p1"}]}))
	with_actual := object.union(state, {"actual": {"subject": {"name": "X"}}})
	judged_whole(with_actual, object.union(with_actual, {"orders": [{"id": "T", "type": "transfer", "status": "provider_review", "provider": "p2", "websites": ["blog"]}]}))
}

test_an_order_touches_the_websites_it_lists if {
	opened := object.union(state, {"orders": [{"id": "T", "type": "transfer", "status": "provider_review", "provider": "p2", "websites": ["blog"]}]})
	steps.scope(state, opened, diff(state, opened), set()) == {"c.com"}
}

test_an_open_cancel_access_order_ties_its_websites if {
	cancelling := {"orders": [{"id": "X", "type": "cancel_access", "status": "provider_review", "provider": "p1", "websites": ["shop", "blog"]}]}
	before := object.union(state, cancelling)
	after := object.union(repointed, cancelling)

	# ICP506 reads every domain of the websites the order covers
	steps.scope(before, after, diff(before, after), set()) == {"a.com", "b.com", "c.com"}

	# an order that names no website covers them all
	all_sites := {"orders": [{"id": "X", "type": "cancel_access", "status": "provider_review", "provider": "p1"}]}
	steps.scope(object.union(state, all_sites), object.union(repointed, all_sites), diff(object.union(state, all_sites), object.union(repointed, all_sites)), set()) == "whole"
	steps.part(after, {"a.com"}).websites == after.websites
}

test_part_keeps_what_decides_the_domains if {
	shared := object.union(state, {"websites": [site("shop", ["a.com", "b.com"]), site("blog", ["c.com", "a.com"])]})
	p := steps.part(shared, {"a.com"})
	p.websites == [site("shop", ["a.com"]), site("blog", ["a.com"])]
	p.hosting == [host("a.com", "p1")]
	p.subject == shared.subject

	# ICP401 compares a website's domains with actual: they stay whole
	with_actual := object.union(shared, {"actual": {"websites": {"shop": {"name": "Shop"}}}})
	steps.part(with_actual, {"a.com"}).websites == [site("shop", ["a.com", "b.com"]), site("blog", ["a.com"])]
}

test_change_names_gone_domains_null if {
	report := [{"website": "shop", "domain": "a.com", "state": "accessible", "reasons": []}]
	by_domain := {"a.com": steps.by_key(report), "b.com": steps.by_key(report)}
	steps.part_change({["shop", "a.com"], ["shop", "b.com"]}, by_domain).entries == {["shop", "a.com"]: ["accessible", []], ["shop", "b.com"]: null}
	steps.whole_change(report) == {"entries": {["shop", "a.com"]: ["accessible", []]}, "lacking": null}
}

# A run of steps that each point another domain: each domain keeps its
# entry from the step that points it to the last one, judged whole, which
# judges them all; a.com, changed again by the last step, is judged before.
test_judgements_share_states if {
	j := steps.judgements(["whole", {"a.com"}, {"b.com"}, {"c.com"}, {"a.com"}])
	j.whole == {0, 4}
	j.at == {[1, "a.com"]: 3, [2, "b.com"]: 4, [3, "c.com"]: 4, [4, "a.com"]: 4}
}

# A domain changed again later bounds its span: a.com of step 1 must be
# judged before step 3 changes it, b.com and a.com of step 2 together.
test_judgements_bound_spans_by_the_next_change if {
	j := steps.judgements(["whole", {"a.com"}, {"a.com", "b.com"}, {"a.com", "c.com"}, {"b.com"}, {"d.com"}])
	j.whole == {0, 5}
	j.at == {
		[1, "a.com"]: 1, [2, "a.com"]: 2, [2, "b.com"]: 2,
		[3, "a.com"]: 5, [3, "c.com"]: 5, [4, "b.com"]: 5, [5, "d.com"]: 5,
	}
}

# A step judged whole judges the spans it lies in; a whole step ends the
# spans before it.
test_judgements_use_the_steps_judged_whole if {
	j := steps.judgements(["whole", {"a.com"}, "whole", {"b.com"}, {"a.com"}, {"c.com"}])
	j.whole == {0, 2, 5}
	j.at == {[1, "a.com"]: 1, [3, "b.com"]: 5, [4, "a.com"]: 5, [5, "c.com"]: 5}

	# the edge: one step, judged whole
	steps.judgements(["whole"]) == {"whole": {0}, "at": {}}
}

# The greedy points: the fewest steps in every span.
test_points if {
	steps._points({[1, 1, "a"], [1, 5, "b"], [2, 3, "c"], [3, 6, "d"], [6, 6, "e"]}) == {1, 3, 6}
	steps._points(set()) == set()
}

# A domain that a step does not name keeps its entry from the step before.
test_timeline_from_changes_carries_entries_forward if {
	e := {"website": "shop", "domain": "a.com"}
	ok := object.union(e, {"state": "accessible", "reasons": []})
	k := ["shop", "a.com"]
	changes := [whole({k: ["accessible", []]}), part({}), part({k: ["blocked", ["ICP101"]]}), part({}), whole({k: ["accessible", []]})]
	ids := ["s1", "s2", "s3", "s4"]
	[x] := timeline.from_changes([ok], changes, ids)
	x.before == "accessible"
	x.worst == "blocked"
	x.timeline == [
		{"from": 0, "to": 1, "state": "accessible", "reasons": [], "actions": ["s1"]},
		{"from": 2, "to": 3, "state": "blocked", "reasons": ["ICP101"], "actions": ["s2", "s3"]},
		{"from": 4, "to": 4, "state": "accessible", "reasons": [], "actions": ["s4"]},
	]

	# the same value judged again continues the run
	[y] := timeline.from_changes([ok], [whole({k: ["accessible", []]}), part({k: ["accessible", []]}), part({}), part({}), whole({k: ["accessible", []]})], ids)
	y.timeline == [{"from": 0, "to": 4, "state": "accessible", "reasons": [], "actions": ids}]
}

# null, or a whole step without the key: the domain does not exist then.
test_timeline_from_changes_gaps if {
	e := {"website": "shop", "domain": "a.com"}
	ok := object.union(e, {"state": "accessible", "reasons": []})
	k := ["shop", "a.com"]
	ids := ["s1", "s2", "s3", "s4"]
	want := [
		{"from": 0, "to": 0, "state": "accessible", "reasons": [], "actions": []},
		{"from": 3, "to": 4, "state": "accessible", "reasons": [], "actions": ["s3", "s4"]},
	]
	[x] := timeline.from_changes([ok], [whole({k: ["accessible", []]}), part({k: null}), part({}), whole({k: ["accessible", []]}), whole({k: ["accessible", []]})], ids)
	x.timeline == want
	[y] := timeline.from_changes([ok], [whole({k: ["accessible", []]}), whole({}), part({}), part({k: ["accessible", []]}), whole({k: ["accessible", []]})], ids)
	y.timeline == want

	# a domain added by the plan has no state before it
	[z] := timeline.from_changes([ok], [whole({}), part({}), part({k: ["accessible", []]}), part({}), whole({k: ["accessible", []]})], ids)
	z.before == ""
	z.timeline == [{"from": 2, "to": 4, "state": "accessible", "reasons": [], "actions": ["s2", "s3", "s4"]}]
}

whole(entries) := {"entries": entries, "lacking": null}

part(entries) := {"entries": entries, "lacking": false}

test_small_plans_are_judged_whole if {
	steps.small_plan(state, {"actions": [{}, {}]})

	# the state's 5 elements and 14 actions are small, one more is not
	steps.small_plan(state, {"actions": [{} | some _ in numbers.range(1, 14)]})
	not steps.small_plan(state, {"actions": [{} | some _ in numbers.range(1, 15)]})
}
