package icp.filing

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

icp903_places contains [sprintf("/websites/%d/domains/%d", [k, m]), {"website": w.id, "domain": d}, msg] if {
	some k, w in input.websites
	k > 0
	some m, d in w.domains
	firsts := {e.id | some j, e in input.websites; j < k; d in e.domains}
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
	firsts := {e.id | some j, e in input.websites; j < k; e.icp_number == n}
	count(firsts) > 0
	msg := sprintf(
		"Website %s has ICP number %s, the same as website %s: each website has its own number. Correct the number.",
		[w.id, n, result.list(firsts)],
	)
}
