package icp.filing

import data.icp.lib.config
import data.icp.lib.numbers
import data.icp.lib.result

# METADATA
# title: ICP number of another province
# description: |
#   The province abbreviation that a number (the subject's or a website's)
#   starts with is not that of subject.province. The number belongs to
#   another province's administration: check the subject's province and the
#   number.
# custom:
#   id: ICP902
#   severity: deny
#   sources:
#     - A9
deny contains v if {
	some [path, wid, n] in icp902_numbers
	numbers.foreign(n, other_abbreviations)
	a := numbers.abbreviation_of(n, config.provinces)
	a != own_abbreviation
	v := result.violation(
		rego.metadata.rule(),
		sprintf(
			"%s ICP number %s starts with %s, but %s: the number belongs to another province's administration. Check the subject's province and the number.",
			[icp902_owner(wid), n, a, icp902_province],
		),
		object.union({"path": path}, result.website_field({id | some id in {wid}; id != ""})),
	)
}

# icp902_numbers: [path, website id ("" for the subject), number] of each
# number of the snapshot.
icp902_numbers contains ["/subject/icp_number", "", input.subject.icp_number]

icp902_numbers contains [sprintf("/websites/%d/icp_number", [j]), w.id, w.icp_number] if {
	some j, w in input.websites
}

icp902_owner("") := "The subject's"

icp902_owner(wid) := sprintf("Website %s's", [wid]) if wid != ""

icp902_province := sprintf("the subject's province %s (%s) has %s", [input.subject.province, p.name, p.abbreviation]) if {
	p := config.provinces[input.subject.province]
} else := sprintf("the subject's province %q is not in the province table", [input.subject.province])
