package icp.annotations

# METADATA
# title: Site unreachable during its transfer review
# description: |
#   While a transfer is open for a website (in a plan: in the snapshot and
#   not yet approved, or submitted earlier in the plan and not yet awaited):
#   on a snapshot, one of its domains has no hosting entry; in a plan,
#   unpoint_domain of one of its domains. The administration checks that the
#   site opens during the transfer review, and an unreachable site gets the
#   transfer rejected (where the province data says
#   unreachable_transfer_refiles, Yunnan, the filing must then be cancelled
#   and filed again): keep every domain served until the transfer is
#   approved.
# related_resources:
#   - ref: https://www.alibabacloud.com/help/doc-detail/50270.htm
#     description: "A15: Alibaba Cloud, province rules"
#   - ref: https://support.huaweicloud.com/icp_faq/zh-cn_topic_0173231867.html
#     description: "H5: Huawei Cloud ICP knowledge base (huaweicloud/huaweicloud-skills: kb/topics/备案管局咨询.md,
#       kb/procedures/备案注销咨询.md, references/filing-rules.yml)"
#   - ref: https://docs.jdcloud.com/cn/icp-license-service/
#     description: "J1: JD Cloud ICP rules per province"
# custom:
#   id: ICP305
#   title_zh: 转入审核期间网站无法访问
#   description_zh: |
#     网站有进行中的备案转入，但它的某个域名没有解析到任何服务器（计划中：unpoint_domain 停止解析其域名）。
#     管局审核转入时会检查网站能否打开，无法访问会导致转入被驳回（云南等省份还需注销后重新备案）：
#     请在转入审核通过前保持每个域名可访问。
#   severity: deny
#   sources:
#     - A15
#     - H5
#     - J1
#   messages:
#     filing:
#       en: "Domain {domain} of website {website} has no hosting entry while transfer {transfers} is open: the
#         administration checks that the site opens during the transfer review, and an unreachable site gets the
#         transfer rejected{refiling}. Serve {domain} until the transfer is approved."
#       zh: "备案转入 {transfers} 进行中，网站 {website} 的域名 {domain} 却没有解析到任何服务器：\
#         管局审核转入时会检查网站能否打开，无法访问会导致转入被驳回{refiling}。请在转入审核通过前保持 {domain} 可访\
#         问。"
#     plan:
#       en: "Action {action} stops serving {domain} of website {website} while transfer {transfers} is open: the
#         administration checks that the site opens during the transfer review, and an unreachable site gets the
#         transfer rejected{refiling}. Await the transfer's approval before this step."
#       zh: "操作 {action} 在备案转入 {transfers} 进行中时停止解析网站 {website} 的域名 {domain}：\
#         管局审核转入时会检查网站能否打开，无法访问会导致转入被驳回{refiling}。请在此步之前等待转入审核通过。"
icp305 := rego.metadata.rule()
