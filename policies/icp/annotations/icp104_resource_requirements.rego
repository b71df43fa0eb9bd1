package icp.annotations

# METADATA
# title: Resource does not meet the provider's ICP requirements
# description: |
#   A resource that serves a domain from a mainland server at a provider with
#   resource rules (provider data) breaks them; in a plan, the resource of a
#   point_domain at the action's provider. For alibaba-cloud an ecs instance
#   must be billed by subscription, with a term of at least 3 months and a
#   public IP; tencent-cloud cvm and lighthouse instances the same;
#   huawei-cloud ecs and flexus instances billed by subscription for at
#   least 3 months. A field that the resource does not give is not judged,
#   nor is an action without a resource. Only mainland hosting is judged: a
#   server outside mainland China (Hong Kong included) backs no filing, and
#   ICP102 speaks for it. Such a resource cannot back an ICP filing at that
#   provider: serve the domain from one that meets the requirements.
# related_resources:
#   - ref: https://www.alibabacloud.com/help/faq-detail/36938.htm
#     description: "A10: Alibaba Cloud, instance requirements for ICP filing"
#   - ref: https://www.alibabacloud.com/help/en/icp-filing/latest/prepare-and-check-the-instance-and-access-information
#     description: "A11: Alibaba Cloud, prepare and check the instance and access information"
#   - ref: https://support.huaweicloud.com/icp_faq/zh-cn_topic_0173231867.html
#     description: "H5: Huawei Cloud ICP knowledge base (huaweicloud/huaweicloud-skills: kb/topics/备案管局咨询.md,
#       kb/procedures/备案注销咨询.md, references/filing-rules.yml)"
# custom:
#   id: ICP104
#   title_zh: 资源不符合服务商的备案要求
#   description_zh: |
#     在有资源要求（服务商数据）的服务商为域名提供服务的资源（计划中：point_domain 使用的资源）不符合要求：
#     阿里云 ecs 须位于中国内地、包年包月、购买时长至少 3 个月、有公网 IP；腾讯云 cvm、lighthouse 相同；
#     华为云 ecs、flexus 须包年包月至少 3 个月。这样的资源不能用于在该服务商备案。
#   severity: deny
#   sources:
#     - A10
#     - A11
#     - T3
#     - H5
#   messages:
#     filing:
#       en: "{resource} serving {domain} at {provider} cannot back an ICP filing there: {problems}. Serve the domain
#         from a resource that meets {provider}'s requirements."
#       zh: "在 {provider} 为 {domain} 提供服务的 {resource} 不能用于在该服务商备案：{problems}。\
#         请改用符合 {provider} 要求的资源提供服务。"
#     plan:
#       en: "Action {action} serves {domain} at {provider} from {resource}, which cannot back an ICP filing there:
#         {problems}. Serve the domain from a resource that meets {provider}'s requirements."
#       zh: "操作 {action} 让 {domain} 由 {provider} 的 {resource} 提供服务，该资源不能用于在该服务商备案：{problems}。\
#         请改用符合 {provider} 要求的资源提供服务。"
#     plan.resource:
#       en: "resource {id} ({type})"
#       zh: "资源 {id}（{type}）"
#     plan.resource.unnamed:
#       en: "a {type} resource"
#       zh: "{type} 资源"
#     resource:
#       en: "Resource {id} ({type})"
#       zh: "资源 {id}（{type}）"
#     resource.unnamed:
#       en: "The {type} resource"
#       zh: "{type} 资源"
icp104 := rego.metadata.rule()
