package engine

import (
	"fmt"

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
	if err := set.OverlayData(cfg.Data, DataReader(cfg.Limits)); err != nil {
		return nil, err
	}
	if cfg.Pack != nil {
		if err := set.CheckData(cfg.Pack, cfg.Data); err != nil {
			return nil, err
		}
	}
	if len(set.Files) == 0 {
		return nil, fmt.Errorf("no policies to evaluate: --no-builtin needs at least one -p file or folder")
	}
	return set, nil
}
