package engine

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// decodeDocument parses one JSON document into the generic form the schema
// validator and OPA take (objects as map[string]any, numbers as json.Number).
// Unlike encoding/json it refuses what would silently lose data: duplicate
// keys, invalid UTF-8, numbers out of float64 range and trailing data. Every
// error carries the line and column it refers to. maxDepth bounds the
// nesting, so that a hostile file cannot exhaust the decoder's or the
// evaluator's stack.
func decodeDocument(data []byte, maxDepth int) (any, *InputError) {
	data = bytes.TrimPrefix(data, utf8BOM)
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, &InputError{Message: "empty document: expected a JSON object with kind and version"}
	}
	if !utf8.Valid(data) {
		off := firstInvalidUTF8(data)
		return nil, at(data, off, "invalid UTF-8: save the file as UTF-8")
	}
	d := &decoder{data: data, dec: json.NewDecoder(bytes.NewReader(data)), maxDepth: maxDepth}
	d.dec.UseNumber()
	v, err := d.value(0)
	if err != nil {
		return nil, err
	}
	end := skipSeparators(data, d.dec.InputOffset())
	if _, tokErr := d.dec.Token(); !errors.Is(tokErr, io.EOF) {
		return nil, at(data, end, "unexpected data after the end of the document: a file holds one JSON document (use .ndjson for one per line)")
	}
	return v, nil
}

type decoder struct {
	data     []byte
	dec      *json.Decoder
	path     []string
	maxDepth int
}

func (d *decoder) value(depth int) (any, *InputError) {
	start := skipSeparators(d.data, d.dec.InputOffset())
	tok, err := d.dec.Token()
	if err != nil {
		return nil, d.syntaxError(err, start)
	}
	switch t := tok.(type) {
	case json.Delim:
		if depth >= d.maxDepth {
			return nil, at(d.data, start, fmt.Sprintf("nesting deeper than the %d-level limit at %s (--max-depth)", d.maxDepth, pointer(d.path)))
		}
		if t == '{' {
			return d.object(depth)
		}
		return d.array(depth)
	case json.Number:
		if _, err := strconv.ParseFloat(string(t), 64); err != nil {
			return nil, at(d.data, start, fmt.Sprintf("number %s at %s is too large to represent", t, pointer(d.path)))
		}
		return t, nil
	default:
		return t, nil
	}
}

func (d *decoder) object(depth int) (any, *InputError) {
	obj := make(map[string]any)
	for d.dec.More() {
		keyStart := skipSeparators(d.data, d.dec.InputOffset())
		tok, err := d.dec.Token()
		if err != nil {
			return nil, d.syntaxError(err, keyStart)
		}
		key := tok.(string) // inside an object the decoder yields only string keys
		if _, dup := obj[key]; dup {
			return nil, at(d.data, keyStart, fmt.Sprintf("duplicate key %q in the object at %s: a JSON object names each key once, remove one", key, pointer(d.path)))
		}
		d.path = append(d.path, key)
		v, verr := d.value(depth + 1)
		d.path = d.path[:len(d.path)-1]
		if verr != nil {
			return nil, verr
		}
		obj[key] = v
	}
	if _, err := d.dec.Token(); err != nil {
		return nil, d.syntaxError(err, d.dec.InputOffset())
	}
	return obj, nil
}

func (d *decoder) array(depth int) (any, *InputError) {
	arr := make([]any, 0, 4)
	for d.dec.More() {
		d.path = append(d.path, strconv.Itoa(len(arr)))
		v, err := d.value(depth + 1)
		d.path = d.path[:len(d.path)-1]
		if err != nil {
			return nil, err
		}
		arr = append(arr, v)
	}
	if _, err := d.dec.Token(); err != nil {
		return nil, d.syntaxError(err, d.dec.InputOffset())
	}
	return arr, nil
}

func (d *decoder) syntaxError(err error, fallback int64) *InputError {
	var syn *json.SyntaxError
	if errors.As(err, &syn) {
		msg := "invalid JSON: " + syn.Error()
		if strings.Contains(msg, "after object key:value pair") || strings.Contains(msg, "after array element") {
			msg += ": is a comma missing before it?"
		}
		return at(d.data, syn.Offset, msg)
	}
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return at(d.data, int64(len(d.data)), "invalid JSON: the document ends early (a bracket or quote is not closed)")
	}
	return at(d.data, fallback, "invalid JSON: "+err.Error())
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

func firstInvalidUTF8(data []byte) int64 {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return int64(i)
		}
		i += size
	}
	return int64(len(data))
}

// pointer renders a path as a JSON pointer (RFC 6901) for messages.
func pointer(path []string) string {
	if len(path) == 0 {
		return "the top level"
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
