package icp.filing

import data.icp.lib.providers
import data.icp.lib.result

# METADATA
# title: Provider name looks like a misspelling of a known provider
# description: |
#   A provider name (of an access entry, a hosting entry or an order) is
#   neither an id nor an alias of the provider registry (data icp.providers),
#   but is within two edits of one after normalisation (case, spaces, "-",
#   "_", "."; one edit for names of up to four characters) and begins like it
#   (the same first letter, or a letter added or missing before it). An
#   unknown name is a provider of its own: the rules that depend on a
#   provider's data (resource rules, access during a transfer) do not apply
#   to it. Correct the spelling, or add the name to the registry's aliases
#   (-d) if it is another provider.
# custom:
#   id: ICP905
#   title_zh: 服务商名称疑似拼写错误
#   description_zh: |
#     文档中的服务商名称不在服务商登记表中，但与某个已知服务商的 ID 或别名很接近。
#     依赖服务商数据的规则不适用于未知名称：请改正拼写，或用 -d 把它加入别名。
#   severity: warn
#   sources: []
warn contains v if {
	result.judged(rego.metadata.rule())
	some [path, place, name] in icp905_names
	[id, near] := icp905_suggestions[name]
	v := result.violation(
		rego.metadata.rule(),
		providers.misspelling(name, id, near),
		object.union({"path": path, "provider": providers.canonical(name)}, place),
	)
}

# icp905_suggestions: {name: [id, the id or alias it resembles]} for each
# distinct unknown name near a known one, so that each name is compared with
# the registry once.
icp905_suggestions := {name: near |
	some name in {name | some [_, _, name] in icp905_names}
	near := providers.nearest(name)
}

# icp905_names: [path, place fields, name] of every provider name of the
# snapshot as written that the registry does not know.
icp905_names contains [sprintf("/websites/%d/access/%d/provider", [j, k]), {"website": w.id}, a.provider] if {
	some j, w in written.websites
	some k, a in object.get(w, "access", [])
	not providers.is_known(a.provider)
}

icp905_names contains [sprintf("/hosting/%d/provider", [i]), {"domain": h.domain}, h.provider] if {
	some i, h in object.get(written, "hosting", [])
	not providers.is_known(h.provider)
}

icp905_names contains [sprintf("/orders/%d/provider", [i]), {"order": o.id}, o.provider] if {
	some i, o in object.get(written, "orders", [])
	not providers.is_known(o.provider)
}
