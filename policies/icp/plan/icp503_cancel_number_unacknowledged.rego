package icp.plan

import data.icp.lib.result

# METADATA
# title: Number deregistered without acknowledgement
# description: |
#   cancel_number without "acknowledge_irreversible": true. Deregistering the
#   number takes the listed websites offline for good; restoring them needs a
#   new filing and a new number, and the order cannot be deleted afterwards.
#   To stop serving from one provider only, cancel the access instead.
# custom:
#   id: ICP503
#   severity: deny
#   sources:
#     - faq:cancel-vs-cancel
#     - faq:order-final
#     - A5
deny contains v if {
	some c in number_cancellations
	not c.acknowledged
	some a in cancel_number_targets(c)
	s := states[c.step]
	v := result.violation(
		rego.metadata.rule(),
		sprintf(
			"%s deregisters %s without \"acknowledge_irreversible\": true: %s. Restoring a deregistered website needs a new filing and a new number, and the cancel-number order cannot be deleted afterwards. To stop serving from one provider only, cancel the access instead; if deregistration is intended, set \"acknowledge_irreversible\": true.",
			[c.who, cancel_number_what(s, a), cancel_number_offline(s, a)],
		),
		object.union(step_place(c), cancel_number_place(a)),
	)
}

# cancel_number_what(s, a): the number that cancel_number action a
# deregisters.
cancel_number_what(s, a) := sprintf("the subject's ICP number %s and every website", [object.get(s.subject, "icp_number", "")]) if {
	a.scope == "subject"
} else := sprintf("the ICP number %s of website %s", [object.get(website_in(s, a.website), "icp_number", "(none)"), a.website]) if {
	website_in(s, a.website)
} else := sprintf("website %s", [a.website])

# cancel_number_sites(s, a): the ids of the websites that go offline.
cancel_number_sites(s, a) := {w.id | some w in s.websites; w.status != "deregistered"} if {
	a.scope == "subject"
} else := {a.website}

# cancel_number_offline(s, a): the websites and domains that go offline for
# good, and, for the last website, that the subject is left with none.
cancel_number_offline(s, a) := sprintf("%s %s offline for good%s", [
	concat(", ", [site_with_domains(s, wid) | some wid in sort(wids)]),
	cancel_number_go(wids),
	cancel_number_last(s, a),
]) if {
	wids := cancel_number_sites(s, a)
	count(wids) > 0
} else := "no website is left to go offline"

cancel_number_go(wids) := "goes" if {
	count(wids) == 1
} else := "go"

cancel_number_last(s, a) := ", and the subject is left with no website" if {
	a.scope == "website"
	count({w.id | some w in s.websites; w.status != "deregistered"; w.id != a.website}) == 0
} else := ""

cancel_number_place(a) := {"website": a.website} if {
	a.scope == "website"
} else := {}
