package engine

import (
	"bytes"
	"context"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/go-json-experiment/json/jsontext"

	_ "github.com/icpcheck/icpcheck/internal/golden" // accept -update like every test binary
)

func TestDecodeDocumentErrors(t *testing.T) {
	tests := []struct {
		name      string
		doc       string
		line, col int
		contains  string
	}{
		{"syntax", "{\n  \"kind\": \"FilingSnapshot\",\n  \"version\": 1,,\n}", 3, 16, "invalid JSON"},
		{"unclosed", "{\n  \"kind\": \"FilingSnapshot\"", 2, 27, "ends early"},
		{"duplicate key", "{\"kind\": \"a\",\n \"kind\": \"b\"}", 2, 2, `duplicate key "kind"`},
		{"nested duplicate", "{\"a\": [{\"x\": 1, \"x\": 2}]}", 1, 17, "at /a/0"},
		{"trailing data", "{\"kind\": \"a\"}\n{}", 2, 1, "after the end of the document"},
		{"empty", " \n ", 0, 0, "empty document"},
		{"invalid utf8", "{\"name\": \"\xff\"}", 1, 11, "invalid UTF-8"},
		{"huge number", "{\"n\": 1e999}", 1, 7, "too large"},
		{"deep nesting", strings.Repeat("[", 65) + strings.Repeat("]", 65), 1, 65, "nesting deeper"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := decodeDocument(context.Background(), []byte(tt.doc), 64)
			if err == nil {
				t.Fatalf("decodeDocument(%q) succeeded, want an error", tt.doc)
			}
			if !strings.Contains(err.Message, tt.contains) {
				t.Errorf("message %q does not contain %q", err.Message, tt.contains)
			}
			if err.Line != tt.line || err.Column != tt.col {
				t.Errorf("position = %d:%d, want %d:%d (%s)", err.Line, err.Column, tt.line, tt.col, err.Message)
			}
		})
	}
}

func TestDecodeDocumentAccepts(t *testing.T) {
	doc := "\xEF\xBB\xBF{\"kind\": \"FilingSnapshot\", \"n\": 12345678901234567890, \"s\": \"浙ICP备1号\", \"a\": [true, null]}"
	v, err := decodeDocument(context.Background(), []byte(doc), 64)
	if err != nil {
		t.Fatalf("decodeDocument: %s", err.Message)
	}
	obj := v.(map[string]any)
	if obj["kind"] != "FilingSnapshot" || obj["s"] != "浙ICP备1号" {
		t.Errorf("decoded %v", obj)
	}
	if n := obj["n"]; n == nil || n.(interface{ String() string }).String() != "12345678901234567890" {
		t.Errorf("number lost precision: %v", n)
	}
}

func TestLocate(t *testing.T) {
	doc := "{\n  \"websites\": [\n    {\"id\": \"shop\",\n     \"domains\": [\"a.cn\", \"b.cn\"]}\n  ],\n  \"x/y\": 1\n}"
	got := locate([]byte(doc), []string{"/websites/0", "/websites/0/domains/1", "/websites/0/missing", "/x~1y", "/nope/deeper", ""})
	want := map[string]Position{
		"/websites/0":           {3, 5},
		"/websites/0/domains/1": {4, 26},
		"/websites/0/missing":   {3, 5}, // falls back to the object that lacks it
		"/x~1y":                 {6, 3}, // an object member: at its key
		"/nope/deeper":          {1, 1},
		"":                      {1, 1},
	}
	for p, w := range want {
		if got[p] != w {
			t.Errorf("locate %q = %v, want %v", p, got[p], w)
		}
	}
}

// TestDecodeStopsAtMaxDepth: the reader stops at the first value nested
// past the limit, so what follows (here, not even JSON) is never read.
func TestDecodeStopsAtMaxDepth(t *testing.T) {
	doc := `{"kind": "FilingSnapshot",
 "x": {"b": ` + strings.Repeat(`{"a": `, 9990) + "\x00 this is never read"
	_, err := decodeDocument(context.Background(), []byte(doc), 64)
	if err == nil || !strings.Contains(err.Message, "64-level limit at /x/b/a/a") || err.Line != 2 || err.Pointer == "" {
		t.Fatalf("got %+v, want the depth error at line 2", err)
	}
	if got := strings.Count(err.Pointer, "/"); got != 64 {
		t.Errorf("pointer has %d segments, want 64: %s", got, err.Pointer)
	}
}

func TestDecodeHonoursTheDeadline(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	doc := `{"x": [` + strings.Repeat("1,", 10000) + "1]}"
	if _, err := decodeDocument(ctx, []byte(doc), 64); err == nil || !strings.Contains(err.Message, "took longer than the time limit") || err.Setting != SettingTimeout {
		t.Errorf("a document read after its deadline: %+v", err)
	}
}

func TestTimeoutCoversReading(t *testing.T) {
	e := newTestEngine(t, Config{})
	doc := []byte(`{"kind": "FilingSnapshot", "version": 1, "x": [` + strings.Repeat("1,", 100000) + "1]}")
	res := checkAll(t, e, Options{Limits: Limits{Timeout: time.Nanosecond}}, doc)[0]
	if res.Err == nil || !strings.Contains(res.Err.Message, "reading the document took longer than the 1ns limit") || res.Err.Setting != SettingTimeout {
		t.Errorf("got %+v", res.Err)
	}
}

// TestLocateSkipsOnlyWhatIsNotWanted: locate skips the values that no
// pointer reaches; where it places every pointer of a document, each alone
// and all at once, it agrees with a reading of every token.
func TestLocateSkipsOnlyWhatIsNotWanted(t *testing.T) {
	data := []byte(bigSnapshot(3))
	every := everyPointer(t, data)
	want := map[string]Position{}
	lines := newLineIndex(data)
	for p, off := range every {
		line, col := lines.position(off)
		want[p] = Position{Line: line, Column: col}
	}
	var all []string
	for p := range every {
		all = append(all, p, p+"/missing")
		if got := locate(data, []string{p}); got[p] != want[p] {
			t.Errorf("%s alone: %v, want %v", p, got[p], want[p])
		}
	}
	got := locate(data, all)
	for p := range every {
		if got[p] != want[p] || got[p+"/missing"] != want[p] {
			t.Errorf("%s among all: %v (%v missing), want %v", p, got[p], got[p+"/missing"], want[p])
		}
	}
}

// everyPointer: the offset of the first token of each pointer of data.
func everyPointer(t *testing.T, data []byte) map[string]int64 {
	t.Helper()
	offsets := map[string]int64{}
	dec := jsontext.NewDecoder(bytes.NewReader(data))
	for {
		before := dec.InputOffset()
		tok, err := dec.ReadToken()
		if err == io.EOF {
			return offsets
		}
		if err != nil {
			t.Fatal(err)
		}
		if k := tok.Kind(); k == '}' || k == ']' {
			continue
		}
		if ptr := string(dec.StackPointer()); offsets[ptr] == 0 && ptr != "" {
			offsets[ptr] = skipSeparators(data, before)
		}
	}
}
