package icp.terraform_test

import data.icp.terraform

# The snapshot the tests' plans act on: website shop (example.com,
# www.example.com) served by other-cloud, its transfer to alibaba-cloud in
# review; approved has the transfer approved.
in_review := {
	"kind": "FilingSnapshot",
	"version": 1,
	"as_of": "2026-11-20T08:00:00Z",
	"subject": {
		"name": "Example Co., Ltd.", "type": "enterprise",
		"certificate": {"type": "business_license", "number": "91330100MA27XXXX0A"},
		"province": "ZJ", "icp_number": "浙ICP备12345678号", "status": "active",
	},
	"websites": [{
		"id": "shop", "name": "Shop", "domains": ["example.com", "www.example.com"],
		"administrator": {"name": "Zhang San", "phone": "13800000000", "email": "z@example.com"},
		"icp_number": "浙ICP备12345678号-1", "status": "active",
		"access": [{"provider": "other-cloud", "status": "active"}],
	}],
	"hosting": [
		{"domain": "example.com", "provider": "other-cloud", "mainland": true},
		{"domain": "www.example.com", "provider": "other-cloud", "mainland": true},
	],
	"orders": [{
		"id": "T-1", "type": "transfer", "provider": "alibaba-cloud", "status": "administration_review",
		"submitted_at": "2026-11-02T08:00:00Z", "websites": ["shop"],
	}],
}

approved := object.union(in_review, {
	"websites": [object.union(in_review.websites[0], {"access": [
		{"provider": "other-cloud", "status": "active"},
		{"provider": "alibaba-cloud", "status": "active"},
	]})],
	"orders": [object.union(in_review.orders[0], {"status": "approved"})],
})

# rc(address, type, provider, actions, before, after, unknown): one
# resource_changes entry.
rc(address, type, provider, actions, before, after, unknown) := {
	"address": address, "mode": "managed", "type": type, "name": "x",
	"provider_name": sprintf("registry.terraform.io/%s", [provider]),
	"change": {"actions": actions, "before": before, "after": after, "after_unknown": unknown},
}

create(address, type, provider, after) := rc(address, type, provider, ["create"], null, after, {})

noop(address, type, provider, values) := rc(address, type, provider, ["no-op"], values, values, {})

ali := "aliyun/alicloud"

# ecs(address, extra): a subscription ECS with a public IP in cn-hangzhou.
ecs(address, extra) := create(address, "alicloud_instance", ali, object.union(
	{
		"availability_zone": "cn-hangzhou-i", "instance_charge_type": "PrePaid",
		"period": 12, "period_unit": "Month", "internet_max_bandwidth_out": 10,
		"public_ip": "47.96.1.10", "id": "i-web",
	},
	extra,
))

# record(address, rr, type, value): an alidns record of example.com.
record(address, rr, type, value) := create(address, "alicloud_alidns_record", ali, {
	"domain_name": "example.com", "rr": rr, "type": type, "value": value, "status": "ENABLE",
})

tfplan(changes) := {"format_version": "1.2", "resource_changes": changes, "complete": true}

doc(filing, changes) := {"filing": filing, "terraform": tfplan(changes), "regions": {}}

# derived(d): the actions of the DeploymentPlan derived from input d.
derived(d) := actions if {
	actions := terraform.plan.actions with input as d
}

# denies(d), warns(d): the violations of the Terraform plan of input d.
denies(d) := [v | some v in vs] if {
	vs := terraform.deny with input as d
}

warns(d) := [v | some v in vs] if {
	vs := terraform.warn with input as d
}

ids(vs) := {v.rule | some v in vs}
