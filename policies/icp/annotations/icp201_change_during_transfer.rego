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
icp201 := rego.metadata.rule()
