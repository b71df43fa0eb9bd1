package icp.plan

import data.icp.lib.config
import data.icp.lib.messages
import data.icp.lib.resources
import data.icp.lib.result
import data.icp.lib.websites

# METADATA
# title: Resource does not meet the provider's ICP requirements
# description: |
#   In a plan: point_domain serves a domain with a resource that breaks the
#   resource rules of the action's provider (provider data): for
#   alibaba-cloud an ecs instance must be billed by subscription, with a term
#   of at least 3 months and a public IP; tencent-cloud cvm and lighthouse
#   instances the same; huawei-cloud ecs and flexus instances billed by
#   subscription for at least 3 months. A field that the resource does not
#   give is not judged, nor is an action without a resource, nor one that
#   serves from outside mainland China (ICP102 speaks for it). Such a
#   resource cannot back an ICP filing at that provider.
# custom:
#   id: ICP104
#   title_zh: 资源不符合服务商的备案要求
#   description_zh: |
#     计划中：point_domain 使用的资源不符合服务商的资源要求（服务商数据）
#     ，不能用于在该服务商备案。
#   severity: deny
#   state: at_risk
#   sources:
#     - A10
#     - A11
#     - T3
#     - H5
deny contains v if {
	some i, a in input.plan.actions
	a.type == "point_domain"
	a.mainland == true
	p := provider(a)

	# the rules of the provider for the resource's type, looked up with a
	# built-in rather than by resources.problems (see icp.filing's ICP104)
	rules := object.get(config.providers, [p, "resource_rules", object.get(a.resource, "type", "")], {})
	rules != {}
	problems := resources.broken(rules, a.mainland, a.resource)
	count(problems) > 0
	v := result.violation(
		rego.metadata.rule(),
		messages.text("ICP104.plan", {
			"action": a.id, "domain": a.domain, "provider": p, "resource": icp104_label(a.resource),
			"problems": messages.clauses(problems),
		}),
		object.union(
			object.union(at(i, a), {"domain": a.domain, "provider": p}),
			result.website_field(websites.owners(states[i], a.domain)),
		),
	)
}

icp104_label(r) := messages.text("ICP104.plan.resource", {"id": r.id, "type": r.type}) if {
	is_string(r.id)
} else := messages.text("ICP104.plan.resource.unnamed", {"type": r.type})
