package icp.filing

import data.icp.lib.messages
import data.icp.lib.orders
import data.icp.lib.result
import data.icp.lib.websites

# METADATA
# title: Filed website with no active access (shell website)
# description: |
#   A filed website has no active access at any provider and no transfer
#   pending. It is a shell website: the administration may deregister its
#   number. Get a provider's access approved (submit a transfer to the
#   provider that serves it).
# related_resources:
#   - ref: https://support.huaweicloud.com/icp_faq/icp_05_0030.html
#     description: "H2: Huawei Cloud, cancel access and deregistration"
# custom:
#   id: ICP303
#   title_zh: 已备案网站没有任何有效接入（空壳网站）
#   description_zh: |
#     已备案网站在任何服务商都没有有效接入，也没有进行中的备案转入。这是空壳网站，
#     管局可能注销其备案号：请向提供服务的服务商提交备案转入并通过审核。
#   severity: deny
#   state: not_served
#   sources:
#     - T1
#     - H2
#   messages:
#     filing:
#       en: "Website {website} ({number}) is filed but has no active access at any provider and no transfer pending: it
#         is a shell website and the administration may deregister its number. Submit a transfer to the provider that
#         serves it and get it approved."
#       zh: "网站 {website}（{number}）已备案，但在任何服务商都没有有效接入，也没有进行中的备案转入：这是空壳网站，\
#         管局可能注销其备案号。请向提供服务的服务商提交备案转入并通过审核。"
deny contains v if {
	some j, w in input.websites
	not w.id in websites_with_access
	websites.filed(input, w)
	not orders.transfer_pending(input, w.id)
	v := result.violation(
		rego.metadata.rule(),
		messages.text("ICP303.filing", {"website": w.id, "number": w.icp_number}),
		{"path": sprintf("/websites/%d", [j]), "website": w.id},
	)
}
