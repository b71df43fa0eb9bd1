package icp.plan_test

gansu(actual) := snapshot({
	"subject": {"province": "GS", "icp_number": "陇ICP备12345678号"},
	"websites": [site({"icp_number": "陇ICP备12345678号-1"})],
	"actual": actual,
})

test_icp205_fires_for_a_renamed_subject_in_gansu if {
	v := only(denies(
		doc(gansu({"subject": {"name": "Lanzhou Group"}}), [xfer("xfer", "alibaba-cloud", ["shop"])]),
		"ICP205",
	))
	v.action == "xfer"
	v.path == "/actions/0"
	v.provider == "alibaba-cloud"
	not v.website
	contains(v.msg, "filed in Gansu")
	contains(v.msg, `the subject's name is "Hangzhou Example Technology Co., Ltd." but actually "Lanzhou Group"`)
}

test_icp205_not_when_the_record_matches_or_elsewhere if {
	count(denies(
		doc(gansu({"subject": {"name": base.subject.name}}), [xfer("xfer", "alibaba-cloud", ["shop"])]),
		"ICP205",
	)) == 0
	count(denies(doc(gansu({}), [xfer("xfer", "alibaba-cloud", ["shop"])]), "ICP205")) == 0
	zj := snapshot({"actual": {"subject": {"name": "Lanzhou Group"}}})
	count(denies(doc(zj, [xfer("xfer", "alibaba-cloud", ["shop"])]), "ICP205")) == 0
}

test_icp205_website_administrator_in_gansu_not_tianjin if {
	actual := {"websites": {"shop": {"administrator": {"name": "Li Si"}}}}
	v := only(denies(doc(gansu(actual), [xfer("xfer", "alibaba-cloud", ["shop"])]), "ICP205"))
	v.website == "shop"
	contains(v.msg, `website shop's administrator.name is "Zhang San" but actually "Li Si"`)
	tj := object.union(gansu(actual), {"subject": {"province": "TJ", "icp_number": "津ICP备12345678号"}})
	count(denies(doc(tj, [xfer("xfer", "alibaba-cloud", ["shop"])]), "ICP205")) == 0
}

test_icp205_not_after_an_approved_change if {
	s := gansu({"subject": {"name": "Lanzhou Group"}})
	d := doc(
		s,
		[
			change_subject("c", "other-cloud", {"name": "Lanzhou Group"}),
			await_action("w", "c"),
			xfer("xfer", "alibaba-cloud", ["shop"]),
		],
	)
	count(denies(d, "ICP205")) == 0
	e := doc(
		s,
		[change_subject("c", "other-cloud", {"name": "Lanzhou Group"}), xfer("xfer", "alibaba-cloud", ["shop"])],
	)
	only(denies(e, "ICP205")).path == "/actions/1"
}

# in_province(code, abbr, actual): gansu's snapshot filed in another province.
in_province(code, abbr, actual) := object.union(gansu(actual), {
	"subject": {"province": code, "icp_number": sprintf("%sICP备12345678号", [abbr])},
	"websites": [site({"icp_number": sprintf("%sICP备12345678号-1", [abbr])})],
})

test_icp205_every_field_in_hunan if {
	actual := {"subject": {"type": "individual"}, "websites": {"shop": {"name": "Example Mall"}}}
	vs := denies(doc(in_province("HN", "湘", actual), [xfer("xfer", "alibaba-cloud", ["shop"])]), "ICP205")
	count(vs) == 2
	some v in vs
	v.website == "shop"
	contains(v.msg, "filed in Hunan, where every subject field and every website field must match")
	contains(v.msg, `website shop's name is "Example Shop" but actually "Example Mall"`)
}

test_icp205_shanxi_subject_name_not_website if {
	d := doc(
		in_province("SX", "晋", {"websites": {"shop": {"name": "Example Mall"}}}),
		[xfer("xfer", "alibaba-cloud", ["shop"])],
	)
	count(denies(d, "ICP205")) == 0
	e := doc(in_province("SX", "晋", {"subject": {"name": "Taiyuan Group"}}), [xfer("xfer", "alibaba-cloud", ["shop"])])
	count(denies(e, "ICP205")) == 1
}

test_icp205_one_field_from_data if {
	d := doc(snapshot({"actual": {"subject": {"name": "Ningbo Group"}}}), [xfer("xfer", "alibaba-cloud", ["shop"])])
	v := only(denies(d, "ICP205")) with data.icp.provinces.ZJ.transfer_must_match as ["subject.name"]
	contains(v.msg, "filed in Zhejiang, where subject.name must match the original record")
}
