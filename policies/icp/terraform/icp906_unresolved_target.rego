package icp.terraform

import data.icp.lib.messages
import data.icp.lib.result
import data.icp.terraform.tables

# METADATA
# title: Terraform record whose target cannot be resolved
# description: |
#   In a Terraform plan: an A, AAAA or CNAME record that the plan creates or
#   changes (so it moves its domain) points at something the plan cannot
#   tell: a literal address that no resource of the plan owns, a value known
#   only after apply whose configuration references no serving resource, a
#   CNAME chain that loops, an EIP associated with no instance, or a
#   resource whose region or mainland table is unknown. The record makes no
#   action, so its domain is not judged: resolve what is missing (manage the
#   server in this configuration, give the region) or check it by hand.
# custom:
#   id: ICP906
#   title_zh: Terraform 记录的解析目标无法判断
#   description_zh: |
#     Terraform 计划中新建或修改的 A、AAAA、CNAME 记录指向计划无法判断的目标（不属于本计划资源的 IP、
#     apply 后才知道的值、循环的 CNAME 链、未关联实例的 EIP、
#     地域未知的资源）。该记录不生成操作，其域名未被检查：请补全缺少的信息，
#     或人工核对。
#   severity: warn
#   sources: []
#   messages:
#     cdn:
#       en: "CDN domain {address} ({domain}) cannot be judged: {problem}."
#       zh: "CDN 域名 {address}（{domain}）无法检查：{problem}。"
#     record:
#       en: "Record {address} points {domain} somewhere the plan cannot tell: {problem}. Its domain is not judged: make
#         the target part of this configuration or give what is missing, else check the move by hand."
#       zh: "记录 {address} 把 {domain} 解析到计划无法判断的目标：{problem}。该域名未被检查：\
#         请把目标纳入此配置或补全缺少的信息，否则请人工核对这次迁移。"
#     relative:
#       en: "Record {address} names no domain the plan can tell (a relative name without its zone): write its full name.
#         It is not judged."
#       zh: "记录 {address} 没有可判断的域名（相对名称，缺少所在的 zone）：请写完整域名。该记录未被检查。"
warn contains v if {
	some [a, domain, msg] in _icp906_places
	v := result.violation(rego.metadata.rule(), msg, object.union({"path": _resource_path(a), "address": a}, domain))
}

# unresolved: a line for each record that plan leaves out, naming this
# rule, for a person who reviews the derived plan (icpcheck plan
# from-terraform prints them on standard error as they are).
unresolved contains messages.text("terraform.left_out", {"rule": "ICP906", "note": msg}) if {
	some [_, _, msg] in _icp906_places
}

# _icp906_places: [address, domain place, message] of each record that
# moves a domain to a target that cannot be resolved.
_icp906_places contains [a, {"domain": rec.domain}, msg] if {
	some a, rec in _records
	_serving_record(rec)
	rec.domain != ""
	not _unpointed(a)
	_moves(a)
	problem := _resolution(a).problem
	msg := messages.text("ICP906.record", {"address": a, "domain": rec.domain, "problem": problem})
}

_icp906_places contains [a, {}, msg] if {
	some a, rec in _records
	_serving_record(rec)
	rec.domain == ""
	_changing(_resources[a])
	msg := messages.text("ICP906.relative", {"address": a})
}

_icp906_places contains [a, {"domain": d}, msg] if {
	some a, r in _resources
	tables.serving[r.type].cdn
	_changing(r)
	d := _cdn_domain(r)
	problem := _resource_serving(a).problem
	msg := messages.text("ICP906.cdn", {"address": a, "domain": d, "problem": problem})
}
