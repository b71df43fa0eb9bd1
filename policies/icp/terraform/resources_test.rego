package icp.terraform_test

import data.icp.terraform

test_provider_ids_from_the_table_and_unknown_kept if {
	terraform._provider_id("registry.terraform.io/aliyun/alicloud") == "alibaba-cloud"
	terraform._provider_id("registry.terraform.io/tencentcloudstack/tencentcloud") == "tencent-cloud"
	terraform._provider_id("registry.terraform.io/acme/cloud") == "registry.terraform.io/acme/cloud"
}

test_config_address_drops_instance_keys if {
	terraform._config_address(`module.a["x"].alicloud_instance.web[0]`) == "module.a.alicloud_instance.web"
	terraform._config_address("alicloud_instance.web") == "alicloud_instance.web"
}

test_attr_reads_through_a_block if {
	terraform._attr({"c": [{"pay_type": "PayAsYouGo"}]}, "c.pay_type") == "PayAsYouGo"
	terraform._attr({"a": "x"}, "a") == "x"
	not terraform._attr({"a": null}, "a")
}

test_known_leaves_out_unknown_values if {
	r := {"values": {"value": null, "ttl": 600}, "unknown": {"value": true}}
	not terraform._known(r, "value")
	terraform._known(r, "ttl") == 600
}

test_a_deleted_resource_keeps_its_values_before if {
	d := doc(in_review, [rc("alicloud_instance.old", "alicloud_instance", ali, ["delete"], {"id": "i-1"}, null, {})])
	r := terraform._resources["alicloud_instance.old"] with input as d
	r.values == {"id": "i-1"}
	terraform._deleted(r)
	not terraform._changing(r)
}

test_a_replaced_resource_is_changing_not_deleted if {
	r := {"actions": ["delete", "create"]}
	terraform._changing(r)
	not terraform._deleted(r)
}

test_prior_state_resources_outside_resource_changes if {
	tf := object.union(tfplan([]), {"prior_state": {"values": {"root_module": {"child_modules": [{"resources": [{
		"address": "module.m.alicloud_instance.web", "mode": "managed", "type": "alicloud_instance",
		"provider_name": "registry.terraform.io/aliyun/alicloud", "values": {"id": "i-1"},
	}]}]}}}})
	r := terraform._resources["module.m.alicloud_instance.web"] with input as {"filing": in_review, "terraform": tf}
	r.actions == ["no-op"]
	r.provider == "alibaba-cloud"
	r.index == -1
}
