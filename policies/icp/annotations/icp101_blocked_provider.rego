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
icp101 := rego.metadata.rule()
