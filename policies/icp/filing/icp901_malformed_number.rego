package icp.filing

import data.icp.lib.config
import data.icp.lib.messages
import data.icp.lib.numbers
import data.icp.lib.result

# METADATA
# title: Malformed ICP number
# description: |
#   The subject's number does not read <province abbreviation>ICP备<6 to 10
#   digits>号, or a website's number is not the subject's number followed by
#   -N. The number is malformed: correct it to the number the administration
#   issued.
# related_resources:
#   - ref: https://help.aliyun.com/en/icp-filing/basic-icp-service/the-icp-record-post-processing-1
#     description: "A9: Alibaba Cloud, after the ICP filing (number display and format)"
# custom:
#   id: ICP901
#   title_zh: 备案号格式不对
#   description_zh: |
#     主体备案号不是“省份简称ICP备6到10位数字号”，或网站备案号不是主体备案号加 -N。
#     请改为管局下发的备案号。
#   severity: deny
#   sources:
#     - A9
#     - H1
#   messages:
#     subject:
#       en: "The subject's ICP number {number} is malformed: it must read <province abbreviation>ICP备<6 to 10
#         digits>号, e.g. {abbreviation}ICP备12345678号. Correct it to the number the administration issued."
#       zh: "主体备案号 {number} 格式不对：应为“省份简称ICP备6到10位数字号”，例如 {abbreviation}ICP备12345678号。\
#         请改为管局下发的备案号。"
#     website:
#       en: "Website {website}'s ICP number {number} is malformed: it must be the subject's number {subject_number}
#         followed by -N, e.g. {subject_number}-1. Correct it to the number the administration issued."
#       zh: "网站 {website} 的备案号 {number} 格式不对：应为主体备案号 {subject_number} 加 -N，\
#         例如 {subject_number}-1。请改为管局下发的备案号。"
#     website.no_subject_number:
#       en: "Website {website} has ICP number {number} but the subject has none, and a website's number is the subject's
#         number followed by -N. Correct the record to the numbers the administration issued."
#       zh: "网站 {website} 有备案号 {number}，主体却没有；网站备案号应为主体备案号加 -N。\
#         请按管局下发的备案号更正记录。"
deny contains v if {
	result.judged(rego.metadata.rule())
	some [path, wid, msg] in _icp901_places
	v := result.violation(
		rego.metadata.rule(),
		msg,
		object.union({"path": path}, result.website_field({id | some id in {wid}; id != ""})),
	)
}

_icp901_places contains ["/subject/icp_number", "", msg] if {
	n := input.subject.icp_number
	not _icp901_reads_own(n)
	not numbers.subject_number_ok(n, config.provinces)
	msg := messages.text("ICP901.subject", {"number": sprintf("%q", [n]), "abbreviation": _icp901_example_abbreviation})
}

_icp901_places contains [sprintf("/websites/%d/icp_number", [j]), w.id, _icp901_website_msg(w)] if {
	some j, w in input.websites
	n := w.icp_number
	not numbers.website_number_ok(object.get(input.subject, "icp_number", ""), n)
}

# _icp901_reads_own(n): n reads <abbreviation>ICP备<6-10 digits>号 with the
# abbreviation of the subject's own province: a lookup that decides the usual
# case without the scan of subject_number_ok (which it implies). A function,
# so that `not` sees it undefined where own_abbreviation is: within a negated
# expression, the arguments and references are evaluated outside it.
_icp901_reads_own(n) if numbers.reads(n, own_abbreviation)

_icp901_website_msg(w) := messages.text("ICP901.website", {
	"website": w.id, "number": sprintf("%q", [w.icp_number]),
	"subject_number": input.subject.icp_number,
}) if {
	input.subject.icp_number
} else := messages.text("ICP901.website.no_subject_number", {"website": w.id, "number": sprintf("%q", [w.icp_number])})

default _icp901_example_abbreviation := "浙"

_icp901_example_abbreviation := own_abbreviation if own_abbreviation != ""
