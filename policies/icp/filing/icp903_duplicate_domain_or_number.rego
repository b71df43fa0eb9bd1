package icp.filing

import data.icp.lib.messages
import data.icp.lib.result

# METADATA
# title: Domain or number under two websites
# description: |
#   One domain is listed under two websites, or two websites share an ICP
#   number (reported on the later website). Each domain and each number
#   belongs to one website: remove the duplicate or correct the number.
# custom:
#   id: ICP903
#   title_zh: 域名或备案号出现在两个网站下
#   description_zh: |
#     同一域名列在两个网站下，或两个网站共用一个备案号（在后一个网站上报告）
#     。每个域名、每个备案号只属于一个网站：请删除重复项或更正备案号。
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
	msg := messages.text("ICP903.domain", {"domain": d, "website": w.id, "firsts": result.list(firsts)})
}

icp903_places contains [sprintf("/websites/%d/icp_number", [k]), {"website": w.id}, msg] if {
	some k, w in input.websites
	k > 0
	n := w.icp_number
	firsts := {e.id | some j, e in input.websites; j < k; e.icp_number == n}
	count(firsts) > 0
	msg := messages.text("ICP903.number", {"website": w.id, "number": n, "firsts": result.list(firsts)})
}
