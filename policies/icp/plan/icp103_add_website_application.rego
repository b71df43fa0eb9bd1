package icp.plan

import data.icp.lib.messages
import data.icp.lib.plan as sim
import data.icp.lib.result

# METADATA
# title: Wrong application for adding a website
# description: |
#   add_website uses add_new_website (Add New Website) for a website that
#   already has an ICP number (its own icp_number, or a website of the
#   snapshot with the same id that has one), or new_transfer (New ICP Filing
#   Transfer) for one without. Use New ICP Filing Transfer for a website already filed at
#   another provider, which keeps its number, and Add New Website for one
#   without a number.
# custom:
#   id: ICP103
#   title_zh: 添加网站的申请类型不对
#   description_zh: |
#     add_website 对已有备案号的网站（自身或快照中同 ID 的网站有备案号）
#     使用新增网站（add_new_website），或对没有备案号的网站使用新增备案转入（new_transfer）
#     。已在其他服务商备案的网站用新增备案转入，没有备案号的网站用新增网站。
#   severity: deny
#   sources:
#     - faq:add-vs-transfer
#   messages:
#     numbered:
#       en: "Action {action} adds website {website} with Add New Website (add_new_website), but it already has ICP
#         number {number}: a website already filed at another provider is added with New ICP Filing Transfer
#         (new_transfer), which keeps its number."
#       zh: "操作 {action} 以新增网站（add_new_website）添加网站 {website}，但它已有备案号 {number}：\
#         已在其他服务商备案的网站应通过新增备案转入（new_transfer）添加，备案号保持不变。"
#     snapshot_numbered:
#       en: "Action {action} adds website {website} with Add New Website (add_new_website), but the snapshot already has
#         website {website} with ICP number {number}: a website already filed is added with New ICP Filing Transfer
#         (new_transfer), which keeps its number (give it that number), or, at a provider where it already has access,
#         needs no addition at all."
#       zh: "操作 {action} 以新增网站（add_new_website）添加网站 {website}，但快照中网站 {website} 已有备案\
#         号 {number}：已备案的网站应通过新增备案转入（new_transfer）添加，备案号保持不变（请填写该备案号）；\
#         在已有接入的服务商则无需添加。"
#     unnumbered:
#       en: "Action {action} adds website {website} with New ICP Filing Transfer (new_transfer), but it has no ICP
#         number: New ICP Filing Transfer is for a website already filed at another provider. Use Add New Website
#         (add_new_website) for a website without a number."
#       zh: "操作 {action} 以新增备案转入（new_transfer）添加网站 {website}，但它没有备案号：\
#         新增备案转入只用于已在其他服务商备案的网站。没有备案号的网站请用新增网站（add_new_website）。"
deny contains v if {
	some i, a in input.plan.actions
	a.type == "add_website"
	msg := _icp103_msg(a)
	v := result.violation(
		rego.metadata.rule(),
		msg,
		object.union(object.union(at(i, a), {"website": a.website.id}), provider_field(a)),
	)
}

_icp103_msg(a) := messages.text(
	"ICP103.numbered",
	{"action": a.id, "website": a.website.id, "number": a.website.icp_number},
) if {
	a.application == "add_new_website"
	sim.numbered(a.website)
}

_icp103_msg(a) := messages.text(
	"ICP103.snapshot_numbered",
	{"action": a.id, "website": a.website.id, "number": number},
) if {
	a.application == "add_new_website"
	not sim.numbered(a.website)
	number := _icp103_snapshot_number(a.website.id)
}

_icp103_msg(a) := messages.text("ICP103.unnumbered", {"action": a.id, "website": a.website.id}) if {
	a.application == "new_transfer"
	not sim.numbered(a.website)
	not _icp103_snapshot_number(a.website.id)
}

# _icp103_snapshot_number(wid): the ICP number of the (first) website of the
# snapshot with id wid that has one.
_icp103_snapshot_number(wid) := [w.icp_number | some w in input.filing.websites; w.id == wid; sim.numbered(w)][0]
