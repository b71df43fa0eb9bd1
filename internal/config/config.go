// Package config reads .icpcheck.yaml, the file that keeps a repository's
// icpcheck settings and exceptions next to its documents. Reading is
// strict: an unknown key, a wrong type or a bad date is an error that
// names the key and its line, with a did-you-mean for a misspelt key.
package config

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/agnivade/levenshtein"
	"go.yaml.in/yaml/v3"

	"github.com/icpcheck/icpcheck/engine"
	"github.com/icpcheck/icpcheck/internal/suppress"
)

// FileName is the name looked up from the working directory upward.
const FileName = ".icpcheck.yaml"

// maxSize bounds the config file read: a config file is a few KiB.
const maxSize = 1 << 20

// File is one config file's settings. Paths are made relative to the
// working directory (they are written relative to the file). A key absent
// from the file leaves its field zero and Has false.
type File struct {
	Path       string // the file read
	Filing     string
	Output     string
	FailOnWarn bool
	Policies   []string
	Data       []string
	Jobs       int
	Exceptions []suppress.Exception

	lines map[string]int // line of each top-level key present
}

// Has reports whether the file sets a top-level key.
func (f *File) Has(key string) bool {
	if f == nil {
		return false
	}
	_, ok := f.lines[key]
	return ok
}

// ExceptionList is the file's exceptions; none for a nil File.
func (f *File) ExceptionList() []suppress.Exception {
	if f == nil {
		return nil
	}
	return f.Exceptions
}

// Where names the place of a top-level key, "file:line", for errors found
// after reading (a value the command then rejects).
func (f *File) Where(key string) string {
	return fmt.Sprintf("%s:%d", f.Path, f.lines[key])
}

// Keys of the file, in the order `config init` writes them.
var topKeys = []string{"filing", "output", "fail_on_warn", "policies", "data", "jobs", "exceptions"}

var exceptionKeys = []string{"rule", "website", "domain", "path", "reason", "expires"}

// Error is a mistake in the config file, at a line.
type Error struct {
	File string
	Line int
	Msg  string
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Msg)
}

// Find looks for FileName in dir and each folder above it, up to the root
// of the repository dir is in (the folder holding .git). Outside a
// repository only dir itself is looked at, so that a stray file in a home
// folder never configures a run. It returns "" when there is none.
func Find(dir string) (string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", fmt.Errorf("find %s: %w", FileName, err)
	}
	var dirs []string
	inRepo := false
	for d := dir; ; d = filepath.Dir(d) {
		dirs = append(dirs, d)
		if _, err := os.Lstat(filepath.Join(d, ".git")); err == nil {
			inRepo = true
			break
		}
		if filepath.Dir(d) == d {
			break
		}
	}
	if !inRepo {
		dirs = dirs[:1]
	}
	for _, d := range dirs {
		path := filepath.Join(d, FileName)
		if _, err := os.Stat(path); err == nil {
			return path, nil
		} else if !errors.Is(err, fs.ErrNotExist) {
			return "", fmt.Errorf("find %s: %w", FileName, err)
		}
	}
	return "", nil
}

// Load reads and checks a config file.
func Load(path string) (*File, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("read config: %w", err)
	}
	if !info.Mode().IsRegular() {
		return nil, &Error{File: path, Msg: "not a regular file: give a YAML file with --config"}
	}
	if info.Size() > maxSize {
		return nil, &Error{File: path, Msg: fmt.Sprintf("larger than %d KiB: a config file holds settings and exceptions only", maxSize>>10)}
	}
	// Read through the engine's reader: a named pipe swapped in, or a /proc
	// file (which reports a size of 0), is refused rather than read.
	raw, err := engine.ReadFile(path, maxSize)
	if err != nil {
		return nil, fmt.Errorf("read config: %w", err)
	}
	return Parse(path, raw)
}

// Parse checks the YAML text of a config file read from path.
func Parse(path string, raw []byte) (*File, error) {
	p := &parser{file: path, dir: filepath.Dir(path)}
	f := &File{Path: path, lines: make(map[string]int)}
	var doc yaml.Node
	if err := yaml.Unmarshal(raw, &doc); err != nil {
		return nil, p.yamlError(err)
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return f, nil // an empty file sets nothing
	}
	root := doc.Content[0]
	if root.Kind == yaml.ScalarNode && root.Tag == "!!null" {
		return f, nil
	}
	if root.Kind != yaml.MappingNode {
		return nil, p.errorf(root, "the file must be a mapping of keys such as output: and exceptions:")
	}
	for i := 0; i < len(root.Content); i += 2 {
		if k := root.Content[i]; k.Value == "lang" {
			return nil, p.errorf(k, "lang: this icpcheck reports in English only (Chinese output is not built yet); remove the key")
		}
	}
	err := p.mapping(root, "", topKeys, func(key string, v *yaml.Node) error {
		f.lines[key] = v.Line
		var err error
		switch key {
		case "filing":
			f.Filing, err = p.path(v, key)
		case "output":
			f.Output, err = p.str(v, key)
		case "fail_on_warn":
			f.FailOnWarn, err = p.boolean(v, key)
		case "policies":
			f.Policies, err = p.paths(v, key)
		case "data":
			f.Data, err = p.paths(v, key)
		case "jobs":
			f.Jobs, err = p.integer(v, key)
			if err == nil && f.Jobs < 1 {
				err = p.errorf(v, "jobs: %d: give at least 1", f.Jobs)
			}
		case "exceptions":
			f.Exceptions, err = p.exceptions(v)
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	return f, nil
}

type parser struct {
	file string
	dir  string // paths in the file are relative to it
}

func (p *parser) errorf(n *yaml.Node, format string, args ...any) error {
	return &Error{File: p.file, Line: n.Line, Msg: fmt.Sprintf(format, args...)}
}

// yamlError keeps the line of a YAML syntax error ("yaml: line 3: ...").
func (p *parser) yamlError(err error) error {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	if rest, ok := strings.CutPrefix(msg, "line "); ok {
		if num, text, ok := strings.Cut(rest, ": "); ok {
			if line, convErr := strconv.Atoi(num); convErr == nil {
				return &Error{File: p.file, Line: line, Msg: "not valid YAML: " + text}
			}
		}
	}
	return &Error{File: p.file, Msg: "not valid YAML: " + msg}
}

// mapping walks a mapping's keys, rejecting unknown and repeated ones.
func (p *parser) mapping(n *yaml.Node, where string, known []string, each func(key string, v *yaml.Node) error) error {
	seen := make(map[string]int)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		name := where + k.Value
		if k.Kind != yaml.ScalarNode {
			return p.errorf(k, "%skeys must be plain names", where)
		}
		if !slices.Contains(known, k.Value) {
			return p.errorf(k, "unknown key %q%s; known keys: %s", name, didYouMean(k.Value, known), strings.Join(known, ", "))
		}
		if line, dup := seen[k.Value]; dup {
			return p.errorf(k, "key %q is repeated (first on line %d)", name, line)
		}
		seen[k.Value] = k.Line
		if err := each(k.Value, v); err != nil {
			return err
		}
	}
	return nil
}

// str reads a string of one line. Control characters are refused: the
// strings of the file reach terminals, logs and annotations.
func (p *parser) str(n *yaml.Node, key string) (string, error) {
	if n.Kind != yaml.ScalarNode || n.Tag != "!!str" {
		return "", p.errorf(n, "%s: want a string, got %s", key, describe(n))
	}
	s := strings.TrimSpace(n.Value)
	if i := strings.IndexFunc(s, unicode.IsControl); i >= 0 {
		r, _ := utf8.DecodeRuneInString(s[i:])
		return "", p.errorf(n, "%s: the value holds a control character (%q): write it on one line, in plain text", key, r)
	}
	return s, nil
}

func (p *parser) boolean(n *yaml.Node, key string) (bool, error) {
	if n.Kind != yaml.ScalarNode || n.Tag != "!!bool" {
		return false, p.errorf(n, "%s: want true or false, got %s", key, describe(n))
	}
	var b bool
	err := n.Decode(&b)
	return b, err
}

func (p *parser) integer(n *yaml.Node, key string) (int, error) {
	if n.Kind != yaml.ScalarNode || n.Tag != "!!int" {
		return 0, p.errorf(n, "%s: want a whole number, got %s", key, describe(n))
	}
	var i int
	if err := n.Decode(&i); err != nil {
		return 0, p.errorf(n, "%s: %v", key, err)
	}
	return i, nil
}

// path reads a path written relative to the config file.
func (p *parser) path(n *yaml.Node, key string) (string, error) {
	s, err := p.str(n, key)
	if err != nil || s == "" {
		if err == nil {
			err = p.errorf(n, "%s: the path is empty", key)
		}
		return "", err
	}
	if filepath.IsAbs(s) {
		return s, nil
	}
	return filepath.Join(p.dir, s), nil
}

func (p *parser) paths(n *yaml.Node, key string) ([]string, error) {
	if n.Kind != yaml.SequenceNode {
		return nil, p.errorf(n, "%s: want a list of paths (- path), got %s", key, describe(n))
	}
	out := make([]string, 0, len(n.Content))
	for _, item := range n.Content {
		s, err := p.path(item, key+" entry")
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, nil
}

func (p *parser) exceptions(n *yaml.Node) ([]suppress.Exception, error) {
	if n.Kind != yaml.SequenceNode {
		return nil, p.errorf(n, "exceptions: want a list of entries (- rule: ...), got %s", describe(n))
	}
	absDir, err := filepath.Abs(p.dir)
	if err != nil {
		return nil, fmt.Errorf("read config: %w", err)
	}
	out := make([]suppress.Exception, 0, len(n.Content))
	for _, item := range n.Content {
		if item.Kind != yaml.MappingNode {
			return nil, p.errorf(item, "exceptions entry: want a mapping with rule: and reason:, got %s", describe(item))
		}
		e := suppress.Exception{Dir: absDir, Source: fmt.Sprintf("%s:%d", p.file, item.Line)}
		err := p.mapping(item, "exceptions.", exceptionKeys, func(key string, v *yaml.Node) error {
			var err error
			switch key {
			case "rule":
				e.Rule, err = p.str(v, "exceptions.rule")
			case "website":
				e.Website, err = p.str(v, "exceptions.website")
			case "domain":
				e.Domain, err = p.str(v, "exceptions.domain")
			case "path":
				e.Path, err = p.str(v, "exceptions.path")
			case "reason":
				e.Reason, err = p.str(v, "exceptions.reason")
			case "expires":
				e.Expires, err = p.date(v, "exceptions.expires")
			}
			return err
		})
		if err != nil {
			return nil, err
		}
		switch {
		case strings.TrimSpace(e.Rule) == "":
			return nil, p.errorf(item, "exceptions entry: rule: is required (the rule ID, e.g. ICP101)")
		case strings.TrimSpace(e.Reason) == "":
			return nil, p.errorf(item, "exceptions entry for %s: reason: is required: say why the finding is accepted", e.Rule)
		}
		if err := e.Compile(); err != nil {
			return nil, p.errorf(item, "exceptions entry for %s: %v", e.Rule, err)
		}
		out = append(out, e)
	}
	return out, nil
}

// date reads YYYY-MM-DD; YAML tags such a value as a timestamp.
func (p *parser) date(n *yaml.Node, key string) (time.Time, error) {
	if n.Kind == yaml.ScalarNode && (n.Tag == "!!str" || n.Tag == "!!timestamp") {
		if t, err := time.Parse(time.DateOnly, n.Value); err == nil {
			return t, nil
		}
	}
	return time.Time{}, p.errorf(n, "%s: %q is not a date: write it as YYYY-MM-DD, e.g. 2026-12-31", key, n.Value)
}

// describe names what a node holds, for a type error.
func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.SequenceNode:
		return "a list"
	case yaml.MappingNode:
		return "a mapping"
	case yaml.AliasNode:
		return "an alias"
	}
	switch n.Tag {
	case "!!null":
		return "nothing"
	case "!!str":
		return fmt.Sprintf("the string %q", n.Value)
	}
	return fmt.Sprintf("%s %s", strings.TrimPrefix(n.Tag, "!!"), n.Value)
}

// didYouMean suggests the known key closest to a misspelt one.
func didYouMean(key string, known []string) string {
	best, bestDist := "", max(2, len(key)/3)+1
	for _, k := range known {
		if d := levenshtein.ComputeDistance(strings.ToLower(key), k); d < bestDist {
			best, bestDist = k, d
		}
	}
	if best == "" {
		return ""
	}
	return fmt.Sprintf(" (did you mean %q?)", best)
}
