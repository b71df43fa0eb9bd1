package engine

import (
	"bytes"
	"sort"
	"strings"
	"unicode/utf8"

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
	wanted := make(map[string]bool) // the pointers and every prefix of them
	for _, p := range pointers {
		for q := p; ; q = q[:strings.LastIndexByte(q, '/')] {
			wanted[q] = true
			if q == "" {
				break
			}
		}
	}
	offsets := make(map[string]int64)
	dec := jsontext.NewDecoder(bytes.NewBuffer(data)) // a Buffer is read in place, not copied
	for {
		before := dec.InputOffset()
		tok, err := dec.ReadToken()
		if err != nil {
			break // the end, or malformed data: fewer positions
		}
		k := tok.Kind()
		if k == '}' || k == ']' {
			continue
		}
		ptr := string(dec.StackPointer())
		if !wanted[ptr] {
			// Nothing under ptr is wanted either: skip the value instead of
			// naming each of its tokens (a pointer per token costs the
			// depth each time).
			if err := skipUnder(dec, k); err != nil {
				break
			}
			continue
		}
		if _, seen := offsets[ptr]; !seen {
			offsets[ptr] = skipSeparators(data, before)
		}
	}

	found := make(map[string]Position, len(pointers))
	lines := newLineIndex(data)
	for _, p := range pointers {
		for q := p; ; q = q[:strings.LastIndexByte(q, '/')] {
			if off, ok := offsets[q]; ok {
				line, col := lines.position(off)
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

// skipUnder skips the rest of the value that the token of kind k just read
// begins: an object member's value after its name, an array or object's
// contents after its opening bracket; a scalar is already whole.
func skipUnder(dec *jsontext.Decoder, k jsontext.Kind) error {
	switch container, n := dec.StackIndex(dec.StackDepth()); {
	case k == '{' || k == '[':
		return skipContainer(dec)
	case container == '{' && n%2 == 1: // a member's name
		return dec.SkipValue()
	}
	return nil
}

// skipContainer reads the rest of the array or object the decoder is in,
// its closing bracket included.
func skipContainer(dec *jsontext.Decoder) error {
	for depth := dec.StackDepth(); ; {
		if dec.StackDepth() < depth {
			return nil
		}
		if k := dec.PeekKind(); k == '}' || k == ']' {
			_, err := dec.ReadToken()
			if err != nil {
				return err
			}
			continue
		}
		if err := dec.SkipValue(); err != nil {
			return err
		}
	}
}

// lineIndex turns byte offsets into lines and columns without rescanning
// the document for each: it holds where every line starts.
type lineIndex struct {
	data   []byte
	starts []int64
}

func newLineIndex(data []byte) lineIndex {
	starts := []int64{0}
	for i, b := range data {
		if b == '\n' {
			starts = append(starts, int64(i+1))
		}
	}
	return lineIndex{data, starts}
}

// position is the 1-based line and character column of a byte offset.
func (x lineIndex) position(off int64) (int, int) {
	off = min(max(off, 0), int64(len(x.data)))
	line := sort.Search(len(x.starts), func(i int) bool { return x.starts[i] > off }) // 1-based
	return line, utf8.RuneCount(x.data[x.starts[line-1]:off]) + 1
}

var pointerEscaper = strings.NewReplacer("~", "~0", "/", "~1")

func escapePointer(s string) string { return pointerEscaper.Replace(s) }
