package engine

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDecodeYAMLIsAsStrictAsJSON(t *testing.T) {
	for _, c := range []struct {
		name, doc, want string
		line            int
	}{
		{"duplicate key", "kind: A\nversion: 1\nkind: B\n", `duplicate key "kind" in the mapping at the top level (first on line 1)`, 3},
		{"alias", "a: &x [1]\nb: *x\n", "YAML anchor &x at /a: anchors and aliases are not accepted", 1},
		{"merge key", "a: {x: 1}\nb:\n  <<: {x: 2}\n", "merge keys << and complex keys are not accepted", 3},
		{"complex key", "? [a, b]\n: 1\n", "is not a plain name", 1},
		{"infinity", "a: .inf\n", `number ".inf" at /a cannot be represented in JSON`, 1},
		{"not a number", "a: .nan\n", "cannot be represented in JSON", 1},
		{"binary", "a: !!binary aGVsbG8=\n", "value with tag !!binary at /a", 1},
		{"two documents", "a: 1\n---\nb: 2\n", "a second YAML document in one input", 2},
		{"syntax", "a: [1, 2\n", "invalid YAML:", 0},
		{"empty", "# nothing\n", "empty document", 0},
		{"deep", strings.Repeat("- ", 70) + "x\n", "nesting deeper than the 64-level limit", 1},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := decodeDocument(context.Background(), []byte(c.doc), DefaultLimits().MaxDepth)
			if err == nil || !strings.Contains(err.Message, c.want) {
				t.Fatalf("error %+v, want one containing %q", err, c.want)
			}
			if c.line > 0 && err.Line != c.line {
				t.Errorf("line %d, want %d", err.Line, c.line)
			}
		})
	}
}

func TestDecodeYAMLGivesWhatJSONWould(t *testing.T) {
	yamlDoc := "kind: FilingSnapshot\nversion: 1\nas_of: 2026-11-20T08:00:00Z\nn: 0x1F\nf: 1.50\ng: 1e3\nok: true\nnone: ~\nlist: [a, 'b']\nnum_key:\n  1: one\n"
	jsonDoc := `{"kind": "FilingSnapshot", "version": 1, "as_of": "2026-11-20T08:00:00Z", "n": 31, "f": 1.50, "g": 1e3, "ok": true, "none": null, "list": ["a", "b"], "num_key": {"1": "one"}}`
	fromYAML, err := decodeDocument(context.Background(), []byte(yamlDoc), 64)
	if err != nil {
		t.Fatal(err)
	}
	fromJSON, err := decodeDocument(context.Background(), []byte(jsonDoc), 64)
	if err != nil {
		t.Fatal(err)
	}
	a, _ := json.Marshal(fromYAML)
	b, _ := json.Marshal(fromJSON)
	if string(a) != string(b) {
		t.Errorf("YAML gives %s\nJSON gives %s", a, b)
	}
}

func TestLocateYAML(t *testing.T) {
	doc := []byte("kind: FilingSnapshot\nwebsites:\n  - id: shop\n    domains:\n      - example.com\n      - www.example.com\n")
	got := locate(doc, []string{"/websites/0/domains/1", "/websites/0/access", "/kind", "/nothing/here", ""})
	want := map[string]Position{
		"/websites/0/domains/1": {6, 9},
		"/websites/0/access":    {3, 5},
		"/kind":                 {1, 1},
		"/nothing/here":         {1, 1},
		"":                      {1, 1},
	}
	for p, w := range want {
		if got[p] != w {
			t.Errorf("%q at %+v, want %+v", p, got[p], w)
		}
	}
}

func TestSplitYAMLKeepsTheFilesLines(t *testing.T) {
	stream := "# header\n---\nkind: A\n...\n--- # second\nkind: B\n---\n# only a comment\n---\n"
	docs := splitYAML([]byte(stream))
	if len(docs) != 2 {
		t.Fatalf("%d documents, want 2: %+v", len(docs), docs)
	}
	for i, want := range []struct {
		start, kindLine int
	}{{2, 3}, {5, 6}} {
		if docs[i].Line != want.start {
			t.Errorf("document %d starts on line %d, want %d", i+1, docs[i].Line, want.start)
		}
		if pos := locate(docs[i].Data, []string{"/kind"})["/kind"]; pos.Line != want.kindLine {
			t.Errorf("document %d: kind on line %d, want %d", i+1, pos.Line, want.kindLine)
		}
	}
	if docs := splitYAML([]byte("# nothing\n")); len(docs) != 1 {
		t.Errorf("a file without documents gives %d, want one (empty) to report", len(docs))
	}
	if docs := splitYAML([]byte("--- {kind: A}\n")); len(docs) != 1 || !strings.Contains(string(docs[0].Data), "{kind: A}") {
		t.Errorf("content on the marker line: %+v", docs)
	}
}

func TestYAMLStreamNames(t *testing.T) {
	dir := t.TempDir()
	path := writeFileIn(t, dir, "two.yaml", "---\nkind: A\n---\nkind: B\n")
	one := writeFileIn(t, dir, "one.yml", "kind: A\n")
	writeFileIn(t, dir, ".icpcheck.yaml", "fail_on_warn: true\n")
	if err := os.Mkdir(filepath.Join(dir, ".github"), 0o755); err != nil {
		t.Fatal(err)
	}
	writeFileIn(t, filepath.Join(dir, ".github"), "ci.yml", "on: push\n")
	var names []string
	for in := range Inputs([]string{dir}, nil, 0) {
		names = append(names, in.Name)
	}
	want := []string{one, path + "#1", path + "#2"}
	if strings.Join(names, " ") != strings.Join(want, " ") {
		t.Errorf("names %v, want %v", names, want)
	}
}

func writeFileIn(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}
