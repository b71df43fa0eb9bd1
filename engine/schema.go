package engine

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/santhosh-tekuri/jsonschema/v6/kind"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
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

var english = message.NewPrinter(language.English)

// schemaError turns a validation failure into one actionable line with the
// JSON pointer of the offending value.
func schemaError(k Kind, err error) *InputError {
	var verr *jsonschema.ValidationError
	if !errors.As(err, &verr) {
		return &InputError{Message: "schema: " + err.Error()}
	}
	leaves := leafErrors(verr)
	sort.SliceStable(leaves, func(i, j int) bool { return leaves[i].Pointer < leaves[j].Pointer })
	first := leaves[0]
	msg := fmt.Sprintf("schema: %s (see `icpcheck schema %s`)", first.Message, k.Schema)
	if len(leaves) > 1 {
		msg += fmt.Sprintf("; %d more schema errors", len(leaves)-1)
	}
	return &InputError{Message: msg, Pointer: first.Pointer}
}

func leafErrors(e *jsonschema.ValidationError) []InputError {
	if len(e.Causes) > 0 {
		var out []InputError
		for _, c := range e.Causes {
			out = append(out, leafErrors(c)...)
		}
		return out
	}
	at, where := "", "the document"
	if len(e.InstanceLocation) > 0 {
		at = pointer(e.InstanceLocation)
		where = at
	}
	switch k := e.ErrorKind.(type) {
	case *kind.AdditionalProperties:
		var out []InputError
		for _, p := range k.Properties {
			field := strings.TrimSuffix(at, "/") + "/" + escapePointer(p)
			out = append(out, InputError{
				Pointer: field,
				Message: fmt.Sprintf("%s: unknown field %q: remove it or correct its spelling", field, p),
			})
		}
		return out
	case *kind.Required:
		return []InputError{{
			Pointer: at,
			Message: fmt.Sprintf("%s: missing required field %s", where, quoteAll(k.Missing)),
		}}
	default:
		return []InputError{{Pointer: at, Message: fmt.Sprintf("%s: %s", where, e.ErrorKind.LocalizedString(english))}}
	}
}

func quoteAll(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = fmt.Sprintf("%q", n)
	}
	return strings.Join(q, ", ")
}
