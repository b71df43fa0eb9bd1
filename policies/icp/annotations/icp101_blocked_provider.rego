package icp.annotations

# METADATA
# title: Domain served by a provider without active access
# description: |
#   On a snapshot: a domain of a filed website is served from a mainland
#   server at a provider where its website has no active access (no active
#   access entry, and no transfer there in a status in which that provider
#   already serves the site), or a domain that belongs to no filed website
#   is served from a mainland server. In a plan: point_domain serves a
#   domain from a mainland server at such a provider P at that point of the
#   plan, or cancel_access at P while one of the listed websites' domains is
#   served from P. The provider blocks the site and the ICP number may be
#   deregistered: keep serving the domain from a provider with active access
#   until the transfer to the new provider is approved (in a plan, await it
#   before pointing the domain), and point the domains away from a provider
#   before cancelling its access.
# related_resources:
#   - ref: https://www.alibabacloud.com/help/faq-detail/37012.htm
#     description: "A13: Alibaba Cloud, domain resolving to a non-access provider"
# custom:
#   id: ICP101
#   title_zh: 域名由未接入的服务商提供服务
#   description_zh: |
#     已备案网站的域名由某服务商的中国内地服务器提供服务，但该网站在此服务商没有有效接入（或域名不属于任何已备案网站）
#     ；计划中：point_domain 把域名解析到这样的服务商，或 cancel_access 取消接入时域名仍由该服务商提供服务。
#     服务商会阻断网站，备案号可能被注销：在转入新服务商的备案审核通过前，
#     继续由已接入的服务商提供服务；取消接入前先把域名解析到别处。
#   severity: deny
#   sources:
#     - faq:must-transfer
#     - faq:cancel-transfer
#     - A13
#   messages:
#     filing:
#       en: "{domain} (website {website}) is served from a mainland server at {provider}, where {website} has no active
#         access: {provider} blocks the site and the ICP number may be deregistered. {advice}"
#       zh: "{domain}（网站 {website}）由 {provider} 的中国内地服务器提供服务，但 {website} 在 {provider} 没有有效接\
#         入：{provider} 会阻断该网站，备案号可能被注销。{advice}"
#     filing.unfiled:
#       en: "{domain} belongs to no filed website but is served from a mainland server at {provider}: mainland providers
#         block domains without an ICP filing. File it first (add it to a filed website with a change application), or
#         stop serving it from mainland China."
#       zh: "{domain} 不属于任何已备案网站，却由 {provider} 的中国内地服务器提供服务：内地服务商会阻断未备案的域名。\
#         请先备案（通过变更备案把它加入已备案网站），或停止在中国内地提供服务。"
#     none_left:
#       en: " (it has none left: get a transfer approved first)"
#       zh: "（已没有任何接入：请先让备案转入审核通过）"
#     none_left.await:
#       en: " (it has none left: await the approval of transfer {transfers} first)"
#       zh: "（已没有任何接入：请先等待备案转入 {transfers} 审核通过）"
#     others:
#       en: " ({providers})"
#       zh: "（即 {providers}）"
#     plan.cancel:
#       en: "{who} cancels the access of website {website} at {provider} while {domain} is served from a mainland server
#         there: once the access is cancelled, {provider} blocks the site and the ICP number may be deregistered. First
#         point {domain} at a provider where {website} keeps active access{left}."
#       zh: "{who} 在 {provider} 取消网站 {website} 的接入，而 {domain} 仍由 {provider} 的中国内地服务器提供服务：\
#         取消接入后，{provider} 会阻断该网站，备案号可能被注销。请先把 {domain} 解析到 {website} 仍有有效接入的服务商\
#         {left}。"
#     plan.point:
#       en: "Action {action} serves {domain} (website {website}) from a mainland server at {provider}, where {website}
#         has no active access at that point of the plan: {provider} blocks the site and the ICP number may be
#         deregistered. {advice}"
#       zh: "操作 {action} 让 {domain}（网站 {website}）由 {provider} 的中国内地服务器提供服务，\
#         但此时 {website} 在 {provider} 没有有效接入：{provider} 会阻断该网站，备案号可能被注销。{advice}"
#     plan.unfiled:
#       en: "Action {action} serves {domain} from a mainland server at {provider}, but {domain} belongs to no filed
#         website at that point of the plan: mainland providers block domains without an ICP filing. File it first (add
#         it to a filed website with an approved change, or get its website's addition approved), or serve it from
#         outside mainland China."
#       zh: "操作 {action} 让 {domain} 由 {provider} 的中国内地服务器提供服务，但此时 {domain} 不属于任何已备案网站：\
#         内地服务商会阻断未备案的域名。请先备案（通过审核通过的变更备案把它加入已备案网站，\
#         或让其网站的新增网站审核通过），或改由中国内地以外的服务器提供服务。"
icp101 := rego.metadata.rule()
