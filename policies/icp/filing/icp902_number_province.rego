package icp.filing

import data.icp.lib.config
import data.icp.lib.messages
import data.icp.lib.numbers
import data.icp.lib.result

# METADATA
# title: ICP number of another province
# description: |
#   The province abbreviation that a number (the subject's or a website's)
#   starts with is not that of subject.province. The number belongs to
#   another province's administration: check the subject's province and the
#   number.
# related_resources:
#   - ref: https://help.aliyun.com/en/icp-filing/basic-icp-service/the-icp-record-post-processing-1
#     description: "A9: Alibaba Cloud, after the ICP filing (number display and format)"
# custom:
#   id: ICP902
#   title_zh: 备案号属于其他省份
#   description_zh: |
#     备案号（主体或网站）开头的省份简称与 subject.province 不符。
#     该备案号属于其他省份的管局：请核对主体的省份和备案号。
#   severity: deny
#   sources:
#     - A9
#   messages:
#     province:
#       en: "the subject's province {code} ({name}) has {abbreviation}"
#       zh: "主体省份 {code}（{name}）的简称是“{abbreviation}”"
#     province.unknown:
#       en: "the subject's province {code} is not in the province table"
#       zh: "主体省份 {code} 不在省份表中"
#     subject:
#       en: "The subject's ICP number {number} starts with {abbreviation}, but {province}: the number belongs to another
#         province's administration. Check the subject's province and the number."
#       zh: "主体备案号 {number} 以“{abbreviation}”开头，但{province}：该备案号属于其他省份的管局。\
#         请核对主体的省份和备案号。"
#     website:
#       en: "Website {website}'s ICP number {number} starts with {abbreviation}, but {province}: the number belongs to
#         another province's administration. Check the subject's province and the number."
#       zh: "网站 {website} 的备案号 {number} 以“{abbreviation}”开头，但{province}：该备案号属于其他省份的管局。\
#         请核对主体的省份和备案号。"
deny contains v if {
	result.judged(rego.metadata.rule())
	some [place, wid, n] in _icp902_numbers

	# n starts with another province's abbreviation: one built-in call, and
	# a necessary condition for the scan of abbreviation_of to find an
	# abbreviation (the greatest of those n starts with) other than the
	# subject's
	strings.any_prefix_match(n, other_abbreviations)
	a := numbers.abbreviation_of(n, config.provinces)
	a != own_abbreviation
	v := result.violation(
		rego.metadata.rule(),
		_icp902_msg(wid, {"number": n, "abbreviation": a, "province": _icp902_province}),
		object.union({"path": _icp902_path(place)}, result.website_field({id | some id in {wid}; id != ""})),
	)
}

# _icp902_numbers: [place, website id ("" for the subject), number] of each
# number of the snapshot, the place "subject" or the website's index.
_icp902_numbers contains ["subject", "", input.subject.icp_number]

_icp902_numbers contains [j, w.id, w.icp_number] if {
	some j, w in input.websites
}

_icp902_path("subject") := "/subject/icp_number"

_icp902_path(j) := sprintf("/websites/%d/icp_number", [j]) if is_number(j)

_icp902_msg("", params) := messages.text("ICP902.subject", params)

_icp902_msg(wid, params) := messages.text("ICP902.website", object.union(params, {"website": wid})) if wid != ""

_icp902_province := messages.text(
	"ICP902.province",
	{"code": input.subject.province, "name": p.name, "abbreviation": p.abbreviation},
) if {
	p := config.provinces[input.subject.province]
} else := messages.text("ICP902.province.unknown", {"code": sprintf("%q", [input.subject.province])})
