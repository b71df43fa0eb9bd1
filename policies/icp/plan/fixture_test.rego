# Shared test fixtures of the icp.plan tests: a clean snapshot (docs/model.md's
# worked example: shop served from other-cloud, where it has active access),
# action builders, and helpers that evaluate the plan rules.
package icp.plan_test

import data.icp.plan

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
	"administrator": {"name": "Zhang San"},
	"icp_number": "浙ICP备12345678号-2",
	"status": "active",
	"access": [{"provider": "other-cloud", "status": "active"}],
}

ecs := {"type": "ecs", "id": "i-new", "billing": "subscription", "term_months": 12, "public_ip": true}

base := {
	"kind": "FilingSnapshot",
	"version": 1,
	"as_of": "2026-11-20T08:00:00Z",
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

# two: base with blog beside shop, both served from other-cloud.
two := object.union(base, {
	"websites": [shop, blog],
	"hosting": [
		host("example.com", "other-cloud", true),
		host("example.net", "other-cloud", true),
		host("www.example.net", "other-cloud", true),
	],
})

snapshot(patch) := object.union(base, patch)

site(patch) := object.union(shop, patch)

host(d, p, mainland) := {"domain": d, "provider": p, "mainland": mainland}

order(id, type, p, status) := {
	"id": id,
	"type": type,
	"provider": p,
	"status": status,
	"submitted_at": "2026-11-02T08:00:00Z",
}

# Action builders.
xfer(id, p, wids) := {"id": id, "type": "submit_transfer", "provider": p, "websites": wids}

point(id, d, p, mainland) := {
	"id": id,
	"type": "point_domain",
	"domain": d,
	"provider": p,
	"mainland": mainland,
	"resource": ecs,
}

await_action(id, of) := {"id": id, "type": "await_approval", "action": of}

await_order(id, of) := {"id": id, "type": "await_approval", "order": of}

cancel(id, p, wids) := {"id": id, "type": "cancel_access", "provider": p, "websites": wids}

rename(id, wid, p) := {
	"id": id,
	"type": "change_website",
	"provider": p,
	"website": wid,
	"set": {"name": "Example Mall"},
}

change_subject(id, p, st) := {"id": id, "type": "change_subject", "provider": p, "set": st}

cancel_number(id, scope, wid, ack) := {
	"id": id,
	"type": "cancel_number",
	"scope": scope,
	"website": wid,
	"acknowledge_irreversible": ack,
}

withdraw(id, of) := {"id": id, "type": "withdraw_order", "order": of}

abandon(id, of) := {"id": id, "type": "abandon_order", "order": of}

add(id, p, application, w) := {"id": id, "type": "add_website", "provider": p, "application": application, "website": w}

newsite := {"id": "docs", "name": "Example Docs", "domains": ["docs.example.org"]}

# migration: docs/model.md's worked example, a correct move to alibaba-cloud.
migration := [
	object.union(xfer("xfer", "alibaba-cloud", ["shop"]), {"domains": ["example.com"]}),
	await_action("wait", "xfer"),
	point("dns", "example.com", "alibaba-cloud", true),
	cancel("drop-old", "other-cloud", ["shop"]),
]

# doc(s, actions): the input of icp.plan: snapshot s and a plan of actions
# (plan provider alibaba-cloud).
doc(s, actions) := {
	"filing": s,
	"plan": {"kind": "DeploymentPlan", "version": 1, "provider": "alibaba-cloud", "actions": actions},
}

denies(d, id) := {v | vs := plan.deny with input as d; some v in vs; v.rule == id}

warns(d, id) := {v | vs := plan.warn with input as d; some v in vs; v.rule == id}

# ids(d): the rule IDs that fire for input d.
ids(d) := {v.rule | vs := plan.deny | plan.warn with input as d; some v in vs}

# only(vs): the one element of a set (undefined unless exactly one).
only(vs) := v if {
	count(vs) == 1
	some v in vs
}

# states(d): domain -> [state, reasons] of the plan's accessibility report.
states(d) := {e.domain: [e.state, e.reasons] | rep := plan.accessibility with input as d; some e in rep}

# effects(d, id): the consequences of action id.
effects(d, id) := [c.effects | cs := plan.consequences with input as d; some c in cs; c.action == id][0]

test_base_plans_are_clean if {
	ids(doc(base, [])) == set()
	ids(doc(two, [])) == set()
	ids(doc(base, migration)) == {"ICP501"}
}
