package icp.annotations

# METADATA
# title: Two open orders at one provider
# description: |
#   On a snapshot: two orders of the subject are open at the same provider,
#   reported on each open order that has an earlier open order at that
#   provider (by submitted_at, else by place in the list). In a plan: an
#   action submits an order (submit_transfer, add_website, change_subject,
#   change_website) at a provider while another order of the subject at that
#   provider is open (in the snapshot, or submitted earlier in the plan and
#   not yet awaited). Not reported where ICP201 already reports the order or
#   action. One order at a time per subject at a provider: finish or abandon
#   the open one first.
# related_resources:
#   - ref: https://www.alibabacloud.com/help/faq-detail/36928.htm
#     description: "A14: Alibaba Cloud, change and order limits"
# custom:
#   id: ICP202
#   title_zh: 同一服务商有两个未完结订单
#   description_zh: |
#     同一主体在同一服务商同时只能有一个未完结订单（计划中：某操作在服务商提交订单，而主体在那里还有未完结的订单）：
#     请先完成或放弃已有订单，再提交新订单。
#   severity: deny
#   sources:
#     - A14
#     - H4
#   messages:
#     filing:
#       en: "Order {order} ({type}) at {provider} is open while order {firsts}, submitted earlier at {provider}, is
#         still open: one order at a time per subject at a provider. Finish or abandon {firsts} first."
#       zh: "订单 {order}（{type}）在 {provider} 未完结，而在 {provider} 更早提交的订单 {firsts} 仍未完结：\
#         同一主体在同一服务商同时只能有一个订单。请先完成或放弃 {firsts}。"
#     plan:
#       en: "Action {action} submits an order at {provider} while order {open} of the subject is still open there: one
#         order at a time per subject at a provider. Await the approval of {open} (or withdraw it) before this step."
#       zh: "操作 {action} 在 {provider} 提交订单，而主体在该服务商的订单 {open} 仍未完结：\
#         同一主体在同一服务商同时只能有一个订单。请在此步之前等待 {open} 审核通过（或撤回它）。"
icp202 := rego.metadata.rule()
