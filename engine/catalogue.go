package engine

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/open-policy-agent/opa/v1/ast"
)

// RuleInfo is one rule of the catalogue, read from the METADATA annotation
// of the Rego rule that implements it.
type RuleInfo struct {
	ID          string   `json:"id"`
	Severity    string   `json:"severity"`
	Title       string   `json:"title"`
	Description string   `json:"description"`
	Sources     []string `json:"sources"`
	// Related are the annotation's related_resources: the web pages of
	// the sources that have one.
	Related []RelatedResource `json:"related_resources,omitempty"`
	// Entry names the packages whose deny or warn the rule adds to, e.g.
	// icp.filing and icp.plan for a rule judged on snapshots and plans.
	Entry []string `json:"entry"`
	// Translations are the title and description in other languages, from
	// the annotation's custom title_<lang> and description_<lang>.
	Translations map[string]RuleText `json:"-"`
}

// RelatedResource is a web page a rule rests on: its URL and what it is.
type RelatedResource struct {
	URL         string `json:"ref"`
	Description string `json:"description,omitempty"`
}

// RuleText is a rule's title and description in one language.
type RuleText struct {
	Title       string
	Description string
}

// In returns the rule with its title and description in lang where the
// annotation gives them, else as they are (English).
func (r RuleInfo) In(lang string) RuleInfo {
	t, ok := r.Translations[lang]
	if !ok {
		return r
	}
	if t.Title != "" {
		r.Title = t.Title
	}
	if t.Description != "" {
		r.Description = t.Description
	}
	return r
}

// translations reads the custom title_<lang> and description_<lang> keys.
func translations(custom map[string]any) map[string]RuleText {
	var out map[string]RuleText
	for key, v := range custom {
		text, ok := v.(string)
		field, lang, found := strings.Cut(key, "_")
		if !ok || !found || (field != "title" && field != "description") {
			continue
		}
		if out == nil {
			out = make(map[string]RuleText)
		}
		t := out[lang]
		if field == "title" {
			t.Title = text
		} else {
			t.Description = joinLines(strings.TrimSpace(text))
		}
		out[lang] = t
	}
	return out
}

// catalogue collects every annotated rule with a custom id. A rule judged
// on both snapshots and plans has two Rego definitions and one entry: its
// one full annotation (the one with a title, in icp.annotations for the
// built-in rules; else the first) gives the texts, and each deny or warn
// annotated with its id names a package that judges it.
func catalogue(annotations *ast.AnnotationSet) map[string]RuleInfo {
	out := make(map[string]RuleInfo)
	for _, ref := range annotations.Flatten() {
		a := ref.Annotations
		id, ok := a.Custom["id"].(string)
		if !ok || a.Scope != "rule" {
			continue
		}
		info := out[id]
		info.ID = id
		if info.Title == "" && (a.Title != "" || info.Severity == "") {
			info.Title = a.Title
			info.Description = a.Description
			info.Severity = fmt.Sprint(a.Custom["severity"])
			info.Sources = stringList(a.Custom["sources"])
			info.Related = relatedResources(a.RelatedResources)
			info.Translations = translations(a.Custom)
		}
		if name := ref.Path[len(ref.Path)-1].String(); name == `"deny"` || name == `"warn"` {
			pkg := ref.Path[:len(ref.Path)-1].String()
			info.Entry = appendUnique(info.Entry, strings.TrimPrefix(pkg, "data."))
		}
		out[id] = info
	}
	return out
}

// relatedResources reads an annotation's related_resources.
func relatedResources(rs []*ast.RelatedResourceAnnotation) []RelatedResource {
	var out []RelatedResource
	for _, r := range rs {
		out = append(out, RelatedResource{URL: r.Ref.String(), Description: r.Description})
	}
	return out
}

// Rules returns the catalogue sorted by rule ID.
func (e *Engine) Rules() []RuleInfo {
	out := make([]RuleInfo, 0, len(e.rules))
	for _, r := range e.rules {
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

func stringList(v any) []string {
	items, _ := v.([]any)
	out := make([]string, 0, len(items))
	for _, it := range items {
		out = append(out, fmt.Sprint(it))
	}
	return out
}

func appendUnique(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	list = append(list, s)
	sort.Strings(list)
	return list
}

// joinLines joins the lines of an annotation's text: with a space after a
// Latin letter, with nothing after a CJK character (Chinese has no spaces
// between words).
func joinLines(text string) string {
	lines := strings.Split(text, "\n")
	var b strings.Builder
	for i, line := range lines {
		line = strings.TrimSpace(line)
		if i > 0 && b.Len() > 0 {
			last, _ := utf8.DecodeLastRuneInString(b.String())
			if last < 0x2E80 {
				b.WriteByte(' ')
			}
		}
		b.WriteString(line)
	}
	return b.String()
}
