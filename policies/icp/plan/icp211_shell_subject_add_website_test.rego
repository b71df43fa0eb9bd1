package icp.plan_test

# shell(province): a subject of that province whose one website is
# deregistered.
shell(province) := object.union(base, {
	"subject": {"province": province},
	"websites": [site({"status": "deregistered"})],
})

test_icp211_fires_for_a_shell_subject_in_hubei if {
	v := only(denies(doc(shell("HB"), [add("add", "alibaba-cloud", "add_new_website", newsite)]), "ICP211"))
	v.action == "add"
	v.path == "/actions/0"
	v.website == "docs"
	v.provider == "alibaba-cloud"
	contains(v.msg, "in Hubei a shell subject cannot add a website")
}

test_icp211_not_in_a_province_that_allows_it_or_with_a_website if {
	count(denies(doc(shell("SH"), [add("add", "alibaba-cloud", "add_new_website", newsite)]), "ICP211")) == 0
	count(denies(doc(base, [add("add", "alibaba-cloud", "add_new_website", newsite)]), "ICP211")) == 0
}

test_icp211_edge_after_cancel_number_in_the_plan if {
	hubei := object.union(base, {"subject": {"province": "HB"}})
	d := doc(
		hubei,
		[cancel_number("n", "website", "shop", true), add("add", "alibaba-cloud", "add_new_website", newsite)],
	)
	only(denies(d, "ICP211")).path == "/actions/1"

	# the website is added before the last one goes: no shell subject yet
	e := doc(
		hubei,
		[add("add", "alibaba-cloud", "add_new_website", newsite), cancel_number("n", "website", "shop", true)],
	)
	count(denies(e, "ICP211")) == 0
}

test_icp211_province_from_data if {
	count(denies(
		doc(shell("HB"), [add("add", "alibaba-cloud", "add_new_website", newsite)]),
		"ICP211",
	)) == 0 with data.icp.provinces.HB.shell_subject_may_add as true
	count(denies(
		doc(shell("SH"), [add("add", "alibaba-cloud", "add_new_website", newsite)]),
		"ICP211",
	)) == 1 with data.icp.provinces.SH.shell_subject_may_add as false
}
