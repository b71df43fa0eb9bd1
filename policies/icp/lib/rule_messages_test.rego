package icp.lib.messages_test

import data.icp.lib.messages

# A rule's own texts, in its METADATA (custom.messages).

own := {"custom": {"id": "ACME009", "messages": {
	"both": {"en": "{domain} at {provider}", "zh": "{provider} 的 {domain}"},
	"english": {"en": "only English: {n}"},
}}}

test_rule_text_renders_the_reader_language if {
	params := {"domain": "example.com", "provider": "p"}
	messages.rule_text(own, "both", params) == "example.com at p"
	messages.rule_text(own, "both", params) == "p 的 example.com" with input as {"lang": "zh"}
}

test_rule_text_falls_back_to_english if {
	messages.rule_text(own, "english", {"n": 2}) == "only English: 2" with input as {"lang": "zh"}
}

test_rule_text_falls_back_to_the_catalogue_then_the_key if {
	messages.rule_text(own, "elsewhere", {"n": 3}) == "from data 3" with data.icp.messages as {
		"en": {"ACME009.elsewhere": "from data {n}"},
		"zh": {},
	}
	messages.rule_text(own, "nowhere", {}) == "ACME009.nowhere"
	messages.rule_text({}, "nowhere", {}) == ".nowhere"
}
