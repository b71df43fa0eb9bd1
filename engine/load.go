package engine

import (
	"fmt"

	"github.com/open-policy-agent/opa/v1/loader"

	"github.com/icpcheck/icpcheck/internal/regopack"
)

// loadPolicies gathers the embedded pack (unless cfg.NoBuiltin drops its
// Rego), the -p files and folders, and the data with -d files merged over
// the pack's own.
func loadPolicies(cfg Config) (*regopack.Set, error) {
	set := regopack.NewSet()
	if cfg.Pack != nil {
		pack, err := regopack.Pack(cfg.Pack, false)
		if err != nil {
			return nil, err
		}
		if cfg.NoBuiltin {
			pack.DropRego()
		}
		set = pack
	}
	extra, err := regopack.Paths(cfg.Policies, false)
	if err != nil {
		return nil, fmt.Errorf("load policies: %w", err)
	}
	if err := set.Add(extra); err != nil {
		return nil, fmt.Errorf("load policies: %w", err)
	}
	for _, file := range cfg.Data {
		res, err := loader.NewFileLoader().All([]string{file})
		if err != nil {
			return nil, fmt.Errorf("load data %s: %w", file, err)
		}
		overlay(set.Data, res.Documents)
	}
	if len(set.Files) == 0 {
		return nil, fmt.Errorf("no policies to evaluate: --no-builtin needs at least one -p file or folder")
	}
	return set, nil
}

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
