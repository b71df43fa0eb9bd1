package catalogue

import (
	"strings"
	"testing"

	"github.com/icpcheck/icpcheck/engine"
)

func TestSelect(t *testing.T) {
	vs := engine.Variations{Provinces: []string{"GS", "HN"}, Providers: []string{"acme-cloud"}, Entries: sampleVariations}
	keys := func(sel []engine.Variation) string {
		var k []string
		for _, v := range sel {
			k = append(k, v.Key)
		}
		return strings.Join(k, " ")
	}
	for _, tc := range []struct{ province, provider, want string }{
		{"", "", "HN acme-cloud stale_transfer_days"},
		{"HN", "", "HN acme-cloud stale_transfer_days"},
		{"GS", "", "acme-cloud stale_transfer_days"},
		{"", "acme-cloud", "HN acme-cloud stale_transfer_days"},
		{"GS", "other-cloud", "stale_transfer_days"},
	} {
		got, err := Select(vs, tc.province, tc.provider)
		if err != nil || keys(got) != tc.want {
			t.Errorf("Select(%q, %q) = %q, %v; want %q", tc.province, tc.provider, keys(got), err, tc.want)
		}
	}
	if _, err := Select(vs, "XX", ""); err == nil || !strings.Contains(err.Error(), `unknown province "XX": use one of GS, HN`) {
		t.Errorf("unknown province: %v", err)
	}
}
