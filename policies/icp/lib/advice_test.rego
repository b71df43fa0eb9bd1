package icp.lib.advice_test

import data.icp.lib.advice

providers := {"tencent-cloud": {"access_during_transfer": ["sms_verification", "administration_review"]}}

state(access, orders) := {
	"websites": [{"id": "shop", "domains": ["example.com"], "status": "active", "access": access}],
	"orders": orders,
}

transfer(id, p, status) := {"id": id, "type": "transfer", "provider": p, "status": status, "websites": ["shop"]}

test_keep_serving_from_the_provider_with_access if {
	s := state([{"provider": "other-cloud", "status": "active"}], [transfer("T-1", "alibaba-cloud", "provider_review")])
	advice.serve_instead(s, "shop", "alibaba-cloud", providers, false) == concat(" ", [
		"Keep serving it from a provider with active access (other-cloud) until the open transfer",
		"to alibaba-cloud is approved.",
	])
	advice.serve_instead(s, "shop", "alibaba-cloud", providers, true) == concat(" ", [
		"Keep serving it from a provider with active access (other-cloud) until transfer T-1 to",
		"alibaba-cloud is approved: await its approval before this step.",
	])
}

# issue 10: never "keep serving from a provider with active access" when
# there is none; name the transfer that would give access.
test_no_access_anywhere if {
	s := state([{"provider": "other-cloud", "status": "cancelled"}], [])
	advice.serve_instead(s, "shop", "alibaba-cloud", providers, false) == concat(" ", [
		"Website shop has no active access at any provider, so no mainland server may serve it yet:",
		"get a transfer of shop to alibaba-cloud approved first (submit it and await its approval);",
		"until then it can be served only from outside mainland China.",
	])
	t := state([], [transfer("T-1", "alibaba-cloud", "administration_review")])
	contains(
		advice.serve_instead(t, "shop", "alibaba-cloud", providers, true),
		"yet: wait until transfer T-1 to alibaba-cloud is approved;",
	)
}

# issue 10: the open transfer to another provider is named as such, never
# as a transfer to the provider that serves.
test_open_transfer_to_another_provider if {
	s := state([], [transfer("T-2", "huawei-cloud", "provider_review"), transfer("T-0", "alibaba-cloud", "rejected")])
	msg := advice.serve_instead(s, "shop", "alibaba-cloud", providers, false)
	contains(msg, "serve it from huawei-cloud once the open transfer there (T-2) is approved")
	not contains(msg, "transfer to alibaba-cloud")
}

# A transfer whose provider already serves gives active access: the advice
# names that provider.
test_serving_during_transfer_counts_as_access if {
	s := state([], [transfer("T-3", "tencent-cloud", "sms_verification")])
	advice.serve_instead(s, "shop", "alibaba-cloud", providers, false) == concat(" ", [
		"Keep serving it from a provider with active access (tencent-cloud) until a transfer of",
		"shop to alibaba-cloud is approved.",
	])
}
