package policies_test

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/icpcheck/icpcheck/internal/golden"
	"github.com/icpcheck/icpcheck/policies"
)

// sourceRegistry reads icp/sources.json: what each source id names, with
// the URL of its page at the end where it has one.
func sourceRegistry(t *testing.T) map[string]string {
	t.Helper()
	raw, err := fs.ReadFile(policies.FS(), "icp/sources.json")
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Sources map[string]string `json:"sources"`
	}
	if err := json.Unmarshal(raw, &doc); err != nil {
		t.Fatalf("policies/icp/sources.json: %v", err)
	}
	return doc.Sources
}

// relatedResource is one entry of a METADATA related_resources.
type relatedResource struct{ ref, description string }

// wantRelated derives a rule's related_resources from its sources: one
// entry per source whose description in the registry ends in a URL, the
// URL as ref and "ID: description" as description.
func wantRelated(sources []string, registry map[string]string) []relatedResource {
	var out []relatedResource
	for _, id := range sources {
		text := registry[id]
		i := strings.LastIndex(text, "http")
		if i < 0 || strings.ContainsAny(text[i:], " \t") {
			continue
		}
		desc := strings.TrimSuffix(strings.TrimSpace(text[:i]), ":")
		desc = strings.TrimSuffix(strings.TrimSpace(desc), " and")
		out = append(out, relatedResource{ref: text[i:], description: id + ": " + desc})
	}
	return out
}

// TestRelatedResources: each rule's related_resources are derived from its
// sources and icp/sources.json, so its links cannot drift from the ids it
// cites; every cited id is in the registry. -update rewrites the blocks.
func TestRelatedResources(t *testing.T) {
	registry := sourceRegistry(t)
	for _, f := range packModules(t) {
		if strings.HasSuffix(f.path, "_test.rego") {
			continue
		}
		src := f.src
		for _, a := range f.module.Annotations {
			if a.Title == "" || a.Custom["id"] == nil {
				continue
			}
			sources := customList(a.Custom["sources"])
			for _, id := range sources {
				if _, ok := registry[id]; !ok {
					t.Errorf("%s:%d: source %q is not in policies/icp/sources.json: add what it names there", f.path, a.Location.Row, id)
				}
			}
			want := wantRelated(sources, registry)
			if slices.Equal(want, gotRelated(a)) {
				continue
			}
			if !golden.Updating() {
				t.Errorf("%s:%d: related_resources of %v do not follow its sources and policies/icp/sources.json "+
					"(run `go test ./policies -update`)", f.path, a.Location.Row, a.Custom["id"])
				continue
			}
			var err error
			if src, err = writeRelated(src, a.Location.Row, want); err != nil {
				t.Fatalf("%s: %v", f.path, err)
			}
		}
		if src != f.src {
			if err := os.WriteFile(strings.TrimPrefix(f.path, "policies/"), []byte(src), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// TestDataSourcesRegistered: every source id that the province and
// provider data cite is in the registry, so `icpcheck rules` can say what
// it names.
func TestDataSourcesRegistered(t *testing.T) {
	registry := sourceRegistry(t)
	for _, file := range []string{"icp/provinces.json", "icp/providers.json"} {
		raw, err := fs.ReadFile(policies.FS(), file)
		if err != nil {
			t.Fatal(err)
		}
		var doc map[string]map[string]struct {
			Sources map[string][]string `json:"sources"`
		}
		if err := json.Unmarshal(raw, &doc); err != nil {
			t.Fatalf("policies/%s: %v", file, err)
		}
		cited := 0
		for key, e := range doc[strings.TrimSuffix(strings.TrimPrefix(file, "icp/"), ".json")] {
			cited += len(e.Sources)
			for field, ids := range e.Sources {
				for _, id := range ids {
					if _, ok := registry[id]; !ok {
						t.Errorf("policies/%s: %s.sources.%s cites %q, which is not in policies/icp/sources.json", file, key, field, id)
					}
				}
			}
		}
		if cited == 0 {
			t.Errorf("policies/%s: no sources read (has its layout changed?)", file)
		}
	}
}

func gotRelated(a *ast.Annotations) []relatedResource {
	var out []relatedResource
	for _, r := range a.RelatedResources {
		out = append(out, relatedResource{ref: r.Ref.String(), description: r.Description})
	}
	return out
}

func customList(v any) []string {
	items, _ := v.([]any)
	out := make([]string, 0, len(items))
	for _, it := range items {
		out = append(out, fmt.Sprint(it))
	}
	return out
}

// writeRelated replaces the related_resources of the METADATA block that
// starts at line row (1-based) of src with want, placed before its custom
// key.
func writeRelated(src string, row int, want []relatedResource) (string, error) {
	lines := strings.Split(src, "\n")
	start := row - 1
	end := start
	for end < len(lines) && strings.HasPrefix(lines[end], "#") {
		end++
	}
	var block []string
	skipping := false
	for _, line := range lines[start:end] {
		topKey := strings.HasPrefix(line, "# ") && len(line) > 2 && line[2] != ' '
		if topKey {
			skipping = strings.HasPrefix(line, "# related_resources:")
		}
		if !skipping {
			block = append(block, line)
		}
	}
	at := slices.Index(block, "# custom:")
	if at < 0 {
		return "", fmt.Errorf("line %d: METADATA without custom", row)
	}
	var related []string
	if len(want) > 0 {
		related = append(related, "# related_resources:")
		for _, r := range want {
			related = append(related, "#   - ref: "+r.ref)
			related = append(related, foldLines("#     description: ", "#       ", yamlQuote(r.description))...)
		}
	}
	block = slices.Insert(block, at, related...)
	out := slices.Concat(lines[:start], block, lines[end:])
	return strings.Join(out, "\n"), nil
}

// foldLines breaks a YAML double-quoted scalar at spaces so that no line
// is longer than the pack allows; YAML reads each break as a space.
func foldLines(first, rest, text string) []string {
	var out []string
	line := first
	for i, word := range strings.Split(text, " ") {
		if i > 0 && utf8.RuneCountInString(line+" "+word) > maxLineLength {
			out = append(out, line)
			line = rest + word
			continue
		}
		if i > 0 {
			line += " "
		}
		line += word
	}
	return append(out, line)
}

// yamlQuote writes s as a YAML double-quoted scalar.
func yamlQuote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
