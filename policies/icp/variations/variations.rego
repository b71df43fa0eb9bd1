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
import data.icp.lib.providers

# _province_rules and _provider_rules: the rule IDs that each field feeds.
_province_rules := {
	"transfer_must_match": ["ICP205"],
	"shell_subject_may_add": ["ICP211"],
	"unreachable_transfer_refiles": ["ICP305"],
}

_provider_rules := {
	"access_during_transfer": ["ICP101", "ICP302", "ICP303"],
	"resource_rules": ["ICP104"],
	"order_idle_delete_days": ["ICP209"],
	"order_idle_warning_days": ["ICP209"],
	"cancel_all_removes_subject": ["ICP507"],
}

_threshold_rules := {
	"stale_transfer_days": ["ICP302"],
	"expiry_warning_days": ["ICP105"],
}

# catalogue: the variations with the province codes and provider ids that
# the data knows (sorted), for a caller that filters by them, what the
# sources they cite name, and what applies where the data lists no
# variation (general, for docs/provinces.md); with input.provider, a name
# as a user writes it (an alias, 阿里云), also the id it names (provider;
# its normal form when the registry does not know it).
catalogue := object.union(
	{
		"provinces": sort(object.keys(config.provinces)),
		"providers": sort(object.keys(config.providers)),
		"variations": _all,
		"sources": _cited,
		"general": messages.text("variation.general", {}),
	},
	{"provider": providers.canonical(input.provider) | is_string(input.provider)},
)

# _cited: {key: what it names} for each source that a variation cites and
# the source data (data.icp.sources) describes.
_cited := {key: text |
	some v in _all
	some key in v.sources
	text := data.icp.sources[key]
}

# _all: the variations, sorted by scope, key and field.
_all := [v |
	some [_, _, _, v] in sort(_entries)
]

_entries contains [0, code, field, _entry("province", code, p, field, value, rules)] if {
	some code, p in config.provinces
	some field, value in p
	rules := _province_rules[field]
}

_entries contains [1, id, field, _entry("provider", id, p, field, value, rules)] if {
	some id, p in config.providers
	some field, value in p
	rules := _provider_rules[field]
}

_entries contains [2, "", field, {
	"scope": "threshold",
	"key": field,
	"name": field,
	"field": field,
	"rules": rules,
	"setting": _setting(field, value),
	"sources": [],
}] if {
	some field, value in config.thresholds
	rules := _threshold_rules[field]
}

_entry(scope, key, record, field, value, rules) := {
	"scope": scope,
	"key": key,
	"name": object.get(record, "name", key),
	"field": field,
	"rules": rules,
	"setting": _setting(field, value),
	"sources": object.get(record, ["sources", field], []),
}

# _setting(field, value): what the value of a field says, in words.
_setting("transfer_must_match", fields) := messages.text(
	"variation.transfer_must_match",
	{"fields": concat(messages.separator, [_field_text(f) | some f in fields])},
)

_setting("shell_subject_may_add", true) := messages.text("variation.shell_subject_may_add", {})

_setting("shell_subject_may_add", false) := messages.text("variation.shell_subject_may_not_add", {})

_setting("unreachable_transfer_refiles", true) := messages.text("variation.unreachable_transfer_refiles", {})

_setting("unreachable_transfer_refiles", false) := messages.text("variation.unreachable_transfer_resubmits", {})

_setting("access_during_transfer", []) := messages.text("variation.access_after_approval", {})

_setting("access_during_transfer", statuses) := messages.text(
	"variation.access_during_transfer",
	{"statuses": concat(", ", statuses)},
) if count(statuses) > 0

_setting("resource_rules", rules) := concat(
	"; ",
	[messages.text(
		"variation.resource",
		{"type": type, "requirements": concat(messages.separator, _resource_text(r))},
	) |
		some type, r in rules
	],
)

_setting("order_idle_delete_days", n) := messages.text("variation.order_idle_delete_days", {"days": n})

_setting("order_idle_warning_days", n) := messages.text("variation.order_idle_warning_days", {"day": n})

_setting("cancel_all_removes_subject", true) := messages.text("variation.cancel_all_removes_subject", {})

_setting("cancel_all_removes_subject", false) := messages.text("variation.cancel_all_keeps_subject", {})

_setting("stale_transfer_days", n) := messages.text("variation.days", {"days": n})

_setting("expiry_warning_days", n) := messages.text("variation.days", {"days": n})

_field_text("subject.*") := messages.text("ICP205.subject_fields", {})

_field_text("website.*") := messages.text("ICP205.website_fields", {})

_field_text(f) := f if not f in {"subject.*", "website.*"}

# _resource_text(r): the requirements of one resource type, in words, in a
# fixed order.
_resource_text(r) := [_piece(k, r[k]) | some k in ["billing", "min_term_months", "public_ip"]; _piece(k, r[k])]

_piece("billing", billing) := messages.text(
	"variation.billing",
	{"billing": concat(messages.text("variation.or", {}), billing)},
)

_piece("min_term_months", n) := messages.text("variation.min_term_months", {"months": n})

_piece("public_ip", true) := messages.text("variation.public_ip", {})

_piece("public_ip", false) := messages.text("variation.no_public_ip", {})
