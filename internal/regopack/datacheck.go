package regopack

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/santhosh-tekuri/jsonschema/v6/kind"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

// DataSchema is where the pack keeps the JSON Schema of its data (data.icp).
const DataSchema = "schemas/data/v1.json"

var english = message.NewPrinter(language.English)

// CheckData validates the set's data against the pack's data schema, so
// that a -d file that gives a field the wrong type, or names a province
// that is not in the table, is an input error naming the field rather than a
// rule that silently stops applying. files are the -d files, for the
// message. A pack without the schema checks nothing.
func (s *Set) CheckData(pack fs.FS, files []string) error {
	raw, err := fs.ReadFile(pack, DataSchema)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("read data schema: %w", err)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(raw))
	if err != nil {
		return fmt.Errorf("parse data schema %s: %w", DataSchema, err)
	}
	c := jsonschema.NewCompiler()
	url := "file:///" + DataSchema
	if err := c.AddResource(url, doc); err != nil {
		return fmt.Errorf("add data schema: %w", err)
	}
	sch, err := c.Compile(url)
	if err != nil {
		return fmt.Errorf("compile data schema: %w", err)
	}
	err = sch.Validate(map[string]any(s.Data))
	var verr *jsonschema.ValidationError
	if !errors.As(err, &verr) {
		return err
	}
	problems := dataProblems(verr, doc)
	sort.Strings(problems)
	msg := problems[0]
	if len(problems) > 1 {
		msg += fmt.Sprintf(" (and %d more)", len(problems)-1)
	}
	if len(files) > 0 {
		msg += "; correct it in " + strings.Join(files, ", ")
	}
	return errors.New(msg)
}

// dataProblems turns a validation failure into one sentence per wrong
// value, each naming the field as a data path (data.icp.provinces.HN.name);
// an unknown key lists the keys that the schema knows there (schema: the
// parsed data schema).
func dataProblems(e *jsonschema.ValidationError, schema any) []string {
	if len(e.Causes) > 0 {
		var out []string
		for _, c := range e.Causes {
			out = append(out, dataProblems(c, schema)...)
		}
		return out
	}
	at := "data"
	if len(e.InstanceLocation) > 0 {
		at += "." + strings.Join(e.InstanceLocation, ".")
	}
	k, ok := e.ErrorKind.(*kind.AdditionalProperties)
	if !ok {
		return []string{fmt.Sprintf("%s: %s", at, e.ErrorKind.LocalizedString(english))}
	}
	known := strings.Join(knownKeys(schema, e.SchemaURL), ", ")
	out := make([]string, 0, len(k.Properties))
	for _, p := range k.Properties {
		out = append(out, fmt.Sprintf("%s: unknown key %q: use one of %s", at, p, known))
	}
	return out
}

// knownKeys: the properties of the schema object whose additionalProperties
// the URL (…#/json/pointer/additionalProperties) names, sorted.
func knownKeys(schema any, url string) []string {
	_, pointer, _ := strings.Cut(url, "#")
	node := schema
	for _, tok := range strings.Split(strings.TrimSuffix(strings.TrimPrefix(pointer, "/"), "additionalProperties"), "/") {
		if tok == "" {
			continue
		}
		obj, _ := node.(map[string]any)
		node = obj[strings.ReplaceAll(strings.ReplaceAll(tok, "~1", "/"), "~0", "~")]
	}
	obj, _ := node.(map[string]any)
	props, _ := obj["properties"].(map[string]any)
	keys := make([]string, 0, len(props))
	for key := range props {
		keys = append(keys, key)
	}
	sort.Strings(keys)
	return keys
}
