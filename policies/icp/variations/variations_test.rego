package icp.variations_test

import data.icp.variations

# find(scope, key, field): the variation of a setting (undefined without one).
find(scope, key, field) := [v | some v in variations._all; v.scope == scope; v.key == key; v.field == field][0]

test_province_variations_with_their_sources if {
	hn := find("province", "HN", "transfer_must_match")
	hn.name == "Hunan"
	hn.rules == ["ICP205"]
	hn.setting == "a transfer needs these to match the original record: every subject field, every website field"
	hn.sources == ["A15", "H5"]
	find("province", "SX", "shell_subject_may_add").setting == "a subject with no website left (空壳主体) may still add one"
	not find("province", "ZJ", "transfer_must_match")
	not find("province", "HN", "abbreviation")
}

test_provider_variations if {
	find("provider", "tencent-cloud", "resource_rules").setting == concat("; ", [
		"cvm: billed by subscription, a term of at least 3 months, a public IP",
		"lighthouse: billed by subscription, a term of at least 3 months, a public IP",
	])
	find(
		"provider",
		"alibaba-cloud",
		"resource_rules",
	).setting == "ecs: billed by subscription, a term of at least 3 months, a public IP"
	find(
		"provider",
		"alibaba-cloud",
		"access_during_transfer",
	).setting == "serves a site in transfer only once the transfer is approved"
	find(
		"provider",
		"tencent-cloud",
		"access_during_transfer",
	).setting == "serves a site in transfer from these statuses on: sms_verification, administration_review"
	find("provider", "alibaba-cloud", "order_idle_delete_days").sources == ["A7"]
	find("provider", "tencent-cloud", "cancel_all_removes_subject").rules == ["ICP507"]
}

test_thresholds_and_order if {
	find("threshold", "stale_transfer_days", "stale_transfer_days").setting == "45 days"
	scopes := [v.scope | some v in variations._all]
	scopes[0] == "province"
	scopes[count(scopes) - 1] == "threshold"
}

test_corrected_data_shows if {
	v := find("province", "HB", "shell_subject_may_add") with data.icp.provinces.HB.shell_subject_may_add as false
	v.setting == "a subject with no website left (空壳主体) cannot add one"
	v.sources == []
	w := find("provider", "acme-idc", "cancel_all_removes_subject") with data.icp.providers["acme-idc"] as {
		"cancel_all_removes_subject": false,
		"resource_rules": {"vm": {"public_ip": false}},
	}
	w.name == "acme-idc"
	w.setting == "cancelling access for every website keeps the subject"
	u := find("provider", "acme-idc", "resource_rules") with data.icp.providers["acme-idc"] as {
		"resource_rules": {"vm": {"min_term_months": 6, "public_ip": false}},
	}
	u.setting == "vm: a term of at least 6 months, no public IP"
	find("threshold", "expiry_warning_days", "expiry_warning_days").setting == "30 days"
}

test_catalogue_lists_the_codes if {
	c := variations.catalogue
	count(c.provinces) == 31
	"HN" in c.provinces
	c.providers == sort(object.keys(data.icp.providers))
	{
		"alibaba-cloud",
		"huawei-cloud",
		"tencent-cloud",
		"ucloud",
	} & {p | some p in c.providers} == {"alibaba-cloud", "huawei-cloud", "tencent-cloud", "ucloud"}
	c.variations == variations._all
	startswith(c.sources.A7, "Alibaba Cloud, ICP filing order clean-up")
	every v in variations._all {
		every key in v.sources {
			c.sources[key]
		}
	}
}

test_yunnan_refiles if {
	v := find("province", "YN", "unreachable_transfer_refiles")
	v.rules == ["ICP305"]
	v.sources == ["A15"]
	w := find(
		"province",
		"YN",
		"unreachable_transfer_refiles",
	) with data.icp.provinces.YN.unreachable_transfer_refiles as false
	w.setting == "a transfer rejected because the site did not open can be submitted again"
}

test_catalogue_reads_a_provider_name_as_its_id if {
	variations.catalogue.provider == "alibaba-cloud" with input as {"provider": "Aliyun"}
	variations.catalogue.provider == "tencent-cloud" with input as {"provider": "tencent-cloud"}
	variations.catalogue.provider == "no-such-cloud" with input as {"provider": "No Such Cloud"}
	not variations.catalogue.provider
}
