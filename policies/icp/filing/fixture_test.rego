# Shared test fixtures of the icp.filing tests: a clean snapshot and helpers
# that evaluate the rules on a variant of it.
package icp.filing_test

import data.icp.filing

as_of := "2026-11-20T08:00:00Z"

shop := {
	"id": "shop",
	"name": "Example Shop",
	"domains": ["example.com"],
	"administrator": {"name": "Zhang San", "phone": "13800000000"},
	"icp_number": "浙ICP备12345678号-1",
	"status": "active",
	"access": [{"provider": "other-cloud", "status": "active"}],
}

blog := {
	"id": "blog",
	"name": "Example Blog",
	"domains": ["example.net", "www.example.net"],
	"icp_number": "浙ICP备12345678号-2",
	"status": "active",
	"access": [{"provider": "other-cloud", "status": "active"}],
}

ecs := {
	"type": "ecs",
	"id": "i-abc",
	"billing": "subscription",
	"term_months": 12,
	"expires_at": "2027-06-01T00:00:00Z",
	"public_ip": true,
}

# base: a clean snapshot (no deny, no warn): shop served from other-cloud,
# where it has active access.
base := {
	"kind": "FilingSnapshot",
	"version": 1,
	"as_of": as_of,
	"subject": {
		"name": "Hangzhou Example Technology Co., Ltd.",
		"type": "enterprise",
		"certificate": {"type": "business_license", "number": "91330100MA27XXXX0A"},
		"province": "ZJ",
		"icp_number": "浙ICP备12345678号",
		"status": "active",
	},
	"websites": [shop],
	"hosting": [host("example.com", "other-cloud", true)],
	"orders": [],
}

# two: base with a second website, blog, served from other-cloud too.
two := object.union(base, {
	"websites": [shop, blog],
	"hosting": [
		host("example.com", "other-cloud", true),
		host("example.net", "other-cloud", true),
		host("www.example.net", "other-cloud", true),
	],
})

# snapshot(patch): base with patch merged in (objects merge, arrays replace).
snapshot(patch) := object.union(base, patch)

# site(patch): the shop website with patch merged in.
site(patch) := object.union(shop, patch)

host(d, p, mainland) := {"domain": d, "provider": p, "mainland": mainland, "resource": ecs}

# order(id, type, p, status, submitted): an order of every website.
order(id, type, p, status, submitted) := {
	"id": id,
	"type": type,
	"provider": p,
	"status": status,
	"submitted_at": submitted,
}

# denies(s, id) and warns(s, id): the violations of rule id on snapshot s.
denies(s, id) := {v | vs := filing.deny with input as s; some v in vs; v.rule == id}

warns(s, id) := {v | vs := filing.warn with input as s; some v in vs; v.rule == id}

# ids(s): the rule IDs that fire on s.
ids(s) := {v.rule | vs := filing.deny | filing.warn with input as s; some v in vs}

# only(vs): the one element of a set of violations (undefined unless exactly one).
only(vs) := v if {
	count(vs) == 1
	some v in vs
}

# states(s): domain -> [state, reasons] of the accessibility report of s.
states(s) := {e.domain: [e.state, e.reasons] | rep := filing.accessibility with input as s; some e in rep}

test_base_is_clean if {
	ids(base) == set()
	ids(two) == set()
}
