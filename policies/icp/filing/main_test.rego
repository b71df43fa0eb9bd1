package icp.filing_test

import data.icp.filing

test_accessibility_accessible if {
	states(base) == {"example.com": ["accessible", []]}
}

test_accessibility_in_snapshot_order if {
	rep := filing.accessibility with input as two
	[[e.website, e.domain] | some e in rep] == [["shop", "example.com"], ["blog", "example.net"], ["blog", "www.example.net"]]
}

test_accessibility_inaccessible if {
	states(snapshot({"websites": [site({"status": "deregistered"})]})) == {"example.com": ["inaccessible", []]}
	states(object.union(base, {"subject": {"status": "deregistered"}})) == {"example.com": ["inaccessible", []]}
	states(snapshot({"websites": [object.remove(shop, ["icp_number"])]})) == {"example.com": ["inaccessible", []]}
}

test_accessibility_inaccessible_before_blocked if {
	s := snapshot({"websites": [site({"status": "deregistered"})], "hosting": [host("example.com", "alibaba-cloud", true)]})
	states(s) == {"example.com": ["inaccessible", []]}
}

test_accessibility_blocked if {
	s := snapshot({"hosting": [host("example.com", "alibaba-cloud", true)]})
	states(s) == {"example.com": ["blocked", ["ICP101"]]}
}

test_accessibility_blocked_before_at_risk if {
	s := snapshot({
		"hosting": [host("example.com", "alibaba-cloud", true), host("example.com", "aws", false)],
		"actual": {"websites": {"shop": {"name": "Example Mall"}}},
	})
	states(s) == {"example.com": ["blocked", ["ICP101"]]}
}

test_accessibility_not_served if {
	states(snapshot({"hosting": []})) == {"example.com": ["not_served", []]}
}

test_accessibility_not_served_shell_before_at_risk if {
	s := snapshot({
		"websites": [site({"access": []})],
		"hosting": [],
		"actual": {"subject": {"name": "Hangzhou Example Group Co., Ltd."}},
	})
	states(s) == {"example.com": ["not_served", ["ICP303"]]}
}

test_accessibility_at_risk_reasons_sorted if {
	s := snapshot({
		"hosting": [host("example.com", "aws", false)],
		"actual": {"websites": {"shop": {"name": "Example Mall"}}},
	})
	states(s) == {"example.com": ["at_risk", ["ICP102", "ICP401"]]}
}

test_accessibility_at_risk_shell_served if {
	states(snapshot({"websites": [site({"access": []})]})) == {"example.com": ["blocked", ["ICP101"]]}
	s := snapshot({"websites": [site({"access": []})], "hosting": [host("example.com", "aws", false)]})
	states(s) == {"example.com": ["at_risk", ["ICP102", "ICP303"]]}
}

test_accessibility_subject_level_difference_covers_every_website if {
	s := object.union(two, {"actual": {"subject": {"type": "individual"}}})
	states(s) == {
		"example.com": ["at_risk", ["ICP401"]],
		"example.net": ["at_risk", ["ICP401"]],
		"www.example.net": ["at_risk", ["ICP401"]],
	}
}

test_accessibility_website_level_difference_covers_that_website if {
	s := object.union(two, {"actual": {"websites": {"blog": {"name": "Blog"}}}})
	states(s) == {
		"example.com": ["accessible", []],
		"example.net": ["at_risk", ["ICP401"]],
		"www.example.net": ["at_risk", ["ICP401"]],
	}
}

test_accessibility_domain_level_rule_covers_that_domain if {
	s := object.union(two, {"hosting": [
		host("example.com", "other-cloud", true),
		host("example.net", "other-cloud", true),
		object.union(host("www.example.net", "other-cloud", true), {"resource": {"expires_at": "2026-11-30T00:00:00Z"}}),
	]})
	states(s) == {
		"example.com": ["accessible", []],
		"example.net": ["accessible", []],
		"www.example.net": ["at_risk", ["ICP105"]],
	}
}

test_accessibility_cancel_number_of_the_subject if {
	o := object.union(order("N-1", "cancel_number", "other-cloud", "provider_review", "2026-11-18T08:00:00Z"), {"scope": "subject", "websites": ["shop"]})
	s := object.union(two, {"orders": [o]})
	states(s) == {
		"example.com": ["at_risk", ["ICP506"]],
		"example.net": ["at_risk", ["ICP506"]],
		"www.example.net": ["at_risk", ["ICP506"]],
	}
}

test_accessibility_cancel_access_covers_its_websites if {
	o := object.union(order("X-1", "cancel_access", "other-cloud", "provider_review", "2026-11-18T08:00:00Z"), {"websites": ["blog"]})
	s := object.union(two, {"orders": [o]})
	states(s) == {
		"example.com": ["accessible", []],
		"example.net": ["at_risk", ["ICP506"]],
		"www.example.net": ["at_risk", ["ICP506"]],
	}
}

test_accessibility_stale_transfer if {
	s := snapshot({
		"websites": [site({"access": []})],
		"hosting": [host("example.com", "aws", false)],
		"orders": [order("T-1", "transfer", "alibaba-cloud", "rejected", "2026-09-01T08:00:00Z")],
	})
	states(s) == {"example.com": ["at_risk", ["ICP102", "ICP302"]]}
}

# A user's rule feeds the report by the state it declares (the state field
# that data.icp.lib.result.violation gives from its custom.state); one that
# declares none does not.
test_accessibility_fed_by_user_rules if {
	user := {"rule": "ACME001", "msg": "user", "domain": "example.com", "state": "blocked"}
	states(base) == {"example.com": ["blocked", ["ACME001"]]} with filing.warn as {user}
	states(base) == {"example.com": ["accessible", []]} with filing.warn as {object.remove(user, ["state"])}
}

test_decision_answers_one_document if {
	s := snapshot({"hosting": [host("example.com", "alibaba-cloud", true)]})
	d := filing.decision with input as s
	{v.rule | some v in d.deny} == {"ICP101"}
	d.warn == set()
	d.accessibility == [{"website": "shop", "domain": "example.com", "state": "blocked", "reasons": ["ICP101"]}]
	d.consequences == []
}

test_every_violation_has_its_annotation if {
	s := object.union(two, {
		"hosting": [host("example.com", "alibaba-cloud", true), host("example.net", "aws", false)],
		"actual": {"subject": {"type": "individual"}},
	})
	vs := filing.deny | filing.warn with input as s
	count(vs) >= 3
	every v in vs {
		regex.match(`^ICP[0-9]{3}$`, v.rule)
		v.severity in {"deny", "warn"}
		v.title != ""
		count(v.sources) > 0
		startswith(v.path, "/")
	}
}

test_findings_are_the_decisions_deny_and_warn if {
	every provider in ["alibaba-cloud", "aliyun"] {
		s := snapshot({"hosting": [host("example.com", provider, true), host("example.net", "aws", false)]})
		d := filing.decision with input as s
		f := filing.findings with input as s
		f == {"deny": d.deny, "warn": d.warn}
		{v.rule | some v in f.deny} == {"ICP101"}
	}
}
