package icp.plan

import data.icp.lib.access
import data.icp.lib.config
import data.icp.lib.messages
import data.icp.lib.orders
import data.icp.lib.plan as sim
import data.icp.lib.result
import data.icp.lib.websites

# consequences: one entry per action, in plan order: {"action", "effects"},
# the effects plain sentences of what the action does to the filing and the
# sites, judged on the state it acts on (states[i]) and the one it leaves
# (states[i + 1]).
consequences := [{"action": a.id, "type": a.type, "effects": _action_effects(i, a)} | some i, a in input.plan.actions]

_action_effects(i, a) := _point_effects(states[i], a) if {
	a.type == "point_domain"
} else := _unpoint_effects(states[i], a) if {
	a.type == "unpoint_domain"
} else := _transfer_effects(states[i], a) if {
	a.type == "submit_transfer"
} else := _add_effects(a) if {
	a.type == "add_website"
} else := _change_effects(a) if {
	a.type in {"change_subject", "change_website"}
} else := _cancel_access_effects(states[i], states[i + 1], a) if {
	a.type == "cancel_access"
} else := _cancel_number_effects(states[i], a) if {
	a.type == "cancel_number"
} else := _removal_effects(i, a) if {
	a.type in {"withdraw_order", "abandon_order"}
} else := _await_effects(i, a) if {
	a.type == "await_approval"
} else := []

# point_domain: where the domain is served from, where it was, and whether
# its provider may serve it.
_point_effects(s, a) := array.concat(
	[
		messages.text("effect.point", {"domain": a.domain, "provider": provider(a), "where": _point_where(a)}),
		_point_before(s, a),
	],
	_point_access(s, a),
)

_point_where(a) := messages.text("effect.point.mainland", {}) if {
	a.mainland == true
} else := messages.text("effect.point.abroad", {})

_point_before(s, a) := messages.text("effect.point.new", {}) if {
	count(_point_old(s, a)) == 0
} else := messages.text("effect.point.moved", {"providers": result.list(_point_old(s, a) - {provider(a)})}) if {
	count(_point_old(s, a) - {provider(a)}) > 0
} else := messages.text("effect.point.replaced", {"provider": provider(a)})

_point_old(s, a) := {h.provider | some h in s.hosting; h.domain == a.domain}

_point_access(s, a) := [messages.text("effect.point.revoked", {})] if {
	a.mainland != true
	count(websites.filed_owners(s, a.domain)) > 0
} else := [] if {
	a.mainland != true
} else := [messages.text("effect.point.unfiled", {"domain": a.domain})] if {
	count(websites.filed_owners(s, a.domain)) == 0
} else := [_point_owner(s, wid, provider(a), a.domain) | some wid in sort(websites.filed_owners(s, a.domain))]

_point_owner(s, wid, p, d) := messages.text("effect.point.access", {"website": wid, "provider": p}) if {
	access.active_at(s, wid, p, config.providers)
} else := messages.text("effect.point.blocked", {"website": wid, "provider": p, "domain": d})

# unpoint_domain: where the domain was served from, and that its websites
# are no longer reachable at it.
_unpoint_effects(s, a) := array.concat(
	[messages.text("effect.unpoint", {"domain": a.domain, "providers": result.list(_point_old(s, a))})],
	[messages.text(
		"effect.unpoint.unreachable",
		{"website": wid, "domain": a.domain},
	) |
		some wid in sort(websites.owners(s, a.domain))
	],
) if {
	count(_point_old(s, a)) > 0
} else := [messages.text("effect.unpoint.none", {"domain": a.domain})]

# submit_transfer: the open order, the access that waits for its approval,
# the number that stays.
_transfer_effects(s, a) := array.concat(
	[messages.text("effect.transfer", {
		"action": a.id, "sites": sites(wids), "provider": provider(a),
		"domains": domain_list({d | some d in object.get(a, "domains", domains_of(s, wids))}),
	})],
	array.concat(
		_transfer_meanwhile(s, wids, provider(a)),
		[
			_numbers_kept(
				s,
				wids,
				[messages.text("effect.why.transfer", {}), messages.text("effect.why.transfer.many", {})],
			),
		],
	),
) if {
	wids := {wid | some wid in a.websites}
}

# _transfer_meanwhile(s, wids, p): the access that the websites keep until
# the transfer is approved, one sentence for the websites that keep the
# same.
_transfer_meanwhile(s, wids, p) := [_meanwhile_text(group, p, ps) |
	some [ps, group] in _access_groups(s, wids, {p})
]

_meanwhile_text(group, p, ps) := messages.text(
	_one_or_many(group, "effect.transfer.keeps.one", "effect.transfer.keeps"),
	{"sites": sites(group), "provider": p, "providers": result.list(ps)},
) if {
	count(ps) > 0
} else := messages.text(
	_one_or_many(group, "effect.transfer.none.one", "effect.transfer.none"),
	{"sites": sites(group), "provider": p},
)

# _access_groups(s, wids, except): [providers, websites] for each set of
# providers (less except) at which some of the websites have active
# access, sorted: the websites that share them.
_access_groups(s, wids, except) := sort({[
	ps,
	{wid | some wid in wids; by[wid] == ps},
] |
	some ps in {ps | some ps in by}
}) if {
	by := {wid: (access.active_providers(s, wid, config.providers) - except) | some wid in wids}
}

# _one_or_many(xs, one, many): key one for a single element, else many.
_one_or_many(xs, one, many) := one if {
	count(xs) == 1
} else := many

# add_website: the open order and what approval brings.
_add_effects(a) := [
	messages.text("effect.add", {
		"website": a.website.id, "domains": domain_list({d | some d in a.website.domains}),
		"provider": provider(a), "application": a.application,
	}),
	messages.text("effect.add.unfiled", {}),
	_add_number(a),
]

_add_number(a) := messages.text("effect.add.number", {"number": a.website.icp_number, "provider": provider(a)}) if {
	sim.numbered(a.website)
} else := messages.text("effect.add.new_number", {"provider": provider(a)})

# change_subject, change_website: the open order; the record waits.
_change_effects(a) := [
	messages.text(
		"effect.change",
		{"action": a.id, "what": _change_what(a), "provider": provider(a), "set": set_text(a.set)},
	),
	messages.text("effect.change.waits", {}),
]

_change_what(a) := messages.text("plan.website", {"websites": a.website}) if {
	a.type == "change_website"
} else := messages.text("plan.subject", {})

# cancel_access: the domains the provider can no longer serve, the number
# that stays valid, how to come back, the access left.
_cancel_access_effects(before, after, a) := array.concat(
	[
		_cancel_access_sites(before, wids, provider(a)),
		_numbers_kept(
			before,
			wids,
			[messages.text("effect.why.cancel_access", {}), messages.text("effect.why.cancel_access.many", {})],
		),
		messages.text("effect.cancel_access.again", {"provider": provider(a)}),
	],
	[_cancel_access_left(group, ps) | some [ps, group] in _access_groups(after, wids, set())],
) if {
	wids := {wid | some wid in a.websites}
}

# _numbers_kept(s, wids, [why for one, why for several]): that the websites
# keep their ICP numbers, in one sentence.
_numbers_kept(s, wids, why) := messages.text(
	"effect.number_kept",
	{"website": wid, "number": w.icp_number, "why": why[0]},
) if {
	[wid] := [x | some x in wids]
	w := website_in(s, wid)
	sim.numbered(w)
} else := messages.text("effect.number_kept.maybe", {"website": wid, "why": why[0]}) if {
	[wid] := [x | some x in wids]
} else := messages.text(
	"effect.numbers_kept",
	{
		"sites": sites(wids),
		"numbers": concat(messages.separator, [_number_of(s, wid) | some wid in sort(wids)]),
		"why": why[1],
	},
)

_number_of(s, wid) := messages.text("effect.number_of", {"website": wid, "number": w.icp_number}) if {
	w := website_in(s, wid)
	sim.numbered(w)
} else := messages.text("effect.number_of.none", {"website": wid})

_cancel_access_sites(s, wids, p) := messages.text(
	"effect.cancel_access",
	{"website": wid, "provider": p, "domains": domain_list(domains_of(s, wids))},
) if {
	[wid] := [x | some x in wids]
} else := messages.text(
	"effect.cancel_access.many",
	{"sites": sites(wids), "provider": p, "domains": domain_list(domains_of(s, wids))},
)

_cancel_access_left(wids, ps) := messages.text(
	_one_or_many(wids, "effect.cancel_access.left.one", "effect.cancel_access.left"),
	{"websites": result.list(wids), "providers": result.list(ps)},
) if {
	count(ps) > 0
} else := messages.text(
	_one_or_many(wids, "effect.cancel_access.none.one", "effect.cancel_access.none"),
	{"sites": sites(wids)},
)

# cancel_number: what goes offline for good, the new number a new filing
# needs, the order that stays.
_cancel_number_effects(s, a) := [
	messages.text(_cancel_number_key(a), {"what": _cancel_number_what(s, a), "offline": _cancel_number_offline(s, a)}),
	messages.text("effect.cancel_number.refile", {}),
	messages.text("effect.cancel_number.final", {}),
]

_cancel_number_key(a) := "effect.cancel_number.subject" if {
	a.scope == "subject"
} else := "effect.cancel_number"

# withdraw_order, abandon_order: the order removed, or refused, or missing.
_removal_effects(i, a) := [messages.text(
	_removal_done(a),
	{"order": o.id, "type": o.type, "provider": o.provider},
)] if {
	sim.removed(input.filing, input.plan, simulation, i) == a.order
	o := _order_in(states[i], a.order)
} else := [messages.text(_removal_refused(a), {"order": o.id, "type": o.type})] if {
	o := _order_in(states[i], a.order)
} else := [messages.text("effect.order.missing", {"order": a.order})]

_removal_done(a) := "effect.withdrawn" if {
	a.type == "withdraw_order"
} else := "effect.abandoned"

_removal_refused(a) := "effect.withdrawn.refused" if {
	a.type == "withdraw_order"
} else := "effect.abandoned.refused"

_order_in(s, id) := [o | some o in s.orders; o.id == id][0]

# await_approval: what the approval brings, or why nothing changes.
_await_effects(i, a) := [_approved_effect(states[i + 1], id, o)] if {
	[id, o] := sim.awaited(input.filing, input.plan, simulation, i)
} else := [messages.text("effect.await.done", {"order": o.id})] if {
	o := _named_order(i)
	o.status == "approved"
} else := [messages.text("effect.await.never", {"order": o.id, "status": o.status})] if {
	o := _named_order(i)
} else := [messages.text("effect.await.no_order", {"action": a.action})] if {
	is_string(a.action)
} else := [messages.text("effect.order.missing", {"order": sim.target(a)})]

# _named_order(i): the order, as it stands in states[i], that the await or
# removal at i names (undefined for a dangling name or a removed order).
_named_order(i) := _order_in(
	states[i],
	sim.order_of(input.filing, input.plan, sim.named(input.filing, input.plan, i)).id,
)

_approved_effect(s, id, o) := messages.text(
	_one_or_many(wids, "effect.approved.transfer.one", "effect.approved.transfer"),
	{"order": id, "sites": sites(wids), "provider": o.provider},
) if {
	o.type == "transfer"
	wids := orders.covered(s, o)
} else := messages.text(
	"effect.approved.change",
	{"order": id, "what": _change_what(_plan_action(id)), "set": set_text(_plan_action(id).set)},
) if {
	o.type == "change"
	_plan_action(id)
} else := messages.text(
	"effect.approved.add",
	{"order": id, "site": site_with_domains(s, w.id), "number": w.icp_number, "provider": o.provider},
) if {
	o.type == "add_website"
	w := website_in(s, o.websites[0])
} else := messages.text(
	_one_or_many(o.websites, "effect.approved.cancel_access.one", "effect.approved.cancel_access"),
	{"order": id, "sites": sites(o.websites), "provider": o.provider},
) if {
	o.type == "cancel_access"
	o.websites
} else := messages.text("effect.approved.cancel_number", {"order": id}) if {
	o.type == "cancel_number"
} else := messages.text("effect.approved", {"order": id, "type": o.type})

_plan_action(id) := [a | some a in input.plan.actions; a.id == id; sim.submits(a)][0]
