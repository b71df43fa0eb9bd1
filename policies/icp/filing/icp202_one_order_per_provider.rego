package icp.filing

import data.icp.lib.index
import data.icp.lib.messages
import data.icp.lib.orders
import data.icp.lib.result

# METADATA
# title: Two open orders at one provider
# description: |
#   In a snapshot: two orders of the subject are open at the same provider.
#   Reported on each open order that has an earlier open order at that
#   provider (by submitted_at, else by place in the list), except where ICP201
#   already reports the order. One order at a time per subject at a provider:
#   finish or abandon the open one first.
# custom:
#   id: ICP202
#   title_zh: 同一服务商有两个未完结订单
#   description_zh: |
#     同一主体在同一服务商同时只能有一个未完结订单：请先完成或放弃已有订单，
#     再提交新订单。
#   severity: deny
#   sources:
#     - A14
#     - H4
deny contains v if {
	result.judged(rego.metadata.rule())
	some j, o in input.orders
	o.status in orders.open_statuses
	firsts := {input.orders[i].id |
		some i in icp202_open_at[o.provider]
		i != j
		orders.earlier(input, i, j)
	}
	count(firsts) > 0
	not icp202_change_during_transfer(o)
	v := result.violation(
		rego.metadata.rule(),
		messages.text("ICP202.filing", {"order": o.id, "type": o.type, "provider": o.provider, "firsts": result.list(firsts)}),
		{"path": sprintf("/orders/%d", [j]), "order": o.id, "provider": o.provider},
	)
}

# icp202_change_during_transfer(o): ICP201 reports order o (an open change
# beside an open transfer).
icp202_change_during_transfer(o) if {
	o.type == "change"
	transfer_is_open
}

# icp202_open_at: {provider: the positions of the open orders at it}, built
# once rather than scanning every order for each open one.
icp202_open_at := index.group([[e.provider, i] |
	some i, e in input.orders
	e.status in orders.open_statuses
])
