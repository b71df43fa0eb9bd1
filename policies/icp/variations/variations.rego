# METADATA
# title: Province and provider variations
# description: |
#   What the province, provider and threshold data change in the rules, one
#   entry per setting, for `icpcheck rules` and docs/provinces.md: which rule
#   the setting feeds, what it says in words, and the sources that the data
#   records for it. Read from the data after -d, so a corrected value shows
#   as corrected.
package icp.variations

import data.icp.lib.config
import data.icp.lib.messages

# province_rules and provider_rules: the rule IDs that each field feeds.
province_rules := {
	"transfer_must_match": ["ICP205"],
	"shell_subject_may_add": ["ICP211"],
	"unreachable_transfer_refiles": ["ICP305"],
}

provider_rules := {
	"access_during_transfer": ["ICP101", "ICP302", "ICP303"],
	"resource_rules": ["ICP104"],
	"order_idle_delete_days": ["ICP209"],
	"order_idle_warning_days": ["ICP209"],
	"cancel_all_removes_subject": ["ICP507"],
}

threshold_rules := {
	"stale_transfer_days": ["ICP302"],
	"expiry_warning_days": ["ICP105"],
}

# catalogue: the variations with the province codes and provider ids that
# the data knows (sorted), for a caller that filters by them, and what the
# sources they cite name.
catalogue := {
	"provinces": sort(object.keys(config.provinces)),
	"providers": sort(object.keys(config.providers)),
	"variations": all,
	"sources": cited,
}

# cited: {key: what it names} for each source that a variation cites and
# the source data (data.icp.sources) describes.
cited := {key: text |
	some v in all
	some key in v.sources
	text := data.icp.sources[key]
}

# all: the variations, sorted by scope, key and field.
all := [v |
	some [_, _, _, v] in sort(entries)
]

entries contains [0, code, field, entry("province", code, p, field, value, rules)] if {
	some code, p in config.provinces
	some field, value in p
	rules := province_rules[field]
}

entries contains [1, id, field, entry("provider", id, p, field, value, rules)] if {
	some id, p in config.providers
	some field, value in p
	rules := provider_rules[field]
}

entries contains [2, "", field, {
	"scope": "threshold",
	"key": field,
	"name": field,
	"field": field,
	"rules": rules,
	"setting": setting(field, value),
	"sources": [],
}] if {
	some field, value in config.thresholds
	rules := threshold_rules[field]
}

entry(scope, key, record, field, value, rules) := {
	"scope": scope,
	"key": key,
	"name": object.get(record, "name", key),
	"field": field,
	"rules": rules,
	"setting": setting(field, value),
	"sources": object.get(record, ["sources", field], []),
}

# setting(field, value): what the value of a field says, in words.
setting("transfer_must_match", fields) := messages.text(
	"variation.transfer_must_match",
	{"fields": concat(messages.separator, [field_text(f) | some f in fields])},
)

setting("shell_subject_may_add", true) := messages.text("variation.shell_subject_may_add", {})

setting("shell_subject_may_add", false) := messages.text("variation.shell_subject_may_not_add", {})

setting("unreachable_transfer_refiles", true) := messages.text("variation.unreachable_transfer_refiles", {})

setting("unreachable_transfer_refiles", false) := messages.text("variation.unreachable_transfer_resubmits", {})

setting("access_during_transfer", []) := messages.text("variation.access_after_approval", {})

setting("access_during_transfer", statuses) := messages.text(
	"variation.access_during_transfer",
	{"statuses": concat(", ", statuses)},
) if count(statuses) > 0

setting("resource_rules", rules) := concat(
	"; ",
	[messages.text(
		"variation.resource",
		{"type": type, "requirements": concat(messages.separator, resource_text(r))},
	) |
		some type, r in rules
	],
)

setting("order_idle_delete_days", n) := messages.text("variation.order_idle_delete_days", {"days": n})

setting("order_idle_warning_days", n) := messages.text("variation.order_idle_warning_days", {"day": n})

setting("cancel_all_removes_subject", true) := messages.text("variation.cancel_all_removes_subject", {})

setting("cancel_all_removes_subject", false) := messages.text("variation.cancel_all_keeps_subject", {})

setting("stale_transfer_days", n) := messages.text("variation.days", {"days": n})

setting("expiry_warning_days", n) := messages.text("variation.days", {"days": n})

field_text("subject.*") := messages.text("ICP205.subject_fields", {})

field_text("website.*") := messages.text("ICP205.website_fields", {})

field_text(f) := f if not f in {"subject.*", "website.*"}

# resource_text(r): the requirements of one resource type, in words, in a
# fixed order.
resource_text(r) := [piece(k, r[k]) | some k in ["billing", "min_term_months", "public_ip"]; piece(k, r[k])]

piece("billing", billing) := messages.text(
	"variation.billing",
	{"billing": concat(messages.text("variation.or", {}), billing)},
)

piece("min_term_months", n) := messages.text("variation.min_term_months", {"months": n})

piece("public_ip", true) := messages.text("variation.public_ip", {})

piece("public_ip", false) := messages.text("variation.no_public_ip", {})
