package output

import (
	"bytes"
	"encoding/json"
	"io"

	"github.com/icpcheck/icpcheck/engine"
)

// jsonFormatter writes the one JSON object of the README ("JSON output"),
// streaming: each result is written as soon as it arrives.
type jsonFormatter struct {
	w     io.Writer
	count int
}

func newJSON(w io.Writer, _ Options) Formatter { return &jsonFormatter{w: w} }

type jsonChecked struct {
	File          string               `json:"file"`
	Kind          string               `json:"kind"`
	Violations    []engine.Violation   `json:"violations"`
	Accessibility []engine.DomainState `json:"accessibility"`
	Consequences  []engine.Consequence `json:"consequences"`
	Notes         []string             `json:"notes,omitempty"`
}

type jsonFailed struct {
	File  string             `json:"file"`
	Kind  string             `json:"kind,omitempty"`
	Error *engine.InputError `json:"error"`
}

func (f *jsonFormatter) Begin() error {
	_, err := io.WriteString(f.w, "{\n  \"results\": [")
	return err
}

func (f *jsonFormatter) Result(r engine.Result) error {
	var v any = jsonFailed{File: r.File, Kind: r.Kind, Error: r.Err}
	if r.Err == nil {
		v = jsonChecked{
			File:          r.File,
			Kind:          r.Kind,
			Violations:    nonNil(r.Violations),
			Accessibility: nonNil(r.Accessibility),
			Consequences:  nonNil(r.Consequences),
			Notes:         r.Notes,
		}
	}
	sep := "\n    "
	if f.count > 0 {
		sep = ",\n    "
	}
	f.count++
	return writeIndented(f.w, sep, v, "    ")
}

func (f *jsonFormatter) End(s Summary) error {
	closing := "],\n"
	if f.count > 0 {
		closing = "\n  ],\n"
	}
	if len(s.Notices) > 0 {
		if err := writeIndented(f.w, closing+"  \"notices\": ", s.Notices, "  "); err != nil {
			return err
		}
		closing = ",\n"
	}
	if _, err := io.WriteString(f.w, closing+"  \"summary\": "); err != nil {
		return err
	}
	if err := writeIndented(f.w, "", s, "  "); err != nil {
		return err
	}
	_, err := io.WriteString(f.w, "\n}\n")
	return err
}

func writeIndented(w io.Writer, before string, v any, prefix string) error {
	var buf bytes.Buffer
	buf.WriteString(before)
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent(prefix, "  ")
	if err := enc.Encode(v); err != nil {
		return err
	}
	_, err := w.Write(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
	return err
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
