package engine

import (
	"fmt"
	"io/fs"
	"path"
	"path/filepath"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/loader"
)

// packPrefix names the embedded policy files in error messages and
// annotations the way they are laid out in the repository.
const packPrefix = "policies/"

// policySet is the Rego and data that one engine evaluates.
type policySet struct {
	modules map[string]*ast.Module
	data    map[string]any
}

// loadPolicies gathers the embedded pack (unless cfg.NoBuiltin drops its
// Rego), the -p files and folders, and the data with -d files merged over
// the pack's own.
func loadPolicies(cfg Config) (policySet, error) {
	set := policySet{modules: make(map[string]*ast.Module), data: make(map[string]any)}
	if cfg.Pack != nil {
		res, err := regoLoader().WithFS(cfg.Pack).Filtered([]string{"."}, skipPackFiles)
		if err != nil {
			return set, fmt.Errorf("load embedded policies: %w", err)
		}
		if !cfg.NoBuiltin {
			for name, f := range res.Modules {
				set.modules[packPrefix+strings.TrimPrefix(name, "./")] = f.Parsed
			}
		}
		set.data = res.Documents
	}
	if len(cfg.Policies) > 0 {
		res, err := regoLoader().Filtered(cfg.Policies, onlyPolicies)
		if err != nil {
			return set, fmt.Errorf("load policies %s: %w", strings.Join(cfg.Policies, ", "), err)
		}
		for name, f := range res.Modules {
			set.modules[name] = f.Parsed
		}
	}
	for _, file := range cfg.Data {
		res, err := loader.NewFileLoader().All([]string{file})
		if err != nil {
			return set, fmt.Errorf("load data %s: %w", file, err)
		}
		overlay(set.data, res.Documents)
	}
	if len(set.modules) == 0 {
		return set, fmt.Errorf("no policies to evaluate: --no-builtin needs at least one -p file or folder")
	}
	return set, nil
}

func regoLoader() loader.FileLoader {
	return loader.NewFileLoader().WithProcessAnnotation(true).WithRegoVersion(ast.RegoV1)
}

// skipPackFiles keeps the pack's policies and data, leaving out unit tests
// (not evaluated) and the JSON Schemas (read by the validator, not data).
func skipPackFiles(p string, info fs.FileInfo, _ int) bool {
	if info.IsDir() {
		return path.Base(p) == "schemas"
	}
	return isTest(info.Name())
}

// onlyPolicies keeps the Rego files of -p paths, leaving out their tests.
func onlyPolicies(_ string, info fs.FileInfo, _ int) bool {
	if info.IsDir() {
		return false
	}
	return filepath.Ext(info.Name()) != ".rego" || isTest(info.Name())
}

func isTest(name string) bool { return strings.HasSuffix(name, "_test.rego") }

// overlay merges src into dst: objects merge key by key, any other value in
// src replaces the one in dst, so a -d file can change one threshold.
func overlay(dst, src map[string]any) {
	for k, v := range src {
		srcObj, srcIsObj := v.(map[string]any)
		dstObj, dstIsObj := dst[k].(map[string]any)
		if srcIsObj && dstIsObj {
			overlay(dstObj, srcObj)
			continue
		}
		dst[k] = v
	}
}
