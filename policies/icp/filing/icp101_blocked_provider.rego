package icp.filing

import data.icp.lib.advice
import data.icp.lib.config
import data.icp.lib.messages
import data.icp.lib.result

# METADATA
# title: Domain served by a provider without active access
# description: |
#   A domain of a filed website is served from a mainland server at a provider
#   where its website has no active access (no active access entry, and no
#   transfer there in a status in which that provider already serves the
#   site), or a domain that belongs to no filed website is served from a
#   mainland server. The provider blocks the site and the ICP number may be
#   deregistered: keep serving the domain from a provider with active access
#   until the transfer to the new provider is approved.
# custom:
#   id: ICP101
#   title_zh: 域名由未接入的服务商提供服务
#   description_zh: |
#     已备案网站的域名由某服务商的中国内地服务器提供服务，但该网站在此服务商没有有效接入（或域名不属于任何已备案网站）
#     。服务商会阻断网站，备案号可能被注销：在转入新服务商的备案审核通过前，
#     继续由已接入的服务商提供服务；取消接入前先把域名解析到别处。
#   severity: deny
#   state: blocked
#   sources:
#     - faq:must-transfer
#     - faq:cancel-transfer
#     - A13
deny contains v if {
	some [i, wid] in icp101_places
	h := input.hosting[i]
	v := result.violation(
		rego.metadata.rule(),
		icp101_msg(h, wid),
		object.union(
			{"path": sprintf("/hosting/%d", [i]), "domain": h.domain, "provider": h.provider},
			result.website_field({id | some id in {wid}; id != ""}),
		),
	)
}

# icp101_places: [hosting index, website id] of each hosting entry served from
# a mainland server at a provider where a filed website listing its domain has
# no active access; website id "" when no filed website lists the domain.
icp101_places contains [i, wid] if {
	some i, h in input.hosting
	h.mainland == true
	some wid in filed_owners_of[h.domain]
	not [wid, h.provider] in active_access
}

icp101_places contains [i, ""] if {
	some i, h in input.hosting
	h.mainland == true
	not filed_owners_of[h.domain]
}

icp101_msg(h, "") := messages.text("ICP101.filing.unfiled", {"domain": h.domain, "provider": h.provider})

icp101_msg(h, wid) := messages.text("ICP101.filing", {
	"domain": h.domain, "website": wid, "provider": h.provider,
	"advice": advice.serve_instead(input, wid, h.provider, config.providers, false),
}) if {
	wid != ""
}
