package icp.annotations

# METADATA
# title: Information change during a transfer
# description: |
#   On a snapshot: an open change order beside an open transfer of the
#   subject (reported on the change order). In a plan: change_subject or
#   change_website while a transfer of the subject is open (in the snapshot
#   and not yet approved, or submitted earlier in the plan and not yet
#   awaited), or submit_transfer while a change order of the subject is
#   open. Information cannot be modified during a transfer: finish the
#   change at the original provider before submitting the transfer, or
#   submit it after the transfer is approved.
# custom:
#   id: ICP201
#   title_zh: 备案转入期间变更备案信息
#   description_zh: |
#     备案转入进行中时提交变更备案（计划中：change_subject 或 change_website），或变更未完结时提交备案转入。
#     转入期间不能修改备案信息：请在提交转入前于原服务商完成变更，或待转入审核通过后再提交。
#   severity: deny
#   sources:
#     - faq:no-change-mid-transfer
#     - T1
#   messages:
#     filing:
#       en: "Change order {order} at {provider} is open while transfer {transfers} is open: information cannot be
#         modified during a transfer. Abandon the change and submit it after the transfer is approved (or finish it at
#         the original provider before submitting the transfer)."
#       zh: "变更备案订单 {order}（{provider}）在备案转入 {transfers} 进行中时未完结：转入期间不能修改备案信息。\
#         请放弃该变更，待转入审核通过后再提交（或在原服务商完成变更后再提交转入）。"
#     plan.change:
#       en: "Action {action} submits a change of {what} at {provider} while transfer {transfers} is open: information
#         cannot be modified during a transfer. Submit the change after the transfer is approved (await it before this
#         step), or finish the change at the original provider before submitting the transfer."
#       zh: "操作 {action} 在 {provider} 提交{what} 的变更备案，而备案转入 {transfers} 仍在进行：\
#         转入期间不能修改备案信息。请在转入审核通过后再提交变更（在此步之前等待审核通过），\
#         或在提交转入前于原服务商完成变更。"
#     plan.transfer:
#       en: "Action {action} submits a transfer at {provider} while change {changes} is open: information cannot be
#         modified during a transfer. Get the change approved at the original provider first (await it before this
#         step), or withdraw it and submit it again after the transfer is approved."
#       zh: "操作 {action} 在 {provider} 提交备案转入，而变更备案 {changes} 仍未完结：转入期间不能修改备案信息。\
#         请先在原服务商完成变更审核（在此步之前等待审核通过），或撤回变更，待转入审核通过后再提交。"
icp201 := rego.metadata.rule()
