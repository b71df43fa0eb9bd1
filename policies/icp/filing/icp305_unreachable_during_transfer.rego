package icp.filing

import data.icp.lib.config
import data.icp.lib.messages
import data.icp.lib.orders
import data.icp.lib.result
import data.icp.lib.websites

# METADATA
# title: Site unreachable during its transfer review
# description: |
#   In a snapshot: a transfer is open for a website and one of its domains
#   has no hosting entry. The administration checks that the site opens
#   during the transfer review, and an unreachable site gets the transfer
#   rejected (where the province data says unreachable_transfer_refiles,
#   Yunnan, the filing must then be cancelled and filed again):
#   keep every domain served until the transfer is approved.
# custom:
#   id: ICP305
#   title_zh: 转入审核期间网站无法访问
#   description_zh: |
#     网站有进行中的备案转入，但它的某个域名没有解析到任何服务器。管局审核转入时会检查网站能否打开，
#     无法访问会导致转入被驳回（云南等省份还需注销后重新备案）：请在转入审核通过前保持每个域名可访问。
#   severity: deny
#   sources:
#     - A15
#     - H5
#     - J1
deny contains v if {
	result.judged(rego.metadata.rule())
	some i, w in input.websites
	transfers := orders.open_transfers_for(input, w.id)
	count(transfers) > 0
	some j, d in w.domains
	not websites.hosted(input, d)
	v := result.violation(
		rego.metadata.rule(),
		messages.text("ICP305.filing", {"domain": d, "website": w.id, "transfers": result.list(transfers), "refiling": config.refiling(input.subject)}),
		{"path": sprintf("/websites/%d/domains/%d", [i, j]), "website": w.id, "domain": d},
	)
}
