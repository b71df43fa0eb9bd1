package engine

import (
	"slices"
	"testing"
)

// TestExemptRules reads conftest-style exception sets: lists of rule IDs,
// a bare ID, "" for every rule; anything else is ignored.
func TestExemptRules(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   any
		want []string
	}{
		{"none", nil, nil},
		{"empty", []any{}, nil},
		{"lists", []any{[]any{"ICP201", "ICP101"}, []any{"ICP101"}}, []string{"ICP101", "ICP201"}},
		{"bare ID", []any{"ICP105"}, []string{"ICP105"}},
		{"every rule", []any{[]any{""}}, []string{""}},
		{"not strings", []any{[]any{1, true}, map[string]any{"rule": "x"}}, nil},
	} {
		if got := exemptRules(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("%s: exemptRules = %q, want %q", tc.name, got, tc.want)
		}
	}
}
