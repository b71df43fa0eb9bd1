package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/icpcheck/icpcheck/engine"
	"github.com/icpcheck/icpcheck/internal/golden"
	"github.com/icpcheck/icpcheck/output/catalogue"
	"github.com/icpcheck/icpcheck/policies"
)

// TestProvincesDoc: docs/provinces.md is generated from the embedded data;
// it fails when the data and the page drift apart (-update rewrites it).
func TestProvincesDoc(t *testing.T) {
	chdirRoot(t)
	eng, err := engine.New(context.Background(), engine.Config{Pack: policies.FS()})
	if err != nil {
		t.Fatal(err)
	}
	vs, err := eng.Variations(context.Background(), "", "")
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := catalogue.WriteProvinces(&buf, vs); err != nil {
		t.Fatal(err)
	}
	golden.Assert(t, "docs/provinces.md", buf.Bytes())
}

// TestDocsRuleReference: the rule reference of docs/rules.md is `icpcheck
// rules -o reference`, generated from the policies' METADATA; -update
// rewrites it.
func TestDocsRuleReference(t *testing.T) {
	chdirRoot(t)
	code, reference, _ := runCLI(t, "", "rules", "-o", "reference")
	if code != exitOK {
		t.Fatalf("rules -o reference: exit %d", code)
	}
	assertGeneratedSection(t, "docs/rules.md", "<!-- reference:begin -->\n", "<!-- reference:end -->", reference)
}

// TestDocsSources: the list of sources of docs/rules.md is
// policies/icp/sources.json, the registry the rules' related_resources are
// derived from; -update rewrites it.
func TestDocsSources(t *testing.T) {
	chdirRoot(t)
	raw, err := os.ReadFile("policies/icp/sources.json")
	if err != nil {
		t.Fatal(err)
	}
	var registry struct {
		Sources map[string]string `json:"sources"`
	}
	if err := json.Unmarshal(raw, &registry); err != nil {
		t.Fatal(err)
	}
	ids := slices.SortedFunc(maps.Keys(registry.Sources), func(a, b string) int {
		return strings.Compare(sourceSortKey(a), sourceSortKey(b))
	})
	var b strings.Builder
	for _, id := range ids {
		fmt.Fprintf(&b, "- `%s` %s\n", id, registry.Sources[id])
	}
	assertGeneratedSection(t, "docs/rules.md", "<!-- sources:begin -->\n", "<!-- sources:end -->", b.String())
}

// sourceSortKey orders source ids as people read them: faq:* first, then
// by letter and number (A7 before A13).
func sourceSortKey(id string) string {
	i := strings.IndexAny(id, "0123456789")
	if i < 0 || strings.Contains(id, ":") {
		return "0" + id
	}
	return fmt.Sprintf("1%s%08s", id[:i], id[i:])
}

// assertGeneratedSection checks that the text between two markers of a file
// is want, or rewrites it with -update.
func assertGeneratedSection(t *testing.T, file, begin, end, want string) {
	t.Helper()
	raw, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	text := string(raw)
	i, j := strings.Index(text, begin), strings.Index(text, end)
	if i < 0 || j < i {
		t.Fatalf("%s lacks the %q ... %q markers", file, begin, end)
	}
	if current := text[i+len(begin) : j]; current != want {
		if golden.Updating() {
			text = text[:i+len(begin)] + want + text[j:]
			if err := os.WriteFile(file, []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
			return
		}
		t.Errorf("%s differs from its generator (run `go test ./... -update`):\n%s", file, want)
	}
}

// TestDocsProviderTable: docs/model.md's table of the provider registry is
// policies/icp/providers.json; -update rewrites it.
func TestDocsProviderTable(t *testing.T) {
	chdirRoot(t)
	raw, err := os.ReadFile("policies/icp/providers.json")
	if err != nil {
		t.Fatal(err)
	}
	var registry struct {
		Providers map[string]struct {
			Name    string   `json:"name"`
			NameZh  string   `json:"name_zh"`
			Aliases []string `json:"aliases"`
		} `json:"providers"`
	}
	if err := json.Unmarshal(raw, &registry); err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	b.WriteString("| id | name | 中文 | aliases |\n| --- | --- | --- | --- |\n")
	for _, id := range slices.Sorted(maps.Keys(registry.Providers)) {
		p := registry.Providers[id]
		aliases := make([]string, len(p.Aliases))
		for i, a := range p.Aliases {
			aliases[i] = "`" + a + "`"
		}
		fmt.Fprintf(&b, "| `%s` | %s | %s | %s |\n", id, p.Name, p.NameZh, strings.Join(aliases, ", "))
	}
	assertGeneratedSection(t, "docs/model.md", "<!-- providers:begin -->\n", "<!-- providers:end -->", b.String())
}
