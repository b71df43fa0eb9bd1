package icp.plan_test

test_icp206_change_at_the_new_provider_before_approval if {
	d := doc(base, [rename("rename", "shop", "alibaba-cloud")])
	v := only(denies(d, "ICP206"))
	v.action == "rename"
	v.path == "/actions/0"
	v.website == "shop"
	v.provider == "alibaba-cloud"
	contains(v.msg, "where website shop has no active access at that point of the plan")
	contains(v.msg, "Submit it at other-cloud instead.")
}

test_icp206_not_at_the_provider_with_access if {
	count(denies(doc(base, [rename("rename", "shop", "other-cloud")]), "ICP206")) == 0
	count(denies(doc(base, [change_subject("c", "other-cloud", {"name": "N"})]), "ICP206")) == 0
}

# The edge: the same change is right once the transfer is approved, and
# wrong at the old provider after its access is cancelled.
test_icp206_judged_at_that_point_of_the_plan if {
	after := array.concat(migration, [rename("rename", "shop", "alibaba-cloud")])
	count(denies(doc(base, after), "ICP206")) == 0
	old := array.concat(migration, [rename("rename", "shop", "other-cloud")])
	v := only(denies(doc(base, old), "ICP206"))
	contains(v.msg, "Submit it at alibaba-cloud instead.")
}

test_icp206_subject_change_and_no_access_anywhere if {
	v := only(denies(doc(base, [change_subject("c", "alibaba-cloud", {"name": "N"})]), "ICP206"))
	contains(v.msg, "where no website of the subject has active access at that point")
	not v.website
	s := snapshot({"websites": [site({"access": []})]})
	w := only(denies(doc(s, [rename("r", "shop", "other-cloud")]), "ICP206"))
	contains(w.msg, "No provider has active access now")
}

test_icp206_not_for_a_website_that_does_not_exist if {
	count(denies(doc(base, [rename("r", "ghost", "alibaba-cloud")]), "ICP206")) == 0
}

# ICP201 speaks for a change during an open transfer: no ICP206 beside it.
test_icp206_not_where_icp201_fires if {
	d := doc(base, [xfer("xfer", "alibaba-cloud", ["shop"]), rename("rename", "shop", "alibaba-cloud")])
	only(denies(d, "ICP201")).action == "rename"
	count(denies(d, "ICP206")) == 0
}
