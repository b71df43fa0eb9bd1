package engine

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/icpcheck/icpcheck/policies"
)

func TestDataFilesAreReadAsStrictlyAsDocuments(t *testing.T) {
	dir := t.TempDir()
	file := func(name, content string) string { return writeFileIn(t, dir, name, content) }
	for _, c := range []struct {
		name, path, want string
	}{
		{"duplicate key", file("dup.json", `{"icp": {"thresholds": {"expiry_warning_days": 30, "expiry_warning_days": 0}}}`),
			`dup.json:1:52: duplicate key "expiry_warning_days" in the object at /icp/thresholds`},
		{"duplicate key in YAML", file("dup.yaml", "icp:\n  thresholds:\n    expiry_warning_days: 30\n    expiry_warning_days: 0\n"),
			`dup.yaml:4:5: duplicate key "expiry_warning_days"`},
		{"a text file", file("shadow", "root:*:19000:0:99999:7:::\n"), "shadow: not a data file: give a .json, .yaml or .yml file"},
		{"YAML named .json", file("yaml.json", "icp: {}\n"), "yaml.json: not JSON: a .json data file holds one JSON object"},
		{"two YAML documents", file("two.yaml", "a: 1\n---\nb: 2\n"), "two.yaml:2: a second YAML document: a data file holds one"},
		{"not an object", file("list.json", `[1, 2]`), "list.json: the data must be an object"},
		{"an alias", file("alias.yaml", "a: &x 1\nb: *x\n"), "alias.yaml:1:4: YAML anchor &x"},
		{"too large", file("big.json", `{"a": "`+strings.Repeat("x", 2048)+`"}`), "big.json is larger than the 1 KiB limit"},
		{"a folder", dir, " is a folder, not a regular file"},
		{"missing", filepath.Join(dir, "nothere.json"), "nothere.json: no such file or folder"},
		{"UTF-16", file("utf16.json", "\xff\xfe{\x00}\x00"), `utf16.json:1:1: the file is UTF-16`},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := New(context.Background(), Config{Pack: policies.FS(), Data: []string{c.path}, Limits: Limits{MaxSize: 1 << 10}})
			if err == nil || !strings.Contains(err.Error(), c.want) || strings.Contains(err.Error(), "\n") {
				t.Errorf("error %v, want one line containing %q", err, c.want)
			}
		})
	}
}

func TestDataFileInYAMLOverridesTheRegistry(t *testing.T) {
	data := writeFile(t, "providers.yaml", "icp:\n  providers:\n    my-idc:\n      name: My IDC\n      aliases: [my-own-idc]\n")
	e := newTestEngine(t, Config{Data: []string{data}})
	doc := strings.ReplaceAll(minimalSnapshot, "other-cloud", "my-own-idc")
	res := checkAll(t, e, Options{}, []byte(doc))[0]
	if res.Err != nil || len(res.Violations) != 0 {
		t.Fatalf("alias from -d: %+v %+v", res.Err, res.Violations)
	}
	doc = strings.Replace(doc, `"provider": "my-own-idc", "mainland"`, `"provider": "my-idc", "mainland"`, 1)
	if res := checkAll(t, e, Options{}, []byte(doc))[0]; res.Err != nil || len(res.Violations) != 0 {
		t.Errorf("access at the alias, hosting at the id: %+v %+v", res.Err, res.Violations)
	}
}
