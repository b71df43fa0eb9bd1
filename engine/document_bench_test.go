package engine

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"
)

// Hostile shapes from issue 13: an object nested 9,990 deep (54 KB), and a
// flat array of numbers at depth 1,000 (the error path once computed a
// JSON pointer of 1,000 segments per token). Each must fail fast at
// --max-depth.
func BenchmarkDecodeDeepObject(b *testing.B) {
	doc := []byte(`{"kind":"FilingSnapshot","version":1,"x":` + strings.Repeat(`{"a":`, 9990) + "1" + strings.Repeat("}", 9990) + "}")
	benchDecodeError(b, doc)
}

func BenchmarkDecodeWideAtDepth(b *testing.B) {
	doc := []byte(`{"x":` + strings.Repeat("[", 1000) + strings.Repeat("1,", 250_000) + "1" + strings.Repeat("]", 1000) + "}")
	benchDecodeError(b, doc)
}

func benchDecodeError(b *testing.B, doc []byte) {
	b.SetBytes(int64(len(doc)))
	b.ReportAllocs()
	for b.Loop() {
		if _, ierr := decodeDocument(context.Background(), doc, 64); ierr == nil || ierr.Line == 0 {
			b.Fatalf("decoded a document nested past the limit: %+v", ierr)
		}
	}
}

// BenchmarkDecodeSnapshot is the common case: a large valid snapshot.
func BenchmarkDecodeSnapshot(b *testing.B) {
	doc := []byte(bigSnapshot(2000))
	b.SetBytes(int64(len(doc)))
	b.ReportAllocs()
	for b.Loop() {
		if _, ierr := decodeDocument(context.Background(), doc, 64); ierr != nil {
			b.Fatal(ierr.Message)
		}
	}
}

// BenchmarkLocateManyPointers places one pointer per website of a large
// snapshot, as placing thousands of violations does.
func BenchmarkLocateManyPointers(b *testing.B) {
	doc := []byte(bigSnapshot(2000))
	ptrs := make([]string, 2000)
	for i := range ptrs {
		ptrs[i] = fmt.Sprintf("/websites/%d/domains/0", i)
	}
	b.SetBytes(int64(len(doc)))
	b.ReportAllocs()
	for b.Loop() {
		if got := locate(doc, ptrs); len(got) != len(ptrs) {
			b.Fatalf("placed %d of %d", len(got), len(ptrs))
		}
	}
}

// bigSnapshot is a valid snapshot of n websites, one domain each, pretty
// printed (one value a line), all filed and served by one provider.
func bigSnapshot(n int) string {
	var b strings.Builder
	b.WriteString(`{
  "kind": "FilingSnapshot",
  "version": 1,
  "as_of": "2026-11-20T08:00:00Z",
  "subject": {"name": "Example Co.", "type": "enterprise", "province": "ZJ", "icp_number": "浙ICP备12345678号", "status": "active"},
  "websites": [`)
	for i := range n {
		if i > 0 {
			b.WriteString(",")
		}
		fmt.Fprintf(&b, `
    {
      "id": "site%d",
      "name": "Site %d",
      "domains": [
        "site%d.example.com"
      ],
      "icp_number": "浙ICP备12345678号-%d",
      "status": "active",
      "access": [{"provider": "other-cloud", "status": "active"}]
    }`, i, i, i, i+1)
	}
	b.WriteString("\n  ],\n  \"hosting\": [")
	for i := range n {
		if i > 0 {
			b.WriteString(",")
		}
		fmt.Fprintf(&b, "\n    {\"domain\": \"site%d.example.com\", \"provider\": \"other-cloud\", \"mainland\": true}", i)
	}
	b.WriteString("\n  ]\n}\n")
	return b.String()
}

// BenchmarkCheckManyWebsites: the policies on one snapshot of 2,000
// websites, which took seconds while rules scanned the websites once per
// domain and per number (issue 13).
func BenchmarkCheckManyWebsites(b *testing.B) {
	e := newTestEngine(b, Config{})
	in := Input{Name: "many.json", Dir: ".", Data: []byte(bigSnapshot(2000))}
	opts := Options{Limits: Limits{MaxSize: 10 << 20, MaxDepth: 64, Timeout: time.Minute}}
	b.ReportAllocs()
	for b.Loop() {
		if r := e.checkDocument(context.Background(), in, opts); r.Err != nil || len(r.Accessibility) != 2000 {
			b.Fatalf("%+v, %d domains", r.Err, len(r.Accessibility))
		}
	}
}
