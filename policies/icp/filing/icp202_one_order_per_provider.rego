package icp.filing

import data.icp.annotations
import data.icp.lib.index
import data.icp.lib.messages
import data.icp.lib.orders
import data.icp.lib.result

# ICP202 is annotated once, in policies/icp/annotations/icp202_one_order_per_provider.rego: its
# title, description, severity, sources and messages are there.

# METADATA
# custom:
#   id: ICP202
deny contains v if {
	result.judged(rego.metadata.rule())
	some j, o in input.orders
	o.status in orders.open_statuses
	firsts := {input.orders[i].id |
		some i in _icp202_open_at[o.provider]
		i != j
		orders.earlier(input, i, j)
	}
	count(firsts) > 0
	not _icp202_change_during_transfer(o)
	v := result.violation(
		object.union(annotations.icp202, rego.metadata.rule()),
		messages.text(
			"ICP202.filing",
			{"order": o.id, "type": o.type, "provider": o.provider, "firsts": result.list(firsts)},
		),
		{"path": sprintf("/orders/%d", [j]), "order": o.id, "provider": o.provider},
	)
}

# _icp202_change_during_transfer(o): ICP201 reports order o (an open change
# beside an open transfer).
_icp202_change_during_transfer(o) if {
	o.type == "change"
	transfer_is_open
}

# _icp202_open_at: {provider: the positions of the open orders at it}, built
# once rather than scanning every order for each open one.
_icp202_open_at := index.group([[e.provider, i] |
	some i, e in input.orders
	e.status in orders.open_statuses
])
