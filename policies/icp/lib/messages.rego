# METADATA
# title: Messages in the reader's language
# description: |
#   Renders the text a person reads (messages, consequences, titles) from the
#   message catalogue (data.icp.messages.<lang>, one JSON file per language
#   in icp/messages/), in the language that input.lang selects, else
#   data.icp.lang, else English. A text is a template with named
#   placeholders ("{domain}"), so each language orders its words as it needs.
package icp.lib.messages

# _languages: the languages of the catalogue.
_languages := {l | some l, _ in data.icp.messages}

# _lang: the language of the texts of this query.
_lang := input.lang if {
	input.lang in _languages
} else := data.icp.lang if {
	data.icp.lang in _languages
} else := "en"

# text(key, params): the text of key in lang with each {name} replaced by
# params[name] (a string, or a number or other value as JSON); the English
# text where lang lacks the key, and the key itself where both lack it, so a
# missing text shows rather than drops the finding.
text(key, params) := strings.replace_n(
	{sprintf("{%s}", [k]): _value(v) | some k, v in params},
	_template(key),
)

_template(key) := data.icp.messages[_lang][key] if {
	is_string(data.icp.messages[_lang][key])
} else := data.icp.messages.en[key] if {
	is_string(data.icp.messages.en[key])
} else := key

_value(v) := v if {
	is_string(v)
} else := json.marshal(v)

# title(meta): the rule's title in lang (custom.title_<lang>), else its title.
title(meta) := object.get(meta, ["custom", sprintf("title_%s", [_lang])], object.get(meta, "title", "")) if {
	_lang != "en"
} else := object.get(meta, "title", "")

# list(xs): a set or array of strings as "a, b, c" (sorted), with the
# language's separator.
list(xs) := concat(separator, sort(xs))

_separators := {"en": ", ", "zh": "、"}

# clauses(xs): sentences' parts as "a; b" (sorted), with the language's
# semicolon.
clauses(xs) := concat(object.get({"en": "; ", "zh": "；"}, _lang, "; "), sort(xs))

# separator: the list separator of lang.
separator := object.get(_separators, _lang, ", ")

# provider_name(name): a provider's display name in _lang: the Chinese
# consoles say 阿里云, 腾讯云, 华为云.
provider_name(name) := object.get(_provider_names, [_lang, name], name)

_provider_names := {"zh": {
	"Alibaba Cloud": "阿里云",
	"Tencent Cloud": "腾讯云",
	"Huawei Cloud": "华为云",
}}
