package engine

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
)

// Position is a 1-based line and column in a source document.
type Position struct {
	Line   int
	Column int
}

// locator finds where the values named by JSON pointers start in a document.
// It scans the document once for any number of pointers; a pointer that names
// no value resolves to its longest prefix that does, so a violation about a
// field the document leaves out still points at the object that lacks it.
type locator struct {
	data    []byte
	dec     *json.Decoder
	wanted  map[string]bool
	offsets map[string]int64
}

// locate returns the position of each pointer in data. Pointers that cannot
// be placed at all (data is not JSON) are absent from the result.
func locate(data []byte, pointers []string) map[string]Position {
	data = bytes.TrimPrefix(data, utf8BOM)
	l := &locator{
		data:    data,
		dec:     json.NewDecoder(bytes.NewReader(data)),
		wanted:  make(map[string]bool),
		offsets: make(map[string]int64),
	}
	for _, p := range pointers {
		for q := p; ; q = q[:strings.LastIndexByte(q, '/')] {
			l.wanted[q] = true
			if q == "" {
				break
			}
		}
	}
	l.dec.UseNumber()
	l.walk("") // a malformed document simply yields fewer positions

	found := make(map[string]Position, len(pointers))
	for _, p := range pointers {
		for q := p; ; q = q[:strings.LastIndexByte(q, '/')] {
			if off, ok := l.offsets[q]; ok {
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

func (l *locator) walk(ptr string) bool {
	start := skipSeparators(l.data, l.dec.InputOffset())
	tok, err := l.dec.Token()
	if err != nil {
		return false
	}
	if l.wanted[ptr] {
		l.offsets[ptr] = start
	}
	delim, ok := tok.(json.Delim)
	if !ok {
		return true
	}
	for i := 0; l.dec.More(); i++ {
		var child string
		if delim == '{' {
			key, err := l.dec.Token()
			if err != nil {
				return false
			}
			child = ptr + "/" + escapePointer(key.(string))
		} else {
			child = ptr + "/" + strconv.Itoa(i)
		}
		if !l.walk(child) {
			return false
		}
	}
	_, err = l.dec.Token()
	return err == nil
}

var pointerEscaper = strings.NewReplacer("~", "~0", "/", "~1")

func escapePointer(s string) string { return pointerEscaper.Replace(s) }
