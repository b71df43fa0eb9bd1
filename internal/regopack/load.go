// Package regopack loads a Rego policy pack, the embedded one (policies.FS)
// and files on disk, with or without its unit tests, and runs those tests
// with OPA's tester and cover packages, as `opa test` does. `icpcheck test`,
// `icpcheck bundle` and the Go test of the embedded pack share it.
package regopack

import (
	"fmt"
	"io/fs"
	"path"
	"path/filepath"
	"reflect"
	"sort"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/loader"
	"github.com/open-policy-agent/opa/v1/util"
)

// PackDir names the embedded pack's files the way they lie in the
// repository (policies/icp/filing/main.rego), so that test locations and
// coverage read as they do in `opa test policies/`.
const PackDir = "policies"

// schemaDir is the pack's folder of JSON Schemas: read for type checking,
// never loaded as data.
const schemaDir = "schemas"

// Set is Rego modules and the data they read.
type Set struct {
	Files map[string]*loader.RegoFile // by file name
	Data  map[string]any
}

// NewSet returns an empty set.
func NewSet() *Set {
	return &Set{Files: map[string]*loader.RegoFile{}, Data: map[string]any{}}
}

// Modules returns the parsed modules by file name.
func (s *Set) Modules() map[string]*ast.Module {
	out := make(map[string]*ast.Module, len(s.Files))
	for name, f := range s.Files {
		out[name] = f.Parsed
	}
	return out
}

// Names returns the file names, sorted.
func (s *Set) Names() []string {
	names := make([]string, 0, len(s.Files))
	for name := range s.Files {
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}

// DropRego removes every module, keeping the data (--no-builtin).
func (s *Set) DropRego() { s.Files = map[string]*loader.RegoFile{} }

// Add puts o's modules and data into s. A module of the same file name
// replaces s's; data merge key by key, and two different values at one path
// are an error, as they are when `opa test` loads them.
func (s *Set) Add(o *Set) error {
	for name, f := range o.Files {
		s.Files[name] = f
	}
	return mergeData(s.Data, o.Data, nil)
}

// Pack loads the embedded pack: its Rego (with the _test.rego files when
// tests is true) and its data, leaving out schemas/.
func Pack(pack fs.FS, tests bool) (*Set, error) {
	res, err := newLoader().WithFS(prefixFS{PackDir, pack}).Filtered([]string{PackDir}, func(p string, info fs.FileInfo, depth int) bool {
		if info.IsDir() {
			return depth == 1 && info.Name() == schemaDir
		}
		return !tests && IsTest(info.Name())
	})
	if err != nil {
		return nil, fmt.Errorf("load embedded policies: %w", err)
	}
	return fromResult(res), nil
}

// Paths loads files and folders from disk. With tests, it loads what
// `opa test PATH...` loads: Rego files with their tests and JSON or YAML
// data. Without, only the Rego files that are not tests, as -p does.
func Paths(paths []string, tests bool) (*Set, error) {
	if len(paths) == 0 {
		return NewSet(), nil
	}
	if err := checkRegular(paths); err != nil {
		return nil, fmt.Errorf("load %s: %w", strings.Join(paths, ", "), err)
	}
	var filter loader.Filter
	if !tests {
		filter = func(_ string, info fs.FileInfo, _ int) bool {
			return !info.IsDir() && (filepath.Ext(info.Name()) != ".rego" || IsTest(info.Name()))
		}
	}
	res, err := newLoader().Filtered(paths, filter)
	if err != nil {
		return nil, fmt.Errorf("load %s: %w", strings.Join(paths, ", "), err)
	}
	return fromResult(res), nil
}

// Schemas reads the pack's JSON Schemas into the set the type checker
// resolves `schema.` references against: schemas/filing/v1.json is
// schema.filing.v1, as `opa check -s policies/schemas` names it. (OPA's
// loader.Schemas reads only from disk; the pack is embedded.)
func Schemas(pack fs.FS) (*ast.SchemaSet, error) {
	ss := ast.NewSchemaSet()
	err := fs.WalkDir(pack, schemaDir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || path.Ext(p) != ".json" {
			return err
		}
		bs, err := fs.ReadFile(pack, p)
		if err != nil {
			return err
		}
		var schema any
		if err := util.Unmarshal(bs, &schema); err != nil {
			return fmt.Errorf("%s/%s: %w", PackDir, p, err)
		}
		ref := ast.Ref{ast.SchemaRootDocument}
		for _, part := range strings.Split(strings.TrimSuffix(strings.TrimPrefix(p, schemaDir+"/"), ".json"), "/") {
			ref = append(ref, ast.StringTerm(part))
		}
		ss.Put(ref, schema)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("load schemas: %w", err)
	}
	return ss, nil
}

// IsTest reports whether a file name is a Rego unit test file.
func IsTest(name string) bool { return strings.HasSuffix(name, "_test.rego") }

func newLoader() loader.FileLoader {
	return loader.NewFileLoader().WithProcessAnnotation(true).WithRegoVersion(ast.RegoV1)
}

func fromResult(res *loader.Result) *Set {
	s := &Set{Files: make(map[string]*loader.RegoFile, len(res.Modules)), Data: res.Documents}
	for _, f := range res.Modules {
		s.Files[f.Name] = f
	}
	return s
}

// mergeData merges src into dst; objects merge key by key, equal values are
// fine, two different values at one path are an error.
func mergeData(dst, src map[string]any, at []string) error {
	for k, v := range src {
		here := append(at[:len(at):len(at)], k)
		old, ok := dst[k]
		if !ok {
			dst[k] = v
			continue
		}
		oldObj, oldIsObj := old.(map[string]any)
		newObj, newIsObj := v.(map[string]any)
		switch {
		case oldIsObj && newIsObj:
			if err := mergeData(oldObj, newObj, here); err != nil {
				return err
			}
		case !reflect.DeepEqual(old, v):
			return fmt.Errorf("data conflict at data.%s: two files give it different values", strings.Join(here, "."))
		}
	}
	return nil
}

// prefixFS shows fsys as the folder dir: dir/x is fsys's x.
type prefixFS struct {
	dir  string
	fsys fs.FS
}

func (p prefixFS) Open(name string) (fs.File, error) {
	switch {
	case name == p.dir:
		return p.fsys.Open(".")
	case strings.HasPrefix(name, p.dir+"/"):
		return p.fsys.Open(strings.TrimPrefix(name, p.dir+"/"))
	}
	return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
}
