package icp.filing

import data.icp.lib.index
import data.icp.lib.result

# METADATA
# title: Domain or number under two websites
# description: |
#   One domain is listed under two websites, or two websites share an ICP
#   number (reported on the later website). Each domain and each number
#   belongs to one website: remove the duplicate or correct the number.
# custom:
#   id: ICP903
#   severity: deny
#   sources:
#     - A18
deny contains v if {
	some [path, place, msg] in icp903_places
	v := result.violation(rego.metadata.rule(), msg, object.union({"path": path}, place))
}

# The same domain or number under an earlier website: each domain and number
# is looked up in an index built once (a scan of the earlier websites per
# domain is quadratic on thousands of websites).
icp903_places contains [sprintf("/websites/%d/domains/%d", [k, m]), {"website": w.id, "domain": d}, msg] if {
	some k, w in input.websites
	k > 0
	some m, d in w.domains
	d in icp903_shared_domains
	firsts := icp903_earlier(icp903_domain_sites[d], k)
	count(firsts) > 0
	msg := sprintf(
		"Domain %s is listed under website %s and also under website %s: each domain belongs to one website. Remove it from one of them.",
		[d, w.id, result.list(firsts)],
	)
}

icp903_places contains [sprintf("/websites/%d/icp_number", [k]), {"website": w.id}, msg] if {
	some k, w in input.websites
	k > 0
	n := w.icp_number
	n in icp903_shared_numbers
	firsts := icp903_earlier(icp903_number_sites[n], k)
	count(firsts) > 0
	msg := sprintf(
		"Website %s has ICP number %s, the same as website %s: each website has its own number. Correct the number.",
		[w.id, n, result.list(firsts)],
	)
}

# icp903_shared_domains, icp903_shared_numbers: the domains (numbers) that
# more than one website lists (has): usually none, so the indexes below,
# which hold only these, cost next to nothing.
icp903_shared_domains := index.repeated([d | some w in input.websites; some d in w.domains])

icp903_shared_numbers := index.repeated([w.icp_number | some w in input.websites])

# icp903_domain_sites: {shared domain: {[position, id] of each website
# listing it}}.
icp903_domain_sites := index.group([[d, [k, w.id]] |
	some k, w in input.websites
	some d in w.domains
	d in icp903_shared_domains
])

# icp903_number_sites: {shared number: {[position, id] of each website with
# it}}.
icp903_number_sites := index.group([[w.icp_number, [k, w.id]] |
	some k, w in input.websites
	w.icp_number in icp903_shared_numbers
])

# icp903_earlier(sites, k): the ids of the sites before position k.
icp903_earlier(sites, k) := {id | some [j, id] in sites; j < k}
