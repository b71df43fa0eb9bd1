package engine

import (
	"bytes"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// schemaPath is where a kind's JSON Schema lives in a policy pack.
func schemaPath(k Kind) string {
	return path.Join("schemas", k.Schema, fmt.Sprintf("v%d.json", supportedVersion))
}

// compileSchemas compiles the JSON Schema of every kind from the pack.
func compileSchemas(pack fs.FS) (map[string]*jsonschema.Schema, error) {
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	out := make(map[string]*jsonschema.Schema, len(kinds()))
	for _, k := range kinds() {
		if k.Schema == "" {
			continue
		}
		name := k.Name
		p := schemaPath(k)
		raw, err := fs.ReadFile(pack, p)
		if err != nil {
			return nil, fmt.Errorf("read schema of %s: %w", name, err)
		}
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(raw))
		if err != nil {
			return nil, fmt.Errorf("parse schema %s: %w", p, err)
		}
		url := "file:///" + p
		if err := c.AddResource(url, doc); err != nil {
			return nil, fmt.Errorf("add schema %s: %w", p, err)
		}
		sch, err := c.Compile(url)
		if err != nil {
			return nil, fmt.Errorf("compile schema %s: %w", p, err)
		}
		out[name] = sch
	}
	return out, nil
}

// Schema returns the JSON Schema text of a kind ("filing" or "plan", or the
// kind's name) from a policy pack.
func Schema(pack fs.FS, name string) ([]byte, error) {
	var names []string
	for _, k := range kinds() {
		if k.Schema == "" {
			continue
		}
		if strings.EqualFold(name, k.Schema) || name == k.Name {
			return fs.ReadFile(pack, schemaPath(k))
		}
		names = append(names, k.Schema)
	}
	sort.Strings(names)
	return nil, fmt.Errorf("unknown schema %q: known schemas are %s", name, strings.Join(names, ", "))
}
