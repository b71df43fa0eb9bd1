package icp.plan

import data.icp.lib.config
import data.icp.lib.messages
import data.icp.lib.record
import data.icp.lib.result

# METADATA
# title: Record must match for a transfer in this province
# description: |
#   submit_transfer for a subject whose province lists transfer_must_match
#   fields (province data: GS subject name, certificate and website
#   administrator; TJ and SX subject name and certificate; HN and HA every
#   field, written subject.* and website.*), while actual differs
#   from the record on one of them (subject fields, or website fields of the
#   transfer's websites). In this province those fields must match the
#   original record for a transfer: change them at the original provider
#   first, and submit the transfer once the change is approved.
# related_resources:
#   - ref: https://www.alibabacloud.com/help/doc-detail/50270.htm
#     description: "A15: Alibaba Cloud, province rules"
#   - ref: https://support.huaweicloud.com/icp_faq/zh-cn_topic_0173231867.html
#     description: "H5: Huawei Cloud ICP knowledge base (huaweicloud/huaweicloud-skills: kb/topics/备案管局咨询.md,
#       kb/procedures/备案注销咨询.md, references/filing-rules.yml)"
# custom:
#   id: ICP205
#   title_zh: 该省备案转入要求信息与原备案一致
#   description_zh: |
#     submit_transfer 的主体所在省份列出了 transfer_must_match 字段（甘肃：
#     主体名称、证件和网站负责人；天津：主体名称和证件），而实际信息与原备案有不同。
#     请先在原服务商变更这些信息。
#   severity: deny
#   sources:
#     - A15
#     - H5
#   messages:
#     fields:
#       en: "{first} and {last}"
#       zh: "{first}和{last}"
#     plan:
#       en: "Action {action} submits a transfer of a subject filed in {province}, where {fields} must match the original
#         record for a transfer, but {differences}. Change them at the original provider first and submit the transfer
#         once the change is approved."
#       zh: "操作 {action} 提交备案转入，主体在{province}备案，该省要求备案转入时{fields}与原备案一致，\
#         但{differences}。请先在原服务商变更这些信息，变更审核通过后再提交备案转入。"
#     subject_fields:
#       en: "every subject field"
#       zh: "主体的所有字段"
#     website_fields:
#       en: "every website field"
#       zh: "网站的所有字段"
deny contains v if {
	some i, a in input.plan.actions
	a.type == "submit_transfer"
	s := states[i]
	fields := object.get(config.provinces, [s.subject.province, "transfer_must_match"], [])
	count(fields) > 0
	some [place, ds] in _icp205_groups(s, a, fields)
	count(ds) > 0
	v := result.violation(
		rego.metadata.rule(),
		messages.text("ICP205.plan", {
			"action": a.id, "province": object.get(config.provinces, [s.subject.province, "name"], s.subject.province),
			"fields": _icp205_fields_text(fields), "differences": concat("; ", [record.describe(d) | some d in ds]),
		}),
		object.union(object.union(at(i, a), provider_field(a)), place),
	)
}

# _icp205_groups(s, a, fields): [place, differences] for the subject and for
# each website of the transfer.
_icp205_groups(s, a, fields) := {[{}, _icp205_subject(s, fields)]} | {[
	{"website": wid},
	_icp205_website(s, wid, fields),
] |
	some wid in a.websites
}

_icp205_subject(s, fields) := [d |
	some k in _icp205_keys(fields, "subject", object.get(s, ["actual", "subject"], {}))
	actual := s.actual.subject[k]
	recorded := object.get(s.subject, k, null)
	record.differs(actual, recorded)
	d := {"field": k, "changes": record.changes(k, actual, recorded)}
]

_icp205_website(s, wid, fields) := [d |
	w := website_in(s, wid)
	some k in _icp205_keys(fields, "website", object.get(s, ["actual", "websites", wid], {}))
	actual := s.actual.websites[wid][k]
	recorded := object.get(w, k, null)
	record.differs(actual, recorded)
	d := {"field": k, "website": wid, "changes": record.changes(k, actual, recorded)}
]

# _icp205_keys(fields, part, actual): the keys of part ("subject" or
# "website") that the fields name: "subject.name" names name, "subject.*"
# every field that actual gives. Sorted, so the differences read in a fixed
# order.
_icp205_keys(fields, part, actual) := sort({k |
	some f in fields
	startswith(f, concat("", [part, "."]))
	k := trim_prefix(f, concat("", [part, "."]))
	k != "*"
} | {k |
	concat("", [part, ".*"]) in fields
	some k, _ in actual
})

# _icp205_fields_text(fields): the fields for a message, "subject.*" read as
# "every subject field": "a, b and c".
_icp205_fields_text(fields) := messages.text(
	"ICP205.fields",
	{"first": concat(messages.separator, array.slice(texts, 0, count(texts) - 1)), "last": texts[count(texts) - 1]},
) if {
	texts := _icp205_field_texts(fields)
	count(texts) > 1
} else := concat("", _icp205_field_texts(fields))

_icp205_field_texts(fields) := [object.get(
	{"subject.*": messages.text("ICP205.subject_fields", {}), "website.*": messages.text("ICP205.website_fields", {})},
	f,
	f,
) |
	some f in fields
]
