package icp.lib.messages_test

import data.icp.lib.messages

# The catalogue: every language has every key, with the same placeholders,
# and every Chinese text is Chinese.

placeholders(t) := {p | some p in regex.find_n(`\{[a-z_]+\}`, t, -1)}

test_every_language_has_every_key if {
	keys := {k | some l in messages._languages; some k, _ in data.icp.messages[l]}
	missing := {[l, k] | some l in messages._languages; some k in keys; not data.icp.messages[l][k]}
	count(missing) == 0
}

test_every_text_has_the_placeholders_of_english if {
	differ := {[l, k] |
		some l in messages._languages
		some k, t in data.icp.messages[l]
		placeholders(t) != placeholders(object.get(data.icp.messages.en, k, ""))
	}
	count(differ) == 0
}

test_every_chinese_text_is_chinese if {
	not_chinese := {k | some k, t in data.icp.messages.zh; not regex.match(`\p{Han}`, t)}
	count(not_chinese) == 0
}

test_the_languages_are_english_and_chinese if {
	messages._languages == {"en", "zh"}
}

# Rendering and the choice of language.

catalogue := {
	"en": {"k": "website {website} at {provider}: {website}", "only_en": "English {n}"},
	"zh": {"k": "网站 {website}（{provider}）"},
}

test_text_replaces_named_placeholders if {
	messages.text(
		"k",
		{"website": "shop", "provider": "alibaba-cloud"},
	) == "website shop at alibaba-cloud: shop" with data.icp.messages as catalogue
}

test_text_writes_numbers_as_json if {
	messages.text("only_en", {"n": 45}) == "English 45" with data.icp.messages as catalogue
}

test_text_leaves_placeholders_in_values_alone if {
	messages.text(
		"k",
		{"website": "{provider}", "provider": "p"},
	) == "website {provider} at p: {provider}" with data.icp.messages as catalogue
}

test_input_lang_selects if {
	messages.text("k", {"website": "shop", "provider": "p"}) == "网站 shop（p）" with data.icp.messages as catalogue
		with input as {"lang": "zh"}
}

test_data_lang_selects_without_input_lang if {
	messages.text("k", {"website": "shop", "provider": "p"}) == "网站 shop（p）" with data.icp.messages as catalogue
		with data.icp.lang as "zh"
		with input as {}
}

test_input_lang_wins_over_data if {
	messages._lang == "en" with input as {"lang": "en"} with data.icp.lang as "zh"
}

test_unknown_language_is_english if {
	messages._lang == "en" with input as {"lang": "fr"} with data.icp.lang as "de"
}

test_missing_text_falls_back_to_english_then_the_key if {
	messages.text("only_en", {"n": 1}) == "English 1" with data.icp.messages as catalogue with input as {"lang": "zh"}
	messages.text("nowhere", {}) == "nowhere" with data.icp.messages as catalogue
}

test_list_separator_per_language if {
	messages.list({"b", "a"}) == "a, b"
	messages.list({"b", "a"}) == "a、b" with input as {"lang": "zh"}
}

test_title_per_language if {
	meta := {"title": "Shell website", "custom": {"title_zh": "空壳网站"}}
	messages.title(meta) == "Shell website"
	messages.title(meta) == "空壳网站" with input as {"lang": "zh"}
	messages.title({"title": "T"}) == "T" with input as {"lang": "zh"}
}
