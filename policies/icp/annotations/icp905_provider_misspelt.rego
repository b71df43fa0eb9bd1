package icp.annotations

# METADATA
# title: Provider name looks like a misspelling of a known provider
# description: |
#   A provider name (on a snapshot: of an access entry, a hosting entry or an
#   order; in a plan: the plan's provider or an action's) is neither an id
#   nor an alias of the provider registry (data icp.providers), but is
#   within two edits of one after normalisation (case, spaces, "-", "_", ".";
#   one edit for names of up to four characters) and begins like it (the
#   same first letter, or a letter added or missing before it). An unknown
#   name is a provider of its own: the rules that depend on a provider's
#   data (resource rules, access during a transfer) do not apply to it.
#   Correct the spelling, or add the name to the registry's aliases (-d) if
#   it is another provider.
# custom:
#   id: ICP905
#   title_zh: 服务商名称疑似拼写错误
#   description_zh: |
#     文档中的服务商名称不在服务商登记表中，但与某个已知服务商的 ID 或别名很接近。
#     依赖服务商数据的规则不适用于未知名称：请改正拼写，或用 -d 把它加入别名。
#   severity: warn
#   sources: []
icp905 := rego.metadata.rule()
