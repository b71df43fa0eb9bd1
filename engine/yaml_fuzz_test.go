package engine

import (
	"encoding/json"
	"testing"
)

// FuzzReadYAML: splitting a YAML stream and decoding each document never
// panics, every rejection says why and where (within the stream's lines),
// what is accepted re-encodes as JSON, and every pointer is placed.
func FuzzReadYAML(f *testing.F) {
	seedCorpus(f, "*/*.yaml")
	f.Add([]byte("a: &a [1]\nb: *a\n"))
	f.Add([]byte("--- {kind: A}\n...\n---\nkind: B\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		// Lines as YAML counts them: a line ends at LF, CRLF or a lone CR.
		lines := 1
		for i, b := range data {
			if b == '\n' || (b == '\r' && (i+1 == len(data) || data[i+1] != '\n')) {
				lines++
			}
		}
		for _, doc := range splitYAML(data) {
			v, ierr := decodeYAML(doc.Data, DefaultLimits().MaxDepth)
			if ierr != nil {
				if ierr.Message == "" || ierr.Line < 0 || ierr.Line > lines+1 || ierr.Column < 0 {
					t.Fatalf("bad error %+v for %q", ierr, doc.Data)
				}
				continue
			}
			if _, err := json.Marshal(v); err != nil {
				t.Fatalf("accepted document does not re-encode: %v", err)
			}
			for _, pos := range locateYAML(doc.Data, []string{"", "/kind", "/websites/0/domains/1", "/a~1b"}) {
				if pos.Line < 1 || pos.Line > lines+1 {
					t.Fatalf("position %+v outside the stream's %d lines", pos, lines)
				}
			}
		}
	})
}
