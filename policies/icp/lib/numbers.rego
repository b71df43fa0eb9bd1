# METADATA
# title: ICP number helpers
# description: |
#   The format of subject and website ICP numbers and the province
#   abbreviation they start with, judged against the province data
#   (data.icp.provinces or a user's override).
package icp.lib.numbers

# _abbreviations(provinces): the set of province abbreviations. It scans the
# whole province table: compute it once (an argument-less rule is evaluated
# once per query) and pass it on rather than calling it in a loop.
_abbreviations(provinces) := {a |
	some p in provinces
	a := p.abbreviation
	is_string(a)
	a != ""
}

# _abbreviation(provinces, code): the abbreviation of province code, "" when
# the code is not in the data.
_abbreviation(provinces, code) := object.get(object.get(provinces, code, {}), "abbreviation", "")

# subject_number_ok(num, provinces): num reads <abbreviation>ICP备<6-10 digits>号
# with the abbreviation of some province.
subject_number_ok(num, provinces) if {
	some a in _abbreviations(provinces)
	reads(num, a)
}

# reads(num, a): num reads <a>ICP备<6-10 digits>号, for a non-empty
# abbreviation a. With a province's abbreviation, a lookup rather than the
# scan of subject_number_ok: reads(num, a) implies subject_number_ok(num,
# provinces) when a is the abbreviation of one of the provinces.
reads(num, a) if {
	a != ""
	startswith(num, a)
	regex.match(`^ICP备[0-9]{6,10}号$`, trim_prefix(num, a))
}

# website_number_ok(subject_num, num): num is subject_num followed by -N
# (N a whole number from 1).
website_number_ok(subject_num, num) if {
	startswith(num, concat("", [subject_num, "-"]))
	regex.match(`^[1-9][0-9]*$`, trim_prefix(num, concat("", [subject_num, "-"])))
}

# abbreviation_of(num, provinces): the province abbreviation that num starts
# with; undefined when it starts with none.
abbreviation_of(num, provinces) := max(found) if {
	found := {a | some a in _abbreviations(provinces); startswith(num, a)}
	count(found) > 0
}
