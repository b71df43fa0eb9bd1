package icp.filing

import data.icp.lib.index
import data.icp.lib.messages
import data.icp.lib.result

# METADATA
# title: Domain or number under two websites
# description: |
#   One domain is listed under two websites, or two websites share an ICP
#   number (reported on the later website). Each domain and each number
#   belongs to one website: remove the duplicate or correct the number.
# related_resources:
#   - ref: https://help.aliyun.com/en/dws/faq-about-icp-filing
#     description: "A18: Alibaba Cloud, FAQ about ICP filing (one domain per website; overseas servers)"
# custom:
#   id: ICP903
#   title_zh: 域名或备案号出现在两个网站下
#   description_zh: |
#     同一域名列在两个网站下，或两个网站共用一个备案号（在后一个网站上报告）
#     。每个域名、每个备案号只属于一个网站：请删除重复项或更正备案号。
#   severity: deny
#   sources:
#     - A18
#   messages:
#     domain:
#       en: "Domain {domain} is listed under website {website} and also under website {firsts}: each domain belongs to
#         one website. Remove it from one of them."
#       zh: "域名 {domain} 同时列在网站 {website} 和网站 {firsts} 下：每个域名只能属于一个网站。请从其中一个网站移除。"
#     number:
#       en: "Website {website} has ICP number {number}, the same as website {firsts}: each website has its own number.
#         Correct the number."
#       zh: "网站 {website} 的备案号 {number} 与网站 {firsts} 相同：每个网站有自己的备案号。请更正备案号。"
deny contains v if {
	result.judged(rego.metadata.rule())
	some [path, place, msg] in _icp903_places
	v := result.violation(rego.metadata.rule(), msg, object.union({"path": path}, place))
}

# The same domain or number under an earlier website: each domain and number
# is looked up in an index built once (a scan of the earlier websites per
# domain is quadratic on thousands of websites).
_icp903_places contains [sprintf("/websites/%d/domains/%d", [k, m]), {"website": w.id, "domain": d}, msg] if {
	some k, w in input.websites
	k > 0
	some m, d in w.domains
	d in _icp903_shared_domains
	firsts := _icp903_earlier(_icp903_domain_sites[d], k)
	count(firsts) > 0
	msg := messages.text("ICP903.domain", {"domain": d, "website": w.id, "firsts": result.list(firsts)})
}

_icp903_places contains [sprintf("/websites/%d/icp_number", [k]), {"website": w.id}, msg] if {
	some k, w in input.websites
	k > 0
	n := w.icp_number
	n in _icp903_shared_numbers
	firsts := _icp903_earlier(_icp903_number_sites[n], k)
	count(firsts) > 0
	msg := messages.text("ICP903.number", {"website": w.id, "number": n, "firsts": result.list(firsts)})
}

# _icp903_shared_domains, _icp903_shared_numbers: the domains (numbers) that
# more than one website lists (has): usually none, so the indexes below,
# which hold only these, cost next to nothing.
_icp903_shared_domains := index.repeated([d | some w in input.websites; some d in w.domains])

_icp903_shared_numbers := index.repeated([w.icp_number | some w in input.websites])

# _icp903_domain_sites: {shared domain: {[position, id] of each website
# listing it}}.
_icp903_domain_sites := index.group([[d, [k, w.id]] |
	some k, w in input.websites
	some d in w.domains
	d in _icp903_shared_domains
])

# _icp903_number_sites: {shared number: {[position, id] of each website with
# it}}.
_icp903_number_sites := index.group([[w.icp_number, [k, w.id]] |
	some k, w in input.websites
	w.icp_number in _icp903_shared_numbers
])

# _icp903_earlier(sites, k): the ids of the sites before position k.
_icp903_earlier(sites, k) := {id | some [j, id] in sites; j < k}
