package icp.lib.messages

# rule_text(meta, variant, params): the text of one variant of a rule's own
# messages, custom.messages[variant] of its METADATA (meta, from
# rego.metadata.rule()), in the reader's language, else in English, with
# each {name} replaced by params[name] as text does; where the METADATA has
# no such variant, the catalogue's "ID.variant" as text finds it (so a -d
# data file can bring one), else that key. It is how a rule of your own,
# given with -p, keeps its texts in every language beside it: the METADATA
# travels with the Rego, so opa eval, conftest and an OPA server render
# them too. (The built-in rules' texts are generated from their METADATA
# into the catalogue, which they read with text.)
rule_text(meta, variant, params) := strings.replace_n(
	{sprintf("{%s}", [k]): _value(v) | some k, v in params},
	_rule_template(meta, variant),
)

_rule_template(meta, variant) := meta.custom.messages[variant][_lang] if {
	is_string(meta.custom.messages[variant][_lang])
} else := meta.custom.messages[variant].en if {
	is_string(meta.custom.messages[variant].en)
} else := _template(sprintf("%s.%s", [object.get(meta, ["custom", "id"], ""), variant]))
