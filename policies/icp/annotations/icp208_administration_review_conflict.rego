package icp.annotations

# METADATA
# title: Orders in the administration's review at two providers
# description: |
#   On a snapshot: two orders of the subject are in administration_review at
#   different providers, reported on the later order of each such pair (by
#   submitted_at, else by place in the list), except for a change beside a
#   transfer, which ICP201 reports. In a plan: an action submits an order
#   (submit_transfer, add_website, change_subject, change_website) at a
#   provider while an order of the snapshot at another provider is in
#   administration_review and no earlier await_approval has approved it,
#   except where ICP201 or ICP202 fires for the same action. One subject may
#   have one order in the administration's review at a time: the later one
#   is returned (主办者冲突, a subject conflict). Withdraw the later order and
#   submit it again once the earlier one is decided; in a plan, await the
#   order in review before this step.
# custom:
#   id: ICP208
#   title_zh: 两个服务商的订单同时处于管局审核
#   description_zh: |
#     同一主体在不同服务商的两个订单同时处于管局审核（计划中：某操作提交订单时，主体在其他服务商还有订单处于管局审核）。
#     同一主体同时只能有一个订单在管局审核，后提交的会因主办者冲突被退回：
#     请撤回后提交的订单，待先提交的审核结束后重新提交；计划中请等前一个订单审核结束。
#   severity: warn
#   sources:
#     - T4
#   messages:
#     filing:
#       en: "Order {order} ({type}) at {provider} is in the administration's review while order {earlier}
#         ({earlier_type}), submitted earlier at {earlier_provider}, is in review too: one subject may have one order in
#         the administration's review at a time, and the later one is returned as a subject conflict (主办者冲突).
#         Withdraw {order} at {provider} and submit it again once {earlier} is decided."
#       zh: "订单 {order}（{type}，{provider}）处于管局审核中，而更早在 {earlier_provider} 提交的订单 {earlier}（\
#         {earlier_type}）也在管局审核中：同一主体同时只能有一个订单在管局审核，后提交的会因主办者冲突被退回。\
#         请在 {provider} 撤回 {order}，待 {earlier} 审核结束后重新提交。"
#     plan:
#       en: "Action {action} submits an order at {provider} while order {in_review} of the subject is in the
#         administration's review at {review_providers}: one subject may have one order in the administration's review
#         at a time, and the later one is returned as a subject conflict (主办者冲突). Await the approval of {in_review}
#         before this step."
#       zh: "操作 {action} 在 {provider} 提交订单，而主体在 {review_providers} 的订单 {in_review} 正处于管局审核：\
#         同一主体同时只能有一个订单在管局审核，后提交的会因主办者冲突被退回。请在此步之前等待 {in_review} 审核通过。"
icp208 := rego.metadata.rule()
