package icp.terraform_test

import data.icp.terraform

records(changes) := rs if {
	rs := terraform._records with input as doc(in_review, changes)
}

test_alidns_apex_and_subdomain if {
	rs := records([record("a.apex", "@", "A", "1.2.3.4"), record("a.www", "WWW", "cname", "Example.com.")])
	rs["a.apex"].domain == "example.com"
	rs["a.www"].domain == "www.example.com"
	rs["a.www"].type == "CNAME"
	rs["a.www"].values == {"example.com"}
}

test_huawei_recordset_fqdn_and_list if {
	rs := records([
		create(
			"h.apex",
			"huaweicloud_dns_recordset",
			"huaweicloud/huaweicloud",
			{"name": "Example.com.", "type": "A", "records": ["1.2.3.4", "1.2.3.5"]},
		),
	])
	rs["h.apex"].domain == "example.com"
	rs["h.apex"].values == {"1.2.3.4", "1.2.3.5"}
}

test_cloudflare_name_proxied_and_relative if {
	rs := records([
		create(
			"c.www",
			"cloudflare_record",
			"cloudflare/cloudflare",
			{"name": "www.example.com", "type": "CNAME", "content": "example.com", "proxied": true},
		),
		create(
			"c.rel",
			"cloudflare_record",
			"cloudflare/cloudflare",
			{"name": "shop", "type": "A", "value": "1.2.3.4"},
		),
	])
	rs["c.www"].proxied
	rs["c.rel"].domain == ""
	not rs["c.rel"].proxied
}

test_route53_alias_target if {
	rs := records([
		create(
			"r.apex",
			"aws_route53_record",
			"hashicorp/aws",
			{
				"name": "example.com",
				"type": "A",
				"alias": [{"name": "shop-1.cn-north-1.elb.amazonaws.com.cn.", "zone_id": "Z1"}],
			},
		),
	])
	rs["r.apex"].values == {"shop-1.cn-north-1.elb.amazonaws.com.cn"}
}

test_unknown_and_disabled if {
	rs := records([
		rc(
			"a.apex",
			"alicloud_alidns_record",
			ali,
			["create"],
			null,
			{"domain_name": "example.com", "rr": "@", "type": "A", "value": null, "status": "ENABLE"},
			{"value": true},
		),
		record("a.off", "off", "A", "1.2.3.4"),
		create(
			"t.off",
			"tencentcloud_dnspod_record",
			"tencentcloudstack/tencentcloud",
			{"domain": "example.com", "sub_domain": "t", "record_type": "A", "value": "1.2.3.4", "status": "DISABLE"},
		),
	])
	rs["a.apex"].unknown
	rs["a.apex"].values == set()
	not rs["a.off"].disabled
	rs["t.off"].disabled
}

test_mx_and_txt_serve_nothing if {
	rs := records([record("a.mx", "@", "MX", "mx.example.com"), record("a.txt", "@", "TXT", "v=spf1")])
	not terraform._serving_record(rs["a.mx"])
	not terraform._serving_record(rs["a.txt"])
	count(derived(doc(in_review, [record("a.mx", "@", "MX", "mx.example.com")]))) == 0
}
