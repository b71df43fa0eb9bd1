package suppress

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/icpcheck/icpcheck/engine"
)

// baselineVersion is written into every baseline and the only one read.
const baselineVersion = 1

// Entry is one finding of a baseline: what identifies it across edits of
// the document. The line is left out on purpose, so a finding that moves
// down a file is still the same finding.
type Entry struct {
	Rule    string `json:"rule"`
	File    string `json:"file"` // relative to the baseline file, with slashes
	Website string `json:"website"`
	Domain  string `json:"domain"`
	Action  string `json:"action"`
	// Title is for the person reading the baseline; it is not matched.
	Title string `json:"title,omitempty"`
}

func (e Entry) key() Entry {
	e.Title = ""
	return e
}

type baselineFile struct {
	Version  int     `json:"icpcheck_baseline"`
	Findings []Entry `json:"findings"`
}

// Baseline is a set of accepted findings, read from a file. Each entry
// accepts one finding: two identical findings need two entries, so a third
// one is new.
type Baseline struct {
	source string
	dir    string
	left   map[Entry]int // entries not yet matched in this run
}

// maxBaselineSize bounds a baseline file: a few hundred bytes a finding.
const maxBaselineSize = 64 << 20

// ReadBaseline reads a baseline written by Recorder.Write.
func ReadBaseline(path string) (*Baseline, error) {
	raw, err := engine.ReadFile(path, maxBaselineSize)
	if err != nil {
		return nil, fmt.Errorf("read baseline: %w", err)
	}
	var f baselineFile
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("read baseline %s: %s (write it again with --write-baseline)", path, jsonErrorText(raw, err))
	}
	if f.Version != baselineVersion {
		return nil, fmt.Errorf("read baseline %s: \"icpcheck_baseline\" is %d, this icpcheck reads version %d (write it again with --write-baseline)", path, f.Version, baselineVersion)
	}
	dir, err := filepath.Abs(filepath.Dir(path))
	if err != nil {
		return nil, fmt.Errorf("read baseline: %w", err)
	}
	b := &Baseline{source: path, dir: dir, left: make(map[Entry]int, len(f.Findings))}
	for _, e := range f.Findings {
		b.left[e.key()]++
	}
	return b, nil
}

// jsonErrorText places a JSON decoding error at its line.
func jsonErrorText(raw []byte, err error) string {
	var syntax *json.SyntaxError
	var typeErr *json.UnmarshalTypeError
	offset := int64(-1)
	switch {
	case errors.As(err, &syntax):
		offset = syntax.Offset
	case errors.As(err, &typeErr):
		offset = typeErr.Offset
	}
	if offset < 0 || offset > int64(len(raw)) {
		return err.Error()
	}
	return fmt.Sprintf("line %d: %v", bytes.Count(raw[:offset], []byte("\n"))+1, err)
}

// take consumes the entry a finding matches, if one is left.
func (b *Baseline) take(file string, v engine.Violation) bool {
	k := entryOf(relativeFile(b.dir, file), v)
	if b.left[k] == 0 {
		return false
	}
	b.left[k]--
	return true
}

func entryOf(rel string, v engine.Violation) Entry {
	return Entry{Rule: v.Rule, File: rel, Website: v.Website, Domain: v.Domain, Action: v.Action}
}

// Recorder collects a run's findings for --write-baseline.
type Recorder struct {
	path    string
	dir     string
	entries []Entry
}

// NewRecorder records findings for a baseline to be written at path.
func NewRecorder(path string) (*Recorder, error) {
	dir, err := filepath.Abs(filepath.Dir(path))
	if err != nil {
		return nil, fmt.Errorf("write baseline: %w", err)
	}
	return &Recorder{path: path, dir: dir}, nil
}

// Add records a result's findings, but not those an exception accepts:
// they are accepted already, for a reason and maybe until a date, and a
// baseline entry would outlive that date.
func (r *Recorder) Add(res engine.Result) {
	for _, v := range res.Violations {
		if v.Suppressed != nil && v.Suppressed.Kind != engine.SuppressedByBaseline {
			continue
		}
		e := entryOf(relativeFile(r.dir, res.File), v)
		e.Title = v.Title
		r.entries = append(r.entries, e)
	}
}

// Write writes the baseline: entries sorted, so the same findings always
// give the same bytes and a baseline diff in review shows what changed.
func (r *Recorder) Write() error {
	slices.SortFunc(r.entries, func(a, b Entry) int {
		return strings.Compare(
			strings.Join([]string{a.File, a.Rule, a.Website, a.Domain, a.Action, a.Title}, "\x00"),
			strings.Join([]string{b.File, b.Rule, b.Website, b.Domain, b.Action, b.Title}, "\x00"))
	})
	f := baselineFile{Version: baselineVersion, Findings: r.entries}
	if f.Findings == nil {
		f.Findings = []Entry{}
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(f); err != nil {
		return fmt.Errorf("write baseline: %w", err)
	}
	if err := os.WriteFile(r.path, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("write baseline: %w", err)
	}
	return nil
}

// Len is the number of findings recorded.
func (r *Recorder) Len() int { return len(r.entries) }
