package icp.lib.providers_test

import data.icp.lib.providers

test_normal_folds_case_and_separators if {
	providers._normal("Alibaba Cloud") == "alibaba-cloud"
	providers._normal("  Other__Cloud. ") == "other-cloud"
	providers._normal("west.cn") == "west-cn"
	providers._normal("阿里云") == "阿里云"
	providers._normal(7) == 7
}

test_canonical_reads_aliases_as_ids if {
	providers.canonical("aliyun") == "alibaba-cloud"
	providers.canonical("Alibaba-Cloud") == "alibaba-cloud"
	providers.canonical("ALICLOUD") == "alibaba-cloud"
	providers.canonical("阿里云") == "alibaba-cloud"
	providers.canonical("qcloud") == "tencent-cloud"
	providers.canonical("腾讯云") == "tencent-cloud"
	providers.canonical("Huawei Cloud") == "huawei-cloud"
}

test_canonical_of_an_unknown_name_is_its_normal_form if {
	providers.canonical("Other Cloud") == "other-cloud"
	providers.canonical("other_cloud") == "other-cloud"
	not providers.is_known("other-cloud")
	providers.is_known("ALIYUN")
}

test_the_registry_writes_each_alias_in_normal_form_once if {
	names := [n | some id, e in data.icp.providers; some n in array.concat([id], e.aliases)]
	every n in names {
		providers._normal(n) == n
	}
	count(names) == count({n | some n in names})
	count(providers._known) == count(names)
}

test_registry_without_names_still_knows_ids if {
	providers.canonical("X-Cloud") == "x-cloud" with data.icp.providers as {"x-cloud": {}}
	providers.is_known("x cloud") with data.icp.providers as {"x-cloud": {}}
	providers.canonical("My Cloud") == "x-cloud" with data.icp.providers as {"x-cloud": {"aliases": ["my-cloud"]}}
}

test_distance if {
	providers._distance(split("abc", ""), split("abd", "")) == 1
	providers._distance(split("abc", ""), split("ab", "")) == 1
	providers._distance(split("ab", ""), split("abc", "")) == 1
	providers._distance(split("abcd", ""), split("abdc", "")) == 2
	providers._distance(split("abcd", ""), split("bcda", "")) == 2
	providers._distance(split("bcda", ""), split("abcd", "")) == 2
	providers._distance(split("abcd", ""), split("ab", "")) == 2
	providers._distance(split("ab", ""), split("abcd", "")) == 2
	providers._distance(split("abcd", ""), split("axc", "")) == 2
	providers._distance(split("axc", ""), split("abcd", "")) == 2
	not providers._distance(split("abc", ""), split("abc", ""))
	not providers._distance(split("abcd", ""), split("wxyz", ""))
	not providers._distance(split("abcde", ""), split("ab", ""))
}

test_nearest_names_the_resembled_provider if {
	providers.nearest("Alibaba Clod") == ["alibaba-cloud", "alibaba-cloud"]
	providers.nearest("aliyn") == ["alibaba-cloud", "aliyun"]
	providers.nearest("tencnet-cloud") == ["tencent-cloud", "tencent-cloud"]
	providers.nearest("阿里") == ["alibaba-cloud", "阿里云"]
}

test_nearest_is_undefined_for_known_and_distant_names if {
	not providers.nearest("aliyun")
	not providers.nearest("other-cloud")
	not providers.nearest("my-own-idc")
}

test_short_names_allow_one_edit if {
	providers.nearest("awz") == ["aws", "aws"]
	not providers.nearest("abc")
}

test_snapshot_reads_every_provider_field if {
	s := {
		"websites": [{"id": "w", "access": [{"provider": "aliyun", "status": "active"}]}, {"id": "x"}],
		"hosting": [{"domain": "a.cn", "provider": "Tencent Cloud", "mainland": true}],
		"orders": [{"id": "o", "provider": "华为云"}, {"id": "p"}],
	}
	providers.snapshot(s) == {
		"websites": [{"id": "w", "access": [{"provider": "alibaba-cloud", "status": "active"}]}, {"id": "x"}],
		"hosting": [{"domain": "a.cn", "provider": "tencent-cloud", "mainland": true}],
		"orders": [{"id": "o", "provider": "huawei-cloud"}, {"id": "p"}],
	}
}

test_snapshot_leaves_what_is_not_a_document if {
	providers.snapshot("x") == "x"
	providers.snapshot({}) == {}
}

test_plan_input_reads_the_plan_and_its_snapshot if {
	x := {
		"filing": {"hosting": [{"domain": "a.cn", "provider": "ALIYUN"}]},
		"plan": {"provider": "qcloud", "actions": [{"id": "a", "provider": "Alibaba_Cloud"}, {"id": "b"}]},
	}
	providers.plan_input(x) == {
		"filing": {"hosting": [{"domain": "a.cn", "provider": "alibaba-cloud"}]},
		"plan": {"provider": "tencent-cloud", "actions": [{"id": "a", "provider": "alibaba-cloud"}, {"id": "b"}]},
	}
	providers.plan_input([]) == []
}

test_misspelling_message if {
	msg := providers.misspelling("aliyn", "alibaba-cloud", "aliyun")
	contains(
		msg,
		concat(" ", [
			`Provider "aliyn" is not a provider the registry knows, but looks like aliyun, i.e.`,
			`alibaba-cloud (Alibaba Cloud, 阿里云)`,
		]),
	)
	contains(providers.misspelling("aws2", "aws", "aws"), "looks like aws (")
}

test_snapshot_already_canonical_is_itself if {
	s := {
		"websites": [{"id": "w", "access": [{"provider": "alibaba-cloud"}]}],
		"hosting": [{"provider": "other-cloud"}],
	}
	providers.snapshot(s) == s
	providers.snapshot({"hosting": [{"provider": "Other Cloud"}]}) == {"hosting": [{"provider": "other-cloud"}]}
}
