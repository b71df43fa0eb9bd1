package icp.terraform

import data.icp.lib.result
import data.icp.terraform.tables

# METADATA
# title: Terraform record whose target cannot be resolved
# description: |
#   In a Terraform plan: an A, AAAA or CNAME record that the plan creates or
#   changes (so it moves its domain) points at something the plan cannot
#   tell: a literal address that no resource of the plan owns, a value known
#   only after apply whose configuration references no serving resource, a
#   CNAME chain that loops, an EIP associated with no instance, or a
#   resource whose region or mainland table is unknown. The record makes no
#   action, so its domain is not judged: resolve what is missing (manage the
#   server in this configuration, give the region) or check it by hand.
# custom:
#   id: ICP906
#   severity: warn
#   sources: []
warn contains v if {
	some [a, domain, msg] in icp906_places
	v := result.violation(rego.metadata.rule(), msg, object.union({"path": resource_path(a), "address": a}, domain))
}

# unresolved: the messages of the records that plan leaves out, for a person
# who reviews the derived plan (icpcheck plan from-terraform).
unresolved contains msg if some [_, _, msg] in icp906_places

# icp906_places: [address, domain place, message] of each record that
# moves a domain to a target that cannot be resolved.
icp906_places contains [a, {"domain": rec.domain}, msg] if {
	some a, rec in records
	serving_record(rec)
	rec.domain != ""
	not unpointed(a)
	moves(a)
	problem := resolution(a).problem
	msg := sprintf(
		"Record %s points %s somewhere the plan cannot tell: %s. Its domain is not judged: make the target part of this configuration or give what is missing, else check the move by hand.",
		[a, rec.domain, problem],
	)
}

icp906_places contains [a, {}, msg] if {
	some a, rec in records
	serving_record(rec)
	rec.domain == ""
	changing(resources[a])
	msg := sprintf("Record %s names no domain the plan can tell (a relative name without its zone): write its full name. It is not judged.", [a])
}

icp906_places contains [a, {"domain": d}, msg] if {
	some a, r in resources
	tables.serving[r.type].cdn
	changing(r)
	d := cdn_domain(r)
	problem := resource_serving(a).problem
	msg := sprintf("CDN domain %s (%s) cannot be judged: %s.", [a, d, problem])
}
