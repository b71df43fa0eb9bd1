package policies_test

import (
	"fmt"
	"io/fs"
	"maps"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/icpcheck/icpcheck/policies"
)

// Regal's defaults (line-length, rule-length), which the pack keeps though
// Regal itself is not installed here.
const (
	maxLineLength = 120 // characters
	maxRuleLines  = 30  // lines of a rule, comments aside
	// a line with a word longer than this (a URL) cannot be broken, and
	// is not judged (Regal's non-breakable-word-threshold)
	maxWordLength = 100
)

// notYetShort are the files whose long lines and rules are still to be
// split, and whose helpers are still to be made private. They belong to
// the plan-evaluation rework of issue 14 (the state stream), which
// rewrites them; they follow the style when it lands, and this list only
// ever shrinks (a test fails when a listed file needs no exception).
var notYetShort = map[string]bool{
	"policies/icp/filing/main_test.rego":   true,
	"policies/icp/lib/plan/effects.rego":   true,
	"policies/icp/lib/plan/index.rego":     true,
	"policies/icp/lib/plan/plan_test.rego": true,
	"policies/icp/lib/steps_test.rego":     true,
	"policies/icp/plan/main.rego":          true,
	"policies/icp/plan/main_test.rego":     true,
}

// regoFile is one parsed module of the pack.
type regoFile struct {
	path   string
	src    string
	module *ast.Module
}

// packModules parses every .rego file of the pack, tests included, with
// its annotations.
func packModules(t *testing.T) []regoFile {
	t.Helper()
	var out []regoFile
	err := fs.WalkDir(policies.FS(), ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".rego") {
			return err
		}
		src, err := fs.ReadFile(policies.FS(), path)
		if err != nil {
			return err
		}
		m, err := ast.ParseModuleWithOpts("policies/"+path, string(src), ast.ParserOptions{ProcessAnnotation: true})
		if err != nil {
			return err
		}
		out = append(out, regoFile{"policies/" + path, string(src), m})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(out) == 0 {
		t.Fatal("no Rego files in the pack")
	}
	return out
}

// TestLineLength: no line of the pack's Rego is longer than Regal's
// default, counted in characters (a Chinese character is one).
func TestLineLength(t *testing.T) {
	for _, f := range packModules(t) {
		if notYetShort[f.path] {
			continue
		}
		for i, line := range strings.Split(f.src, "\n") {
			if n := utf8.RuneCountInString(strings.ReplaceAll(line, "\t", "    ")); n > maxLineLength && !unbreakable(line) {
				t.Errorf("%s:%d: line of %d characters, more than %d: break it, or name a part of it", f.path, i+1, n, maxLineLength)
			}
		}
	}
}

// stateStream: the file is one that the plan-evaluation rework of issue 14
// rewrites (the state stream); its helpers are renamed when it lands, so
// until then its rules are not judged here and its uses count as uses from
// outside.
func stateStream(path string) bool {
	for _, p := range []string{
		"policies/icp/lib/plan/", "policies/icp/plan/main.rego", "policies/icp/filing/main.rego",
	} {
		if strings.HasPrefix(path, p) {
			return true
		}
	}
	return false
}

// TestNotYetShortShrinks: a file on the list of exceptions still needs
// one, so the list cannot outlive the reason for it.
func TestNotYetShortShrinks(t *testing.T) {
	needs := make(map[string]bool)
	for _, f := range packModules(t) {
		if !notYetShort[f.path] {
			continue
		}
		for _, line := range strings.Split(f.src, "\n") {
			if utf8.RuneCountInString(strings.ReplaceAll(line, "\t", "    ")) > maxLineLength && !unbreakable(line) {
				needs[f.path] = true
			}
		}
		for _, r := range f.module.Rules {
			if !hasNoBody(r) && ruleLines(r) > maxRuleLines {
				needs[f.path] = true
			}
		}
	}
	for path := range notYetShort {
		if !needs[path] {
			t.Errorf("%s needs no exception any more: remove it from notYetShort", path)
		}
	}
}

// entryPoints are the rules read from outside the pack (the engine, an OPA
// server, conftest, and a user's own rules: messages.rule_text): they keep
// their names though no package uses them.
var entryPoints = map[string]bool{
	"deny": true, "warn": true, "decision": true, "findings": true, "exception": true,
	"accessibility": true, "consequences": true, "notes": true,
	"data.icp.terraform.plan": true, "data.icp.terraform.unresolved": true, "data.icp.variations.catalogue": true,
	"data.icp.lib.messages.rule_text": true,
}

// TestPrivateHelpers: a rule or function that only its own package uses
// is named with a "_" prefix (the Rego style guide, Regal's convention),
// so what another package may use is what has no prefix. Tests do not
// count as users: they may reach a package's private helpers.
func TestPrivateHelpers(t *testing.T) {
	all := packModules(t)
	var mine []regoFile
	for _, f := range all {
		if !notYetShort[f.path] && !stateStream(f.path) && !strings.HasSuffix(f.path, "_test.rego") {
			mine = append(mine, f)
		}
	}
	for _, h := range publicHelpers(mine, all) {
		t.Errorf("%s: %s is used only inside its package: name it _%s", h.place, h.name, h.name)
	}
}

type helper struct{ place, name string }

// publicHelpers lists the rules of files, without a "_" prefix, that no
// other package of all uses (nor a file on the notYetShort list, whose
// uses are not renamed yet), entry points aside.
func publicHelpers(files, all []regoFile) []helper {
	used := make(map[string]bool) // "data.pkg.name" used from elsewhere
	for _, f := range all {
		if strings.HasSuffix(f.path, "_test.rego") {
			continue
		}
		from := f.module.Package.Path.String()
		ast.WalkRefs(f.module, func(ref ast.Ref) bool {
			for _, name := range refNames(ref, f.module) {
				if !strings.HasPrefix(name, from+".") || notYetShort[f.path] || stateStream(f.path) {
					used[name] = true
				}
			}
			return false
		})
	}
	var out []helper
	for _, f := range files {
		pkg := f.module.Package.Path.String()
		for _, r := range f.module.Rules {
			name := r.Head.Ref()[0].String()
			full := pkg + "." + name
			if strings.HasPrefix(name, "_") || strings.HasPrefix(name, "test_") || entryPoints[name] || entryPoints[full] || used[full] {
				continue
			}
			out = append(out, helper{fmt.Sprintf("%s:%d", f.path, r.Location.Row), name})
		}
	}
	return out
}

// refNames are the "data.pkg.name" that a ref may name: through an import
// (websites.owners is data.icp.lib.websites.owners), in full, or a rule of
// the module's own package by its bare name.
func refNames(ref ast.Ref, m *ast.Module) []string {
	head := ref[0].String()
	var out []string
	if len(ref) > 1 {
		if s, ok := ref[1].Value.(ast.String); ok {
			for _, imp := range m.Imports {
				path, ok := imp.Path.Value.(ast.Ref)
				if !ok {
					continue
				}
				alias := imp.Alias.String()
				if imp.Alias == "" {
					alias = strings.Trim(path[len(path)-1].String(), `"`)
				}
				if alias == head {
					out = append(out, path.String()+"."+string(s))
				}
			}
		}
	}
	if head == "data" {
		for i := 2; i < len(ref); i++ {
			out = append(out, ref[:i+1].String())
		}
	}
	return append(out, m.Package.Path.String()+"."+head)
}

// unbreakable: the line holds a word too long to break around.
func unbreakable(line string) bool {
	return slices.ContainsFunc(strings.Fields(line), func(w string) bool { return utf8.RuneCountInString(w) > maxWordLength })
}

// TestRuleLength: no rule of the pack is longer than Regal's default,
// comment lines aside; as in Regal (except-empty-body), a rule without a
// body, a constant such as a test's fixture, may be longer.
func TestRuleLength(t *testing.T) {
	for _, f := range packModules(t) {
		if notYetShort[f.path] {
			continue
		}
		for _, r := range f.module.Rules {
			if hasNoBody(r) {
				continue
			}
			if n := ruleLines(r); n > maxRuleLines {
				t.Errorf("%s:%d: rule %s has %d lines, more than %d: move a part of its body into a named helper",
					f.path, r.Location.Row, r.Head.Ref(), n, maxRuleLines)
			}
		}
	}
}

// hasNoBody: the rule is a constant (the parser gives it the body true).
func hasNoBody(r *ast.Rule) bool {
	return len(r.Body) == 1 && r.Body[0].Generated && r.Else == nil
}

// ruleLines counts the lines of a rule's text that are not comments (an
// else chain is one rule).
func ruleLines(r *ast.Rule) int {
	n := 0
	for _, line := range strings.Split(string(r.Location.Text), "\n") {
		if trimmed := strings.TrimSpace(line); trimmed != "" && !strings.HasPrefix(trimmed, "#") {
			n++
		}
	}
	return n
}

// ruleAnnotation is one METADATA block of a rule with a custom id.
type ruleAnnotation struct {
	place string // file:line
	rule  string // the annotated rule's name: deny, warn, or the name in icp.annotations
	a     *ast.Annotations
}

// referenceKeys are the custom keys an annotation that refers to its
// rule's full annotation may carry: the id, and the accessibility state
// the rule's finding leaves (custom.state).
var referenceKeys = []string{"id", "state"}

// TestOneAnnotationPerRule: each rule ID has exactly one full annotation
// (title, description, severity, sources, translations), and every other
// annotation of that ID only refers to it by custom.id, so two wordings of
// one rule cannot exist. Each deny or warn of an ID is the one its
// severity names, and an ID annotated in icp.annotations is judged by at
// least two packages (else its annotation belongs on its rule).
func TestOneAnnotationPerRule(t *testing.T) {
	byID := annotationsByID(packModules(t))
	if len(byID) == 0 {
		t.Fatal("no annotated rules in the pack")
	}
	for _, problem := range annotationProblems(byID) {
		t.Error(problem)
	}
}

// TestAnnotationProblems: the check above finds each kind of disagreement.
func TestAnnotationProblems(t *testing.T) {
	const full = `# METADATA
# title: T
# custom:
#   id: X1
#   severity: deny
deny contains 1 if true
`
	for name, c := range map[string]struct {
		modules []string
		want    string
	}{
		"one full, one reference": {[]string{full, "# METADATA\n# custom:\n#   id: X1\ndeny contains 2 if true\n"}, ""},
		"two full annotations":    {[]string{full, full}, "X1 has 2 full annotations"},
		"a reference with more":   {[]string{full, "# METADATA\n# description: D\n# custom:\n#   id: X1\ndeny contains 2 if true\n"}, "also has description"},
		"a warn of a deny rule":   {[]string{full, "# METADATA\n# custom:\n#   id: X1\nwarn contains 2 if true\n"}, "X1 is a warn rule but its severity is deny"},
		"no full annotation":      {[]string{"# METADATA\n# custom:\n#   id: X1\ndeny contains 2 if true\n"}, "X1 has 0 full annotations"},
		"shared but judged once": {[]string{strings.Replace(full, "deny contains 1 if true", "x1 := rego.metadata.rule()", 1),
			"# METADATA\n# custom:\n#   id: X1\ndeny contains 2 if true\n"}, "judged in 1 package"},
	} {
		t.Run(name, func(t *testing.T) {
			var files []regoFile
			for i, src := range c.modules {
				src = fmt.Sprintf("package p%d\n\n%s", i, src)
				m, err := ast.ParseModuleWithOpts(fmt.Sprintf("p%d.rego", i), src, ast.ParserOptions{ProcessAnnotation: true})
				if err != nil {
					t.Fatal(err)
				}
				files = append(files, regoFile{fmt.Sprintf("p%d.rego", i), src, m})
			}
			got := strings.Join(annotationProblems(annotationsByID(files)), "\n")
			if c.want == "" && got != "" || !strings.Contains(got, c.want) {
				t.Errorf("problems %q, want %q", got, c.want)
			}
		})
	}
}

// annotationProblems checks the annotations of each ID.
func annotationProblems(byID map[string][]ruleAnnotation) []string {
	var out []string
	for _, id := range slices.Sorted(maps.Keys(byID)) {
		var full []ruleAnnotation
		judges := 0
		for _, ra := range byID[id] {
			if isFull(ra.a) {
				full = append(full, ra)
			} else if extra := extraKeys(ra.a); len(extra) > 0 {
				out = append(out, fmt.Sprintf("%s: %s refers to its full annotation, but also has %s: move them there",
					ra.place, id, strings.Join(extra, ", ")))
			}
			if ra.rule == "deny" || ra.rule == "warn" {
				judges++
			}
		}
		if len(full) != 1 {
			places := make([]string, 0, len(full))
			for _, ra := range full {
				places = append(places, ra.place)
			}
			out = append(out, fmt.Sprintf("%s has %d full annotations (%s), want one: keep one, and let the others carry only custom.id",
				id, len(full), strings.Join(places, ", ")))
			continue
		}
		out = append(out, severityProblems(id, full[0], byID[id])...)
		if shared := full[0].rule != "deny" && full[0].rule != "warn"; shared && judges < 2 {
			out = append(out, fmt.Sprintf("%s: %s annotates a rule judged in %d package: put the annotation on its deny or warn",
				full[0].place, id, judges))
		}
	}
	return out
}

// severityProblems: every deny or warn of an ID is the set its severity
// names.
func severityProblems(id string, full ruleAnnotation, all []ruleAnnotation) []string {
	severity, _ := full.a.Custom["severity"].(string)
	if severity != "deny" && severity != "warn" {
		return []string{fmt.Sprintf("%s: %s has severity %q, want deny or warn", full.place, id, severity)}
	}
	var out []string
	for _, ra := range all {
		if (ra.rule == "deny" || ra.rule == "warn") && ra.rule != severity {
			out = append(out, fmt.Sprintf("%s: %s is a %s rule but its severity is %s", ra.place, id, ra.rule, severity))
		}
	}
	return out
}

// annotationsByID collects the rule annotations with a custom id of the
// rule files (tests aside).
func annotationsByID(files []regoFile) map[string][]ruleAnnotation {
	out := make(map[string][]ruleAnnotation)
	for _, f := range files {
		if strings.HasSuffix(f.path, "_test.rego") {
			continue
		}
		for _, a := range f.module.Annotations {
			id, ok := a.Custom["id"].(string)
			if !ok || a.Scope != "rule" {
				continue
			}
			ref := a.GetTargetPath()
			name := strings.Trim(ref[len(ref)-1].String(), `"`)
			out[id] = append(out[id], ruleAnnotation{place: fmt.Sprintf("%s:%d", f.path, a.Location.Row), rule: name, a: a})
		}
	}
	return out
}

// isFull: the annotation describes its rule (a title at least).
func isFull(a *ast.Annotations) bool { return a.Title != "" }

// extraKeys lists what an annotation that is not full holds besides the
// reference keys.
func extraKeys(a *ast.Annotations) []string {
	var out []string
	if a.Description != "" {
		out = append(out, "description")
	}
	if len(a.RelatedResources) > 0 {
		out = append(out, "related_resources")
	}
	for k := range a.Custom {
		if !slices.Contains(referenceKeys, k) {
			out = append(out, "custom."+k)
		}
	}
	sort.Strings(out)
	return out
}
