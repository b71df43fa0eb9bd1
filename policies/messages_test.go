package policies_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/icpcheck/icpcheck/internal/golden"
	"github.com/icpcheck/icpcheck/policies"
)

// A rule's message texts live in custom.messages of its one full METADATA
// annotation, one entry per variant with a text per language:
//
//	messages:
//	  filing:
//	    en: "{domain} is ..."
//	    zh: "{domain} ..."
//
// The catalogues (icp/messages/<lang>.json, data.icp.messages.<lang>) are
// what the runtime reads, so that `opa eval -d policies`, conftest and an
// OPA server serving the bundle need nothing of icpcheck; they hold those
// texts under "ID.variant" (generated) beside the texts that belong to no
// rule (effect.*, advice.*, ...) and those a helper of icp/lib renders
// (written by hand).

const catalogueDir = "icp/messages"

var (
	// ruleKeyPattern: a catalogue key that belongs to a rule ("ICP101.plan").
	ruleKeyPattern = regexp.MustCompile(`^[A-Z]+[0-9]+\.`)
	// variantPattern: the name of a variant under custom.messages.
	variantPattern = regexp.MustCompile(`^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$`)
	// placeholderPattern: a named placeholder of a text.
	placeholderPattern = regexp.MustCompile(`\{[a-z_]+\}`)
)

// ruleMessage is one text of a rule's METADATA.
type ruleMessage struct {
	place string // file:line of the annotation
	text  string
}

// TestRuleMessages: the catalogues hold exactly the texts of the rules'
// METADATA under "ID.variant", in every language; each variant has a text
// in every language of the catalogue, with the same placeholders; a key
// that starts with a rule ID is either a METADATA text or one that a
// helper of icp/lib names (hand-written). -update rewrites the rule keys of
// the catalogues (sorted, as `go test -update` writes them).
func TestRuleMessages(t *testing.T) {
	catalogues := readCatalogues(t)
	langs := slices.Sorted(maps.Keys(catalogues))
	files := packModules(t)
	want, problems := metadataMessages(files, langs)
	for _, p := range problems {
		t.Error(p)
	}
	if len(problems) > 0 {
		return // write no catalogue from texts that are wrong
	}
	helperKeys := keysNamedBy(files, "policies/icp/lib/")
	for _, lang := range langs {
		file := path.Join("policies", catalogueDir, lang+".json")
		got := catalogues[lang]
		drift := catalogueDrift(got, want[lang], helperKeys)
		if len(drift) == 0 {
			if b := encodeCatalogue(lang, got); !bytes.Equal(b, readFile(t, path.Join(catalogueDir, lang+".json"))) {
				drift = append(drift, "not sorted and indented as `go test ./policies -update` writes it")
			}
		}
		if len(drift) == 0 {
			continue
		}
		if !golden.Updating() {
			for _, d := range drift {
				t.Errorf("%s: %s", file, d)
			}
			continue
		}
		for key := range got {
			if ruleKeyPattern.MatchString(key) && !helperKeys[key] {
				delete(got, key)
			}
		}
		for key, m := range want[lang] {
			got[key] = m.text
		}
		if err := os.WriteFile(strings.TrimPrefix(file, "policies/"), encodeCatalogue(lang, got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// metadataMessages collects custom.messages of every annotation with a
// custom id: per language, "ID.variant" to its text. It names each text
// that is missing, not a string, or has other placeholders than English.
func metadataMessages(files []regoFile, langs []string) (map[string]map[string]ruleMessage, []string) {
	out := make(map[string]map[string]ruleMessage, len(langs))
	for _, lang := range langs {
		out[lang] = make(map[string]ruleMessage)
	}
	var problems []string
	for _, f := range files {
		if strings.HasSuffix(f.path, "_test.rego") {
			continue
		}
		for _, a := range f.module.Annotations {
			id, ok := a.Custom["id"].(string)
			if !ok || a.Custom["messages"] == nil {
				continue
			}
			place := fmt.Sprintf("%s:%d", f.path, a.Location.Row)
			lines := strings.Split(f.src, "\n")
			variants, ok := a.Custom["messages"].(map[string]any)
			if !ok {
				problems = append(problems, fmt.Sprintf("%s: custom.messages of %s is not a map of variants", place, id))
				continue
			}
			for _, variant := range slices.Sorted(maps.Keys(variants)) {
				texts, p := variantTexts(variants[variant], langs)
				if !variantPattern.MatchString(variant) {
					p = append(p, "its name is not lower-case words joined by dots")
				}
				at := fmt.Sprintf("%s:%d", f.path, variantLine(lines, a.Location.Row, variant))
				for _, problem := range p {
					problems = append(problems, fmt.Sprintf("%s: custom.messages.%s of %s: %s", at, variant, id, problem))
				}
				key := id + "." + variant
				for lang, text := range texts {
					if prev, dup := out[lang][key]; dup {
						problems = append(problems, fmt.Sprintf("%s: %s is also written at %s", at, key, prev.place))
					}
					out[lang][key] = ruleMessage{place: at, text: text}
				}
			}
		}
	}
	return out, problems
}

// variantLine finds the line (1-based) that opens a variant in the METADATA
// block starting at line row, or row.
func variantLine(lines []string, row int, variant string) int {
	for i := row - 1; i < len(lines) && strings.HasPrefix(lines[i], "#"); i++ {
		if strings.TrimSpace(strings.TrimPrefix(lines[i], "#")) == variant+":" {
			return i + 1
		}
	}
	return row
}

// variantTexts reads one variant: a text in each language, each with the
// placeholders of English.
func variantTexts(v any, langs []string) (map[string]string, []string) {
	byLang, ok := v.(map[string]any)
	if !ok {
		return nil, []string{fmt.Sprintf("want a text per language (%s)", strings.Join(langs, ", "))}
	}
	var problems []string
	texts := make(map[string]string, len(langs))
	for _, lang := range slices.Sorted(maps.Keys(byLang)) {
		if !slices.Contains(langs, lang) {
			problems = append(problems, fmt.Sprintf("%s is not a language of %s (%s)", lang, catalogueDir, strings.Join(langs, ", ")))
		}
	}
	for _, lang := range langs {
		text, ok := byLang[lang].(string)
		if !ok {
			problems = append(problems, fmt.Sprintf("no %s text", lang))
			continue
		}
		texts[lang] = text
	}
	en, hasEnglish := texts["en"]
	for _, lang := range langs {
		text, ok := texts[lang]
		if !ok || !hasEnglish {
			continue
		}
		if got, want := placeholders(text), placeholders(en); !slices.Equal(got, want) {
			problems = append(problems, fmt.Sprintf("the %s text has placeholders %v, English has %v", lang, got, want))
		}
	}
	return texts, problems
}

// placeholders lists the distinct placeholders of a text, sorted.
func placeholders(text string) []string {
	return slices.Compact(slices.Sorted(slices.Values(placeholderPattern.FindAllString(text, -1))))
}

// catalogueDrift lists how one language's catalogue differs from the texts
// of the METADATA: a text that differs or is missing, a rule key that no
// METADATA writes and no helper names.
func catalogueDrift(got map[string]string, want map[string]ruleMessage, helperKeys map[string]bool) []string {
	var out []string
	for _, key := range slices.Sorted(maps.Keys(want)) {
		text, ok := got[key]
		switch {
		case !ok:
			out = append(out, fmt.Sprintf("%s is missing: `go test ./policies -update` writes it from %s", key, want[key].place))
		case text != want[key].text:
			out = append(out, fmt.Sprintf("%s differs from its METADATA text at %s: edit the METADATA, "+
				"then `go test ./policies -update` writes it here", key, want[key].place))
		}
	}
	for _, key := range slices.Sorted(maps.Keys(got)) {
		if _, ok := want[key]; !ok && ruleKeyPattern.MatchString(key) && !helperKeys[key] {
			out = append(out, fmt.Sprintf("%s belongs to no rule's METADATA and no helper of policies/icp/lib names it: "+
				"write it under custom.messages of its rule (`go test ./policies -update` removes it from here)", key))
		}
	}
	return out
}

// keysNamedBy collects the strings in quotes of the rule files under dir
// (tests aside) that look like rule keys: the texts a helper renders.
func keysNamedBy(files []regoFile, dir string) map[string]bool {
	quoted := regexp.MustCompile(`"([A-Z]+[0-9]+\.[a-z0-9_.]+)"`)
	out := make(map[string]bool)
	for _, f := range files {
		if !strings.HasPrefix(f.path, dir) || strings.HasSuffix(f.path, "_test.rego") {
			continue
		}
		for _, m := range quoted.FindAllStringSubmatch(f.src, -1) {
			out[m[1]] = true
		}
	}
	return out
}

// readCatalogues reads icp/messages/<lang>.json: each is {"<lang>": {key: text}}.
func readCatalogues(t *testing.T) map[string]map[string]string {
	t.Helper()
	entries, err := fs.ReadDir(policies.FS(), catalogueDir)
	if err != nil {
		t.Fatal(err)
	}
	out := make(map[string]map[string]string)
	for _, e := range entries {
		lang, ok := strings.CutSuffix(e.Name(), ".json")
		if !ok {
			continue
		}
		var doc map[string]map[string]string
		if err := json.Unmarshal(readFile(t, path.Join(catalogueDir, e.Name())), &doc); err != nil {
			t.Fatalf("policies/%s/%s: %v", catalogueDir, e.Name(), err)
		}
		if len(doc) != 1 || doc[lang] == nil {
			t.Fatalf("policies/%s/%s: want one object, %q, of texts", catalogueDir, e.Name(), lang)
		}
		out[lang] = doc[lang]
	}
	if out["en"] == nil {
		t.Fatalf("policies/%s: no en.json", catalogueDir)
	}
	return out
}

// encodeCatalogue writes a catalogue as -update does: keys sorted, two
// spaces of indent, no HTML escapes.
func encodeCatalogue(lang string, texts map[string]string) []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(map[string]map[string]string{lang: texts}); err != nil {
		panic(err) // a map of strings always encodes
	}
	return b.Bytes()
}

func readFile(t *testing.T, name string) []byte {
	t.Helper()
	b, err := fs.ReadFile(policies.FS(), name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestRuleMessageProblems: the checks above find each kind of mistake.
func TestRuleMessageProblems(t *testing.T) {
	const head = "package p\n\n# METADATA\n# title: T\n# custom:\n#   id: X1\n#   severity: deny\n#   messages:\n"
	for name, c := range map[string]struct{ messages, want string }{
		"both languages":   {"#     a.b:\n#       en: \"{x} at {y}\"\n#       zh: \"{y} 的 {x}\"\n", ""},
		"no Chinese":       {"#     a:\n#       en: \"x\"\n", "custom.messages.a of X1: no zh text"},
		"placeholders":     {"#     a:\n#       en: \"{x}\"\n#       zh: \"{z}\"\n", "the zh text has placeholders [{z}], English has [{x}]"},
		"other language":   {"#     a:\n#       en: \"x\"\n#       zh: \"x\"\n#       fr: \"x\"\n", "fr is not a language"},
		"variant name":     {"#     A-b:\n#       en: \"x\"\n#       zh: \"x\"\n", "not lower-case words joined by dots"},
		"not per language": {"#     a: \"x\"\n", "want a text per language"},
	} {
		t.Run(name, func(t *testing.T) {
			src := head + c.messages + "deny contains 1 if true\n"
			m, err := ast.ParseModuleWithOpts("p.rego", src, ast.ParserOptions{ProcessAnnotation: true})
			if err != nil {
				t.Fatal(err)
			}
			_, problems := metadataMessages([]regoFile{{"p.rego", src, m}}, []string{"en", "zh"})
			got := strings.Join(problems, "\n")
			if c.want == "" && got != "" || !strings.Contains(got, c.want) {
				t.Errorf("problems %q, want %q", got, c.want)
			}
		})
	}
	want := map[string]ruleMessage{"X1.a": {"p.rego:9", "text"}, "X1.b": {"p.rego:12", "other"}}
	got := map[string]string{"X1.a": "old text", "X1.c": "stray", "X1.helper": "kept", "effect.x": "no rule's"}
	drift := strings.Join(catalogueDrift(got, want, map[string]bool{"X1.helper": true}), "\n")
	for _, w := range []string{"X1.a differs from its METADATA text at p.rego:9", "X1.b is missing", "X1.c belongs to no rule's METADATA"} {
		if !strings.Contains(drift, w) {
			t.Errorf("drift %q lacks %q", drift, w)
		}
	}
	if strings.Contains(drift, "X1.helper") || strings.Contains(drift, "effect.x") {
		t.Errorf("drift %q names a hand-written key", drift)
	}
}
