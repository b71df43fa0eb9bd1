package icp.annotations

# METADATA
# title: Filed domain served from outside mainland China
# description: |
#   On a snapshot: a domain of a filed website is served from a server
#   outside mainland China (a hosting entry with mainland false). In a plan:
#   point_domain serves such a domain from a server outside mainland China.
#   A filed domain pointed at an overseas or Hong Kong server may have its
#   filing revoked: serve it from a mainland server at a provider with
#   active access.
# related_resources:
#   - ref: https://help.aliyun.com/en/dws/faq-about-icp-filing
#     description: "A18: Alibaba Cloud, FAQ about ICP filing (one domain per website; overseas servers)"
# custom:
#   id: ICP102
#   title_zh: 已备案域名由境外服务器提供服务
#   description_zh: |
#     已备案网站的域名由中国内地以外的服务器提供服务（计划中：point_domain 让它如此）。
#     已备案域名解析到境外或香港服务器，可能被取消备案：请改由已接入服务商的中国内地服务器提供服务。
#   severity: warn
#   sources:
#     - A18
#   messages:
#     filing:
#       en: "{domain} (website {websites}) is filed but served from a server outside mainland China at {provider}: a
#         filed domain pointed at an overseas or Hong Kong server may have its filing revoked. Serve it from a mainland
#         server at a provider with active access."
#       zh: "{domain}（网站 {websites}）已备案，却由 {provider} 的境外服务器提供服务：已备案域名解析到境外或香港服务\
#         器，可能被取消备案。请改由已接入服务商的中国内地服务器提供服务。"
#     plan:
#       en: "Action {action} serves {domain} (website {websites}), a filed domain, from a server outside mainland China
#         at {provider}: a filed domain pointed at an overseas or Hong Kong server may have its filing revoked. Serve it
#         from a mainland server at a provider with active access."
#       zh: "操作 {action} 让已备案域名 {domain}（网站 {websites}）由 {provider} 的境外服务器提供服务：\
#         已备案域名解析到境外或香港服务器，可能被取消备案。请改由已接入服务商的中国内地服务器提供服务。"
icp102 := rego.metadata.rule()
