package engine

import (
	"bytes"
	"strings"

	"github.com/go-json-experiment/json/jsontext"
)

// Position is a 1-based line and column in a source document.
type Position struct {
	Line   int
	Column int
}

// locate returns where the values named by JSON pointers start in data: at
// the member's key for an object member, at the value for an array element.
// It scans the document once for any number of pointers. A pointer that
// names no value resolves to its longest prefix that does, so a violation
// about a field the document leaves out still points at the object that
// lacks it. Pointers that cannot be placed at all (data is not JSON) are
// absent from the result.
func locate(data []byte, pointers []string) map[string]Position {
	if isYAML(data) {
		return locateYAML(data, pointers)
	}
	data = bytes.TrimPrefix(data, utf8BOM)
	wanted := make(map[string]bool)
	for _, p := range pointers {
		for q := p; ; q = q[:strings.LastIndexByte(q, '/')] {
			wanted[q] = true
			if q == "" {
				break
			}
		}
	}
	offsets := make(map[string]int64)
	dec := jsontext.NewDecoder(bytes.NewReader(data))
	for {
		before := dec.InputOffset()
		tok, err := dec.ReadToken()
		if err != nil {
			break // the end, or malformed data: fewer positions
		}
		if k := tok.Kind(); k == '}' || k == ']' {
			continue
		}
		ptr := string(dec.StackPointer())
		if _, seen := offsets[ptr]; !seen && wanted[ptr] {
			offsets[ptr] = skipSeparators(data, before)
		}
	}

	found := make(map[string]Position, len(pointers))
	for _, p := range pointers {
		for q := p; ; q = q[:strings.LastIndexByte(q, '/')] {
			if off, ok := offsets[q]; ok {
				line, col := lineColumn(data, off)
				found[p] = Position{Line: line, Column: col}
				break
			}
			if q == "" {
				break
			}
		}
	}
	return found
}

var pointerEscaper = strings.NewReplacer("~", "~0", "/", "~1")

func escapePointer(s string) string { return pointerEscaper.Replace(s) }
