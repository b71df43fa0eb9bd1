package engine

import (
	"sort"
	"strings"

	"golang.org/x/net/idna"
)

// Internationalised domain names: a domain may be written in Unicode
// (例子.中国) or in punycode (xn--fsqu00a.xn--fiqs8s), and both spellings
// are one domain. Rego has no IDNA built-in (and an OPA server has no
// custom one), so the engine gives every domain of a document one spelling
// before the policies see it: the one its website lists (the user's own),
// else the first met. Rules then compare domains as plain strings, and
// reports show the domain as the website lists it.

// domainKey is the form that two spellings of one domain share: its
// lower-case ASCII (punycode) form, or the text itself when it is not a
// valid domain name (which the rules then judge as written).
func domainKey(d string) string {
	if isPlainDomain(d) {
		return d
	}
	key, err := idna.Lookup.ToASCII(d)
	if err != nil {
		return d
	}
	return strings.ToLower(key)
}

// isPlainDomain: d is lower-case ASCII letters, digits, "-" and "." with no
// punycode label ("xn--"), the usual case. IDNA mapping leaves such a name
// as it is, or refuses it (then domainKey keeps it as written too), so
// domainKey needs no IDNA work for it (TestPlainDomainKeys checks this).
func isPlainDomain(d string) bool {
	for i := 0; i < len(d); i++ {
		c := d[i]
		if (c < 'a' || c > 'z') && (c < '0' || c > '9') && c != '-' && c != '.' {
			return false
		}
	}
	return !strings.Contains(d, "xn--")
}

// UnifyDomains rewrites, in place, every "domain" string and "domains"
// list of the input (the snapshot, and the plan's actions) to one spelling
// per domain. A Terraform plan's own text ("terraform") is left alone.
// Check does this to every document; a program that posts documents to an
// OPA server serving the bundle does it first too, or the server compares
// two spellings of one domain as two domains.
func UnifyDomains(input map[string]any) {
	if onlyPlainDomains(input) {
		return // each domain has one spelling: its own
	}
	spelling := map[string]string{}
	note := func(d string) string {
		key := domainKey(d)
		if _, ok := spelling[key]; !ok {
			spelling[key] = d
		}
		return d
	}
	// The websites' lists first: their spelling wins.
	snapshot, _ := input["filing"].(map[string]any)
	if snapshot == nil {
		snapshot = input
	}
	if websites, ok := snapshot["websites"].([]any); ok {
		for _, w := range websites {
			if w, ok := w.(map[string]any); ok {
				walkDomains(map[string]any{"domains": w["domains"]}, true, note)
			}
		}
	}
	walkDomains(input, true, note)
	walkDomains(input, true, func(d string) string { return spelling[domainKey(d)] })
}

// walkDomains replaces every "domain" string and every string of a
// "domains" list with f's result (an object member only where it differs,
// so that a walk that changes nothing writes nothing), in a fixed order
// (sorted keys) when ordered, as UnifyDomains needs (the first spelling it
// notes wins), else in the maps' own order, which spares sorting the keys
// of every object.
func walkDomains(v any, ordered bool, f func(string) string) {
	switch v := v.(type) {
	case map[string]any:
		if !ordered {
			for k := range v {
				walkMember(v, k, ordered, f)
			}
			return
		}
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			walkMember(v, k, ordered, f)
		}
	case []any:
		for _, x := range v {
			walkDomains(x, ordered, f)
		}
	}
}

// walkMember is walkDomains on member k of object v.
func walkMember(v map[string]any, k string, ordered bool, f func(string) string) {
	if k == "terraform" {
		return
	}
	switch child := v[k].(type) {
	case string:
		if k == "domain" {
			if d := f(child); d != child {
				v[k] = d
			}
		}
	case []any:
		if k != "domains" {
			walkDomains(child, ordered, f)
			return
		}
		for i, d := range child {
			if s, ok := d.(string); ok {
				child[i] = f(s)
			}
		}
	default:
		walkDomains(child, ordered, f)
	}
}

// onlyPlainDomains: every domain of v is plain (isPlainDomain), so that no
// two spellings can name one domain. It walks v in the maps' own order and
// changes nothing.
func onlyPlainDomains(v any) bool {
	plain := true
	walkDomains(v, false, func(d string) string {
		plain = plain && isPlainDomain(d)
		return d
	})
	return plain
}
