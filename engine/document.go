package engine

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/go-json-experiment/json/jsontext"
)

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// decodeDocument parses one JSON document (or a YAML one: decodeYAML; a
// file saved as UTF-16 is named as such) into the generic form the schema
// validator and OPA take (objects as map[string]any, numbers as
// json.Number). The parser (jsontext, the prototype of encoding/json/v2)
// refuses what would silently lose data: duplicate keys, invalid UTF-8 and
// trailing data; numbers beyond float64's range are refused here. Every
// error carries the line and column it refers to. Nesting is checked as
// the document is read, so a document nested past maxDepth costs no more
// than reading up to that point, and ctx bounds the whole read.
func decodeDocument(ctx context.Context, data []byte, maxDepth int) (any, *InputError) {
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
	// From a bytes.Buffer, jsontext reads data in place instead of copying
	// it into a buffer of its own.
	d := decoder{ctx: ctx, dec: jsontext.NewDecoder(bytes.NewBuffer(data)), data: data, maxDepth: maxDepth}
	doc, ierr := d.value()
	if ierr != nil {
		return nil, ierr
	}
	end := d.dec.InputOffset()
	if rest := bytes.TrimLeft(data[end:], " \t\r\n"); len(rest) > 0 {
		return nil, at(data, int64(len(data)-len(rest)), errTrailingData)
	}
	return doc, nil
}

const errTrailingData = "unexpected data after the end of the document: a file holds one JSON document (use .ndjson for one per line)"

// decoder builds a document from jsontext's tokens.
type decoder struct {
	ctx      context.Context
	dec      *jsontext.Decoder
	data     []byte
	maxDepth int
	tokens   int // read so far, to look at ctx now and then
}

// value reads the next value: a scalar, or an array or object with all
// that it holds.
func (d *decoder) value() (any, *InputError) {
	if d.tokens++; d.tokens%4096 == 0 && d.ctx.Err() != nil {
		ierr := at(d.data, d.dec.InputOffset(), "reading the document took longer than the time limit")
		ierr.Setting = SettingTimeout
		return nil, ierr
	}
	before := d.dec.InputOffset()
	tok, err := d.dec.ReadToken()
	if err != nil {
		return nil, decodeError(d.data, err)
	}
	switch tok.Kind() {
	case '{', '[':
		if d.dec.StackDepth() > d.maxDepth {
			ptr := string(d.dec.StackPointer())
			ierr := at(d.data, skipSeparators(d.data, before), fmt.Sprintf("nesting deeper than the %d-level limit at %s", d.maxDepth, ptr))
			ierr.Pointer, ierr.Setting = ptr, SettingMaxDepth
			return nil, ierr
		}
		if tok.Kind() == '{' {
			return d.object()
		}
		return d.array()
	case '"':
		return tok.String(), nil
	case '0':
		text := tok.String()
		if _, err := strconv.ParseFloat(text, 64); err != nil {
			return nil, at(d.data, skipSeparators(d.data, before), fmt.Sprintf("number at %s is too large to represent", describePointer(string(d.dec.StackPointer()))))
		}
		return json.Number(text), nil
	case 't':
		return true, nil
	case 'f':
		return false, nil
	}
	return nil, nil // null
}

func (d *decoder) object() (any, *InputError) {
	obj := make(map[string]any)
	for d.dec.PeekKind() != '}' {
		tok, err := d.dec.ReadToken()
		if err != nil {
			return nil, decodeError(d.data, err)
		}
		name := tok.String() // tok is valid only until the next read
		v, ierr := d.value()
		if ierr != nil {
			return nil, ierr
		}
		obj[name] = v
	}
	if _, err := d.dec.ReadToken(); err != nil {
		return nil, decodeError(d.data, err)
	}
	return obj, nil
}

func (d *decoder) array() (any, *InputError) {
	arr := make([]any, 0, 4)
	for d.dec.PeekKind() != ']' {
		v, ierr := d.value()
		if ierr != nil {
			return nil, ierr
		}
		arr = append(arr, v)
	}
	if _, err := d.dec.ReadToken(); err != nil {
		return nil, decodeError(d.data, err)
	}
	return arr, nil
}

// decodeError rewrites a parse error as one line a person can act on.
func decodeError(data []byte, err error) *InputError {
	var syn *jsontext.SyntacticError
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
			msg = errTrailingData
		default:
			msg = "invalid JSON: " + syn.Err.Error()
		}
		return at(data, syn.ByteOffset, msg)
	}
	return &InputError{Message: "invalid JSON: " + err.Error()}
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
