package icp.plan

import data.icp.lib.config
import data.icp.lib.record
import data.icp.lib.result

# METADATA
# title: Record must match for a transfer in this province
# description: |
#   submit_transfer for a subject whose province lists transfer_must_match
#   fields (province data: GS subject name, certificate and website
#   administrator; TJ subject name and certificate), while actual differs
#   from the record on one of them (subject fields, or website fields of the
#   transfer's websites). In this province those fields must match the
#   original record for a transfer: change them at the original provider
#   first, and submit the transfer once the change is approved.
# custom:
#   id: ICP205
#   severity: deny
#   sources:
#     - A15
deny contains v if {
	some i, a in input.plan.actions
	a.type == "submit_transfer"
	s := states[i]
	fields := object.get(config.provinces, [s.subject.province, "transfer_must_match"], [])
	count(fields) > 0
	some [place, ds] in icp205_groups(s, a, fields)
	count(ds) > 0
	v := result.violation(
		rego.metadata.rule(),
		sprintf(
			"Action %s submits a transfer of a subject filed in %s, where %s must match the original record for a transfer, but %s. Change them at the original provider first and submit the transfer once the change is approved.",
			[
				a.id, object.get(config.provinces, [s.subject.province, "name"], s.subject.province),
				concat(", ", fields), concat("; ", [record.describe(d) | some d in ds]),
			],
		),
		object.union(object.union(at(i, a), provider_field(a)), place),
	)
}

# icp205_groups(s, a, fields): [place, differences] for the subject and for
# each website of the transfer.
icp205_groups(s, a, fields) := {[{}, icp205_subject(s, fields)]} | {[{"website": wid}, icp205_website(s, wid, fields)] | some wid in a.websites}

icp205_subject(s, fields) := [d |
	some f in fields
	startswith(f, "subject.")
	k := trim_prefix(f, "subject.")
	actual := s.actual.subject[k]
	recorded := object.get(s.subject, k, null)
	record.differs(actual, recorded)
	d := {"field": k, "changes": record.changes(k, actual, recorded)}
]

icp205_website(s, wid, fields) := [d |
	w := website_in(s, wid)
	some f in fields
	startswith(f, "website.")
	k := trim_prefix(f, "website.")
	actual := s.actual.websites[wid][k]
	recorded := object.get(w, k, null)
	record.differs(actual, recorded)
	d := {"field": k, "website": wid, "changes": record.changes(k, actual, recorded)}
]
