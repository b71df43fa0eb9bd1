package engine

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// TestVariations: the variations come from the data after -d, and policies
// without the package (--no-builtin) have none.
func TestVariations(t *testing.T) {
	setting := func(e *Engine, scope, key, field string) string {
		t.Helper()
		vs, err := e.Variations(context.Background(), "", "")
		if err != nil {
			t.Fatal(err)
		}
		for _, v := range vs.Entries {
			if v.Scope == scope && v.Key == key && v.Field == field {
				return v.Setting
			}
		}
		return ""
	}
	if got := setting(newTestEngine(t, Config{}), "provider", "alibaba-cloud", "order_idle_delete_days"); got != "deletes an order that has not reached the administration after 45 days" {
		t.Errorf("alibaba-cloud order_idle_delete_days: %q", got)
	}
	data := filepath.Join(t.TempDir(), "data.json")
	if err := os.WriteFile(data, []byte(`{"icp": {"providers": {"alibaba-cloud": {"order_idle_delete_days": 60}}}}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := setting(newTestEngine(t, Config{Data: []string{data}}), "provider", "alibaba-cloud", "order_idle_delete_days"); got != "deletes an order that has not reached the administration after 60 days" {
		t.Errorf("with -d: %q", got)
	}
	policy := filepath.Join(t.TempDir(), "p.rego")
	if err := os.WriteFile(policy, []byte("package acme\n\ndeny contains \"x\" if false\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	vs, err := newTestEngine(t, Config{NoBuiltin: true, Policies: []string{policy}}).Variations(context.Background(), "", "")
	if err != nil || len(vs.Entries) != 0 {
		t.Errorf("--no-builtin: %v, %v; want none", vs, err)
	}
}
