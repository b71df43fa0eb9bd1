package icp.plan

import data.icp.lib.messages
import data.icp.lib.result
import data.icp.lib.websites

# METADATA
# title: Filed domain served from outside mainland China
# description: |
#   In a plan: point_domain serves a domain of a filed website from a server
#   outside mainland China (mainland false). A filed domain pointed at an
#   overseas or Hong Kong server may have its filing revoked: serve it from a
#   mainland server at a provider with active access.
# custom:
#   id: ICP102
#   title_zh: 已备案域名由境外服务器提供服务
#   description_zh: |
#     计划中：point_domain 让已备案域名由中国内地以外的服务器提供服务。
#     已备案域名解析到境外或香港服务器，可能被取消备案。
#   severity: warn
#   state: at_risk
#   sources:
#     - A18
warn contains v if {
	some i, a in input.plan.actions
	a.type == "point_domain"
	a.mainland == false
	owners := websites.filed_owners(states[i], a.domain)
	count(owners) > 0
	p := provider(a)
	v := result.violation(
		rego.metadata.rule(),
		messages.text("ICP102.plan", {"action": a.id, "domain": a.domain, "websites": result.list(owners), "provider": p}),
		object.union(
			object.union(at(i, a), {"domain": a.domain, "provider": p}),
			result.website_field(owners),
		),
	)
}
