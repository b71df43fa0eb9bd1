package icp.filing

import data.icp.lib.config
import data.icp.lib.messages
import data.icp.lib.resources
import data.icp.lib.result
import data.icp.lib.websites

# METADATA
# title: Resource does not meet the provider's ICP requirements
# description: |
#   A resource that serves a domain at a provider with resource rules (provider
#   data) breaks them: for alibaba-cloud an ecs instance must be billed by
#   subscription, with a term of at least 3 months and a public IP;
#   tencent-cloud cvm and lighthouse instances the same; huawei-cloud ecs and
#   flexus instances billed by subscription for at least 3 months. A field
#   that the resource does not give is not judged. Only mainland hosting is
#   judged: a server outside mainland China (Hong Kong included) backs no
#   filing, and ICP102 speaks for it. Such a resource cannot back an ICP
#   filing at that provider: serve the domain from one that meets the
#   requirements.
# custom:
#   id: ICP104
#   title_zh: 资源不符合服务商的备案要求
#   description_zh: |
#     在有资源要求（服务商数据）的服务商为域名提供服务的资源不符合要求：阿里云 ecs 须位于中国内地、
#     包年包月、购买时长至少 3 个月、有公网 IP；腾讯云 cvm、lighthouse 相同；
#     华为云 ecs、flexus 须包年包月至少 3 个月。这样的资源不能用于在该服务商备案。
#   severity: deny
#   state: at_risk
#   sources:
#     - A10
#     - A11
#     - T3
#     - H5
deny contains v if {
	some i, h in input.hosting
	h.mainland == true

	# The rules of the provider for the resource's type, looked up with a
	# built-in: resources.problems would take the provider table, which,
	# passed to a function, is converted whole from the store. (Where the
	# nested lookups of resources.rules_for fail on an entry that is not an
	# object, the path lookup gives {}: neither judges the resource.)
	rules := object.get(config.providers, [h.provider, "resource_rules", object.get(h.resource, "type", "")], {})
	rules != {}
	problems := resources.broken(rules, h.mainland, h.resource)
	count(problems) > 0
	v := result.violation(
		rego.metadata.rule(),
		messages.text("ICP104.filing", {
			"resource": icp104_label(h.resource), "domain": h.domain, "provider": h.provider,
			"problems": messages.clauses(problems),
		}),
		object.union(
			{"path": sprintf("/hosting/%d/resource", [i]), "domain": h.domain, "provider": h.provider},
			result.website_field(object.get(websites.owner_index(input), h.domain, set())),
		),
	)
}

icp104_label(r) := messages.text("ICP104.resource", {"id": r.id, "type": r.type}) if {
	is_string(r.id)
} else := messages.text("ICP104.resource.unnamed", {"type": r.type})
