package icp.filing

import data.icp.lib.messages
import data.icp.lib.result

# METADATA
# title: Filed domain served from outside mainland China
# description: |
#   A domain of a filed website is served from a server outside mainland China
#   (a hosting entry with mainland false). A filed domain pointed at an
#   overseas or Hong Kong server may have its filing revoked: serve it from a
#   mainland server at a provider with active access.
# custom:
#   id: ICP102
#   title_zh: 已备案域名由境外服务器提供服务
#   description_zh: |
#     已备案网站的域名由中国内地以外的服务器提供服务。已备案域名解析到境外或香港服务器，
#     可能被取消备案：请改由已接入服务商的中国内地服务器提供服务。
#   severity: warn
#   state: at_risk
#   sources:
#     - A18
warn contains v if {
	some i, h in input.hosting
	h.mainland == false
	owners := filed_owners_of[h.domain]
	v := result.violation(
		rego.metadata.rule(),
		messages.text("ICP102.filing", {"domain": h.domain, "websites": result.list(owners), "provider": h.provider}),
		object.union(
			{"path": sprintf("/hosting/%d", [i]), "domain": h.domain, "provider": h.provider},
			result.website_field(owners),
		),
	)
}
