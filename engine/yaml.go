package engine

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"regexp"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// isYAML tells a YAML document from a JSON one: a JSON document is an
// object (or, wrongly, an array), so it starts with { or [; anything else
// is read as YAML. Standard input and a snapshot named by a plan may be
// either.
func isYAML(data []byte) bool {
	data = bytes.TrimLeft(bytes.TrimPrefix(data, utf8BOM), " \t\r\n")
	return len(data) > 0 && data[0] != '{' && data[0] != '['
}

// decodeYAML parses one YAML document into the generic form that
// decodeDocument gives for JSON, as strictly: a key given twice, a value that
// JSON cannot hold (.inf, .nan, a binary), a key that is not a scalar, and
// nesting past maxDepth are errors with their line. Anchors and aliases are
// refused outright, so a small file can never expand into a huge one (the
// "billion laughs"); so are several documents (the reader splits a stream
// into its documents before this).
func decodeYAML(data []byte, maxDepth int) (any, *InputError) {
	var root yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(bytes.TrimPrefix(data, utf8BOM)))
	if err := dec.Decode(&root); err != nil && !errors.Is(err, io.EOF) {
		return nil, yamlSyntaxError(err)
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		return nil, &InputError{Message: "a second YAML document in one input: separate documents with --- in a .yaml file", Line: extra.Line, Column: extra.Column}
	}
	if root.Kind == 0 || len(root.Content) == 0 || root.Content[0].Tag == "!!null" && root.Content[0].Value == "" {
		return nil, &InputError{Message: "empty document: expected a YAML mapping with kind and version"}
	}
	c := yamlConverter{maxDepth: maxDepth}
	return c.value(root.Content[0], nil)
}

type yamlConverter struct{ maxDepth int }

func (c yamlConverter) value(n *yaml.Node, path []string) (any, *InputError) {
	if (n.Kind == yaml.MappingNode || n.Kind == yaml.SequenceNode) && len(path) >= c.maxDepth {
		ierr := yamlError(n, fmt.Sprintf("nesting deeper than the %d-level limit at %s", c.maxDepth, pointer(path)))
		ierr.Setting = SettingMaxDepth
		return nil, ierr
	}
	if n.Anchor != "" {
		return nil, yamlError(n, fmt.Sprintf("YAML anchor &%s at %s: anchors and aliases are not accepted; write the value out", n.Anchor, describePointer(pointer(path))))
	}
	switch n.Kind {
	case yaml.AliasNode:
		return nil, yamlError(n, fmt.Sprintf("YAML alias *%s at %s: anchors and aliases are not accepted; write the value out", n.Value, describePointer(pointer(path))))
	case yaml.MappingNode:
		return c.mapping(n, path)
	case yaml.SequenceNode:
		out := make([]any, 0, len(n.Content))
		for i, item := range n.Content {
			v, err := c.value(item, append(path, strconv.Itoa(i)))
			if err != nil {
				return nil, err
			}
			out = append(out, v)
		}
		return out, nil
	case yaml.ScalarNode:
		return scalar(n, path)
	}
	return nil, yamlError(n, fmt.Sprintf("unsupported YAML node at %s", describePointer(pointer(path))))
}

func (c yamlConverter) mapping(n *yaml.Node, path []string) (any, *InputError) {
	out := make(map[string]any, len(n.Content)/2)
	lines := make(map[string]int, len(n.Content)/2)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode || k.Tag == "!!merge" {
			return nil, yamlError(k, fmt.Sprintf("a key of the mapping at %s is not a plain name (merge keys << and complex keys are not accepted)", describePointer(pointer(path))))
		}
		if first, dup := lines[k.Value]; dup {
			return nil, yamlError(k, fmt.Sprintf("duplicate key %q in the mapping at %s (first on line %d): a mapping names each key once, remove one", k.Value, describePointer(pointer(path)), first))
		}
		lines[k.Value] = k.Line
		val, err := c.value(v, append(path, k.Value))
		if err != nil {
			return nil, err
		}
		out[k.Value] = val
	}
	return out, nil
}

// scalar converts a scalar by its resolved tag: numbers keep their digits
// (json.Number, as decodeDocument gives them), a timestamp stays the text
// it was written as (the schemas check RFC 3339 strings).
func scalar(n *yaml.Node, path []string) (any, *InputError) {
	switch n.ShortTag() {
	case "!!str", "!!timestamp":
		return n.Value, nil
	case "!!null":
		return nil, nil
	case "!!bool":
		var b bool
		if err := n.Decode(&b); err != nil {
			return nil, yamlError(n, fmt.Sprintf("%s: %q is not a boolean", describePointer(pointer(path)), n.Value))
		}
		return b, nil
	case "!!int":
		var i int64
		if err := n.Decode(&i); err != nil {
			return nil, yamlError(n, fmt.Sprintf("number at %s is too large to represent", describePointer(pointer(path))))
		}
		return json.Number(strconv.FormatInt(i, 10)), nil
	case "!!float":
		f, err := strconv.ParseFloat(strings.ReplaceAll(n.Value, "_", ""), 64)
		if err != nil || math.IsInf(f, 0) || math.IsNaN(f) {
			return nil, yamlError(n, fmt.Sprintf("number %q at %s cannot be represented in JSON", n.Value, describePointer(pointer(path))))
		}
		if json.Valid([]byte(n.Value)) {
			return json.Number(n.Value), nil
		}
		return json.Number(strconv.FormatFloat(f, 'g', -1, 64)), nil
	}
	return nil, yamlError(n, fmt.Sprintf("value with tag %s at %s: only strings, numbers, booleans and null are accepted", n.Tag, describePointer(pointer(path))))
}

func yamlError(n *yaml.Node, msg string) *InputError {
	return &InputError{Message: msg, Line: n.Line, Column: n.Column}
}

var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// yamlSyntaxError rewrites the parser's "yaml: line N: ..." as a message
// with its line.
func yamlSyntaxError(err error) *InputError {
	var te *yaml.TypeError
	if errors.As(err, &te) && len(te.Errors) > 0 {
		err = errors.New(te.Errors[0])
	}
	msg := err.Error()
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		line, _ := strconv.Atoi(m[1])
		return &InputError{Message: "invalid YAML: " + m[2], Line: line}
	}
	return &InputError{Message: "invalid YAML: " + strings.TrimPrefix(msg, "yaml: ")}
}

// locateYAML is locate for a YAML document: where the values named by JSON
// pointers start, at the key for a mapping member and at the value for a
// sequence item, a pointer that names no value resolving to its longest
// prefix that does.
func locateYAML(data []byte, pointers []string) map[string]Position {
	var root yaml.Node
	if err := yaml.NewDecoder(bytes.NewReader(bytes.TrimPrefix(data, utf8BOM))).Decode(&root); err != nil || len(root.Content) == 0 {
		return map[string]Position{}
	}
	found := make(map[string]Position, len(pointers))
	for _, p := range pointers {
		found[p] = yamlPosition(root.Content[0], p)
	}
	return found
}

func yamlPosition(n *yaml.Node, ptr string) Position {
	at := Position{Line: n.Line, Column: n.Column}
	if ptr == "" {
		return at
	}
	for _, tok := range strings.Split(ptr[1:], "/") {
		tok = unescapePointer(tok)
		next := (*yaml.Node)(nil)
		switch n.Kind {
		case yaml.MappingNode:
			for i := 0; i+1 < len(n.Content); i += 2 {
				if n.Content[i].Value == tok {
					at = Position{Line: n.Content[i].Line, Column: n.Content[i].Column}
					next = n.Content[i+1]
					break
				}
			}
		case yaml.SequenceNode:
			if i, err := strconv.Atoi(tok); err == nil && i >= 0 && i < len(n.Content) {
				next = n.Content[i]
				at = Position{Line: next.Line, Column: next.Column}
			}
		}
		if next == nil {
			return at
		}
		n = next
	}
	return at
}
