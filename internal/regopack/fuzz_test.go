package regopack

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/icpcheck/icpcheck/policies"
)

// FuzzCheckData: whatever a -d file holds, reading it and checking the
// merged data either succeeds or fails with one line; it never panics.
func FuzzCheckData(f *testing.F) {
	for _, seed := range []string{
		`{"icp": {"provinces": {"HN": {"shell_subject_may_add": true}}}}`,
		`{"icp": {"provinces": {"XX": {}}}}`,
		`{"icp": {"providers": {"acme": {"resource_rules": {"vm": {"billing": ["subscription"], "min_term_months": 3}}}}}}`,
		`{"icp": {"thresholds": {"stale_transfer_days": "45"}}}`,
		`{"icp": []}`,
		`icp: {provinces: {HN: {transfer_must_match: [subject.*]}}}`,
		`[]`,
	} {
		f.Add(seed)
	}
	base, err := Pack(policies.FS(), false)
	if err != nil {
		f.Fatal(err)
	}
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data string) {
		file := filepath.Join(dir, "data.yaml")
		if err := os.WriteFile(file, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		set := NewSet()
		if err := set.Add(&Set{Files: base.Files, Data: copyData(base.Data)}); err != nil {
			t.Fatal(err)
		}
		if err := set.OverlayData([]string{file}, loadData); err != nil {
			return
		}
		if err := set.CheckData(policies.FS(), []string{file}); err != nil && strings.Contains(err.Error(), "\n") {
			t.Errorf("error is not one line: %q", err)
		}
	})
}

// copyData copies nested objects, so that an overlay does not change the
// pack's data that the next input starts from.
func copyData(m map[string]any) map[string]any {
	out := make(map[string]any, len(m))
	for k, v := range m {
		if obj, ok := v.(map[string]any); ok {
			v = copyData(obj)
		}
		out[k] = v
	}
	return out
}
