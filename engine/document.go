package engine

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	jsonv2 "github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
)

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// decodeDocument parses one JSON (or YAML: decodeYAML) document into the generic form the schema
// validator and OPA take (objects as map[string]any). Unlike encoding/json's
// first version, the parser (the prototype of encoding/json/v2) refuses what
// would silently lose data: duplicate keys, invalid UTF-8, numbers out of
// float64 range and trailing data. Every error carries the line and column it
// refers to. maxDepth bounds the nesting, so that a hostile file cannot
// exhaust the evaluator's stack.
func decodeDocument(data []byte, maxDepth int) (any, *InputError) {
	if ierr := encodingError(data); ierr != nil {
		return nil, ierr
	}
	if isYAML(data) {
		return decodeYAML(data, maxDepth)
	}
	data = bytes.TrimPrefix(data, utf8BOM)
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, &InputError{Message: "empty document: expected a JSON object with kind and version"}
	}
	var doc any
	if err := jsonv2.Unmarshal(data, &doc, exactNumbers); err != nil {
		return nil, decodeError(data, err)
	}
	if depth(doc) > maxDepth {
		ptr := pointer(deepest(doc, maxDepth, nil))
		ierr := &InputError{Pointer: ptr, Setting: SettingMaxDepth, Message: fmt.Sprintf("nesting deeper than the %d-level limit at %s", maxDepth, ptr)}
		placeError(ierr, data)
		return nil, ierr
	}
	return doc, nil
}

// exactNumbers keeps numbers as their JSON text (json.Number, which the
// schema validator and OPA both read) so that no digit is lost, and rejects
// the ones beyond float64's range.
var exactNumbers = jsonv2.WithUnmarshalers(jsonv2.UnmarshalFromFunc(func(dec *jsontext.Decoder, v *any) error {
	if dec.PeekKind() != '0' {
		return errors.ErrUnsupported // not a number: decode as usual
	}
	tok, err := dec.ReadToken()
	if err != nil {
		return err
	}
	text := tok.String()
	if _, err := strconv.ParseFloat(text, 64); err != nil {
		return errNumberRange
	}
	*v = json.Number(text)
	return nil
}))

var errNumberRange = errors.New("number out of range")

// decodeError rewrites a parse error as one line a person can act on.
func decodeError(data []byte, err error) *InputError {
	var syn *jsontext.SyntacticError
	var sem *jsonv2.SemanticError
	switch {
	case errors.As(err, &syn):
		where := describePointer(string(syn.JSONPointer))
		var msg string
		switch {
		case errors.Is(syn.Err, jsontext.ErrDuplicateName):
			msg = fmt.Sprintf("duplicate key %q in the object at %s: a JSON object names each key once, remove one", syn.JSONPointer.LastToken(), describePointer(parentPointer(string(syn.JSONPointer))))
		case errors.Is(syn.Err, io.ErrUnexpectedEOF):
			return at(data, int64(len(data)), "invalid JSON: the document ends early (a bracket or quote is not closed)")
		case strings.Contains(syn.Err.Error(), "invalid UTF-8"):
			msg = fmt.Sprintf("invalid UTF-8 in %s: save the file as UTF-8", where)
		case strings.Contains(syn.Err.Error(), "after top-level value"):
			msg = "unexpected data after the end of the document: a file holds one JSON document (use .ndjson for one per line)"
		default:
			msg = "invalid JSON: " + syn.Err.Error()
		}
		return at(data, syn.ByteOffset, msg)
	case errors.As(err, &sem):
		return at(data, sem.ByteOffset, fmt.Sprintf("number at %s is too large to represent", describePointer(string(sem.JSONPointer))))
	}
	return &InputError{Message: "invalid JSON: " + err.Error()}
}

// depth is the nesting of arrays and objects in v.
func depth(v any) int {
	most := 0
	switch t := v.(type) {
	case map[string]any:
		for _, child := range t {
			most = max(most, depth(child))
		}
		return most + 1
	case []any:
		for _, child := range t {
			most = max(most, depth(child))
		}
		return most + 1
	}
	return 0
}

// deepest returns the path of the first value, in key order, whose
// nesting passes limit; it runs only on documents already found too deep.
func deepest(v any, limit int, path []string) []string {
	if len(path) >= limit {
		return path
	}
	switch t := v.(type) {
	case map[string]any:
		keys := make([]string, 0, len(t))
		for k := range t {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			if depth(t[k]) > limit-len(path)-1 {
				return deepest(t[k], limit, append(path, k))
			}
		}
	case []any:
		for i, child := range t {
			if depth(child) > limit-len(path)-1 {
				return deepest(child, limit, append(path, strconv.Itoa(i)))
			}
		}
	}
	return path
}

func parentPointer(p string) string {
	if i := strings.LastIndexByte(p, '/'); i >= 0 {
		return p[:i]
	}
	return ""
}

// describePointer names a place for messages: its pointer, or the top level.
func describePointer(p string) string {
	if p == "" {
		return "the top level"
	}
	return p
}

// at builds an error positioned at a byte offset of data.
func at(data []byte, off int64, msg string) *InputError {
	line, col := lineColumn(data, off)
	return &InputError{Message: msg, Line: line, Column: col}
}

// lineColumn turns a byte offset into a 1-based line and a 1-based column
// counted in characters.
func lineColumn(data []byte, off int64) (int, int) {
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	if off < 0 {
		off = 0
	}
	before := data[:off]
	line := bytes.Count(before, []byte{'\n'}) + 1
	lineStart := bytes.LastIndexByte(before, '\n') + 1
	return line, utf8.RuneCount(before[lineStart:]) + 1
}

// pointer renders a path as a JSON pointer (RFC 6901).
func pointer(path []string) string {
	if len(path) == 0 {
		return ""
	}
	var b strings.Builder
	for _, p := range path {
		b.WriteByte('/')
		b.WriteString(escapePointer(p))
	}
	return b.String()
}

// skipSeparators moves past whitespace and the separators that encoding/json's
// InputOffset leaves before the next value, so that positions point at it.
func skipSeparators(data []byte, off int64) int64 {
	for off < int64(len(data)) {
		switch data[off] {
		case ' ', '\t', '\r', '\n', ':', ',':
			off++
		default:
			return off
		}
	}
	return off
}
