package icp.plan

import data.icp.lib.access
import data.icp.lib.config
import data.icp.lib.orders
import data.icp.lib.plan as sim
import data.icp.lib.result
import data.icp.lib.websites

# consequences: one entry per action, in plan order: {"action", "effects"},
# the effects plain sentences of what the action does to the filing and the
# sites, judged on the state it acts on (states[i]) and the one it leaves
# (states[i + 1]).
consequences := [{"action": a.id, "type": a.type, "effects": action_effects(i, a)} | some i, a in input.plan.actions]

action_effects(i, a) := point_effects(states[i], a) if {
	a.type == "point_domain"
} else := unpoint_effects(states[i], a) if {
	a.type == "unpoint_domain"
} else := transfer_effects(states[i], a) if {
	a.type == "submit_transfer"
} else := add_effects(a) if {
	a.type == "add_website"
} else := change_effects(a) if {
	a.type in {"change_subject", "change_website"}
} else := cancel_access_effects(states[i], states[i + 1], a) if {
	a.type == "cancel_access"
} else := cancel_number_effects(states[i], a) if {
	a.type == "cancel_number"
} else := removal_effects(i, a) if {
	a.type in {"withdraw_order", "abandon_order"}
} else := await_effects(i, a) if {
	a.type == "await_approval"
} else := []

# point_domain: where the domain is served from, where it was, and whether
# its provider may serve it.
point_effects(s, a) := array.concat(
	[
		sprintf("%s is served from %s (%s)", [a.domain, provider(a), point_where(a)]),
		point_before(s, a),
	],
	point_access(s, a),
)

point_where(a) := "a mainland server" if {
	a.mainland == true
} else := "a server outside mainland China"

point_before(s, a) := "it was not served before" if {
	count(point_old(s, a)) == 0
} else := sprintf("it is no longer served from %s", [result.list(point_old(s, a) - {provider(a)})]) if {
	count(point_old(s, a) - {provider(a)}) > 0
} else := sprintf("it was served from %s before too: its hosting entry is replaced", [provider(a)])

point_old(s, a) := {h.provider | some h in s.hosting; h.domain == a.domain}

point_access(s, a) := ["a filed domain served from outside mainland China may have its filing revoked"] if {
	a.mainland != true
	count(websites.filed_owners(s, a.domain)) > 0
} else := [] if {
	a.mainland != true
} else := [sprintf("%s belongs to no filed website: mainland providers block it", [a.domain])] if {
	count(websites.filed_owners(s, a.domain)) == 0
} else := [point_owner(s, wid, provider(a), a.domain) | some wid in sort(websites.filed_owners(s, a.domain))]

point_owner(s, wid, p, d) := sprintf("website %s has active access at %s, so %s may serve it", [wid, p, p]) if {
	access.active_at(s, wid, p, config.providers)
} else := sprintf("website %s has no active access at %s: %s blocks %s until a transfer of %s to %s is approved", [wid, p, p, d, wid, p])

# unpoint_domain: where the domain was served from, and that its websites
# are no longer reachable at it.
unpoint_effects(s, a) := array.concat(
	[sprintf("%s is no longer served from %s: its DNS record is deleted and its hosting entry removed", [a.domain, result.list(point_old(s, a))])],
	[sprintf("website %s is not reachable at %s", [wid, a.domain]) | some wid in sort(websites.owners(s, a.domain))],
) if {
	count(point_old(s, a)) > 0
} else := [sprintf("%s was not served: nothing changes", [a.domain])]

# submit_transfer: the open order, the access that waits for its approval,
# the number that stays.
transfer_effects(s, a) := array.concat(
	[sprintf(
		"transfer %s of %s (%s) is submitted at %s and stays open until an await_approval names it",
		[a.id, sites(wids), domain_list({d | some d in object.get(a, "domains", domains_of(s, wids))}), provider(a)],
	)],
	array.concat(
		transfer_meanwhile(s, wids, provider(a)),
		[numbers_kept(s, wids, ["a transfer keeps the number", "a transfer keeps the numbers"])],
	),
) if {
	wids := {wid | some wid in a.websites}
}

# transfer_meanwhile(s, wids, p): the access that the websites keep until
# the transfer is approved, one sentence for the websites that keep the
# same.
transfer_meanwhile(s, wids, p) := [meanwhile_text(group, p, ps) |
	some [ps, group] in access_groups(s, wids, {p})
]

meanwhile_text(group, p, ps) := sprintf("until it is approved, %s no active access at %s; %s active access at %s", [sites_have(group), p, keep_keeps(group), result.list(ps)]) if {
	count(ps) > 0
} else := sprintf("until it is approved, %s no active access at %s, nor at any other provider", [sites_have(group), p])

# access_groups(s, wids, except): [providers, websites] for each set of
# providers (less except) at which some of the websites have active
# access, sorted: the websites that share them.
access_groups(s, wids, except) := sort({[ps, {wid | some wid in wids; by[wid] == ps}] | some ps in {ps | some ps in by}}) if {
	by := {wid: (access.active_providers(s, wid, config.providers) - except) | some wid in wids}
}

# sites_have(wids): "website a has" or "websites a, b have".
sites_have(wids) := sprintf("%s %s", [sites(wids), has_have(wids)])

keep_keeps(wids) := "it keeps its" if {
	count(wids) == 1
} else := "they keep their"

# add_website: the open order and what approval brings.
add_effects(a) := [
	sprintf(
		"website %s (%s) is submitted for addition at %s (%s) and stays open until an await_approval names it",
		[a.website.id, domain_list({d | some d in a.website.domains}), provider(a), a.application],
	),
	"until it is approved the website is not filed: its domains cannot be served from a mainland server",
	add_number(a),
]

add_number(a) := sprintf("once approved it keeps its ICP number %s, with active access at %s", [a.website.icp_number, provider(a)]) if {
	sim.numbered(a.website)
} else := sprintf("once approved the administration issues it an ICP number, with active access at %s", [provider(a)])

# change_subject, change_website: the open order; the record waits.
change_effects(a) := [
	sprintf("change %s of %s is submitted at %s: %s", [a.id, change_what(a), provider(a), set_text(a.set)]),
	"the record stays as it is until the change is approved",
]

change_what(a) := sprintf("website %s", [a.website]) if {
	a.type == "change_website"
} else := "the subject"

# cancel_access: the domains the provider can no longer serve, the number
# that stays valid, how to come back, the access left.
cancel_access_effects(before, after, a) := array.concat(
	[
		cancel_access_sites(before, wids, provider(a)),
		numbers_kept(before, wids, ["cancelling access does not deregister it", "cancelling access does not deregister them"]),
		sprintf("to serve from %s again, submit a new transfer to %s with the same number", [provider(a), provider(a)]),
	],
	[cancel_access_left(group, ps) | some [ps, group] in access_groups(after, wids, set())],
) if {
	wids := {wid | some wid in a.websites}
}

# numbers_kept(s, wids, [why for one, why for several]): that the websites
# keep their ICP numbers, in one sentence.
numbers_kept(s, wids, why) := sprintf("website %s keeps its ICP number %s: %s", [wid, w.icp_number, why[0]]) if {
	[wid] := [x | some x in wids]
	w := website_in(s, wid)
	sim.numbered(w)
} else := sprintf("website %s keeps its ICP number, if it has one: %s", [wid, why[0]]) if {
	[wid] := [x | some x in wids]
} else := sprintf("%s keep their ICP numbers (%s): %s", [sites(wids), concat(", ", [number_of(s, wid) | some wid in sort(wids)]), why[1]])

number_of(s, wid) := sprintf("%s %s", [wid, w.icp_number]) if {
	w := website_in(s, wid)
	sim.numbered(w)
} else := sprintf("%s none", [wid])

cancel_access_sites(s, wids, p) := sprintf("website %s's access at %s is cancelled: %s can no longer be served from %s", [wid, p, domain_list(domains_of(s, wids)), p]) if {
	[wid] := [x | some x in wids]
} else := sprintf("the access of %s at %s is cancelled: %s can no longer be served from %s", [sites(wids), p, domain_list(domains_of(s, wids)), p])

cancel_access_left(wids, ps) := sprintf("%s active access at %s", [keep_keeps_sites(wids), result.list(ps)]) if {
	count(ps) > 0
} else := sprintf("%s no active access left at any provider", [sites_have(wids)])

# keep_keeps_sites(wids): "website a keeps" or "websites a, b keep".
keep_keeps_sites(wids) := sprintf("website %s keeps", [result.list(wids)]) if {
	count(wids) == 1
} else := sprintf("websites %s keep", [result.list(wids)])

# cancel_number: what goes offline for good, the new number a new filing
# needs, the order that stays.
cancel_number_effects(s, a) := [
	sprintf("%s %s deregistered: %s", [cancel_number_what(s, a), cancel_number_are(a), cancel_number_offline(s, a)]),
	"restoring a deregistered website needs a new filing, which gets a new ICP number",
	"the cancel-number order cannot be deleted or withdrawn afterwards",
]

cancel_number_are(a) := "are" if {
	a.scope == "subject"
} else := "is"

# withdraw_order, abandon_order: the order removed, or refused, or missing.
removal_effects(i, a) := [sprintf("order %s (%s at %s) is %s: it no longer exists", [o.id, o.type, o.provider, removal_done(a)])] if {
	sim.removed(input.filing, input.plan, simulation, i) == a.order
	o := order_in(states[i], a.order)
} else := [sprintf("order %s (%s) cannot be %s: cancellation orders cannot be deleted or withdrawn, so it stays and takes effect when approved", [o.id, o.type, removal_done(a)])] if {
	o := order_in(states[i], a.order)
} else := [sprintf("order %s does not exist at this point: nothing changes", [a.order])]

removal_done(a) := "withdrawn" if {
	a.type == "withdraw_order"
} else := "abandoned"

order_in(s, id) := [o | some o in s.orders; o.id == id][0]

# await_approval: what the approval brings, or why nothing changes.
await_effects(i, a) := [approved_effect(states[i + 1], id, o)] if {
	[id, o] := sim.awaited(input.filing, input.plan, simulation, i)
} else := [sprintf("order %s is already approved: nothing changes", [o.id])] if {
	o := named_order(i)
	o.status == "approved"
} else := [sprintf("order %s is %s: it will not be approved, and waiting changes nothing", [o.id, o.status])] if {
	o := named_order(i)
} else := [sprintf("action %s submitted no order before this step: nothing changes", [a.action])] if {
	is_string(a.action)
} else := [sprintf("order %s does not exist at this point: nothing changes", [sim.target(a)])]

# named_order(i): the order, as it stands in states[i], that the await or
# removal at i names (undefined for a dangling name or a removed order).
named_order(i) := order_in(states[i], sim.order_of(input.filing, input.plan, sim.named(input.filing, input.plan, i)).id)

approved_effect(s, id, o) := sprintf("the transfer %s is approved: %s %s active access at %s", [id, sites(wids), has_have(wids), o.provider]) if {
	o.type == "transfer"
	wids := orders.covered(s, o)
} else := sprintf("the change %s is approved: %s's record now has %s", [id, change_what(plan_action(id)), set_text(plan_action(id).set)]) if {
	o.type == "change"
	plan_action(id)
} else := sprintf("the addition %s is approved: %s is filed, with ICP number %s and active access at %s", [id, site_with_domains(s, w.id), w.icp_number, o.provider]) if {
	o.type == "add_website"
	w := website_in(s, o.websites[0])
} else := sprintf("the cancel-access order %s is approved: %s no longer %s access at %s", [id, sites(o.websites), has_have(o.websites), o.provider]) if {
	o.type == "cancel_access"
	o.websites
} else := sprintf("the cancel-number order %s is approved: the numbers it covers are deregistered and their websites go offline for good", [id]) if {
	o.type == "cancel_number"
} else := sprintf("order %s (%s) is approved", [id, o.type])

has_have(wids) := "has" if {
	count(wids) == 1
} else := "have"

plan_action(id) := [a | some a in input.plan.actions; a.id == id; sim.submits(a)][0]
