package icp.plan

import data.icp.lib.config
import data.icp.lib.result

# METADATA
# title: Website added to a subject with no website left
# description: |
#   In a plan: add_website while the subject has no active website (in the
#   snapshot, or after a cancel_number earlier in the plan), and the
#   subject's province does not have shell_subject_may_add: true (province
#   data). A subject with no website left (空壳主体, a shell subject) cannot
#   add one in such a province: deregister the subject at the administration
#   and file again.
# custom:
#   id: ICP211
#   severity: deny
#   sources:
#     - H5
deny contains v if {
	some i, a in input.plan.actions
	a.type == "add_website"
	s := states[i]
	not icp211_has_active_website(s)
	province := object.get(s.subject, "province", "")
	object.get(config.provinces, [province, "shell_subject_may_add"], false) != true
	v := result.violation(
		rego.metadata.rule(),
		sprintf(
			"Action %s adds website %s to a subject that has no active website left at this step (a shell subject, 空壳主体): in %s a shell subject cannot add a website. Deregister the subject at the administration and file again with the new website (or add the website before the subject's last one is cancelled).",
			[a.id, a.website.id, object.get(config.provinces, [province, "name"], province)],
		),
		object.union(object.union(at(i, a), provider_field(a)), {"website": a.website.id}),
	)
}

icp211_has_active_website(s) if {
	some w in s.websites
	w.status == "active"
}
