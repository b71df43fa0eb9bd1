package catalogue

import (
	"fmt"
	"slices"
	"strings"

	"github.com/icpcheck/icpcheck/engine"
)

// Select keeps the variations that apply to a subject filed in province
// (a code; "" for every province) served by provider (an id; "" for every
// provider): that province's and that provider's, and the thresholds,
// which apply to all. A province that the data does not know is an error
// that lists the codes; a provider it does not know has no variations (a
// provider of its own is judged by the rules that need no provider data).
func Select(vs engine.Variations, province, provider string) ([]engine.Variation, error) {
	if province != "" && !slices.Contains(vs.Provinces, province) {
		return nil, fmt.Errorf("unknown province %q: use one of %s", province, strings.Join(vs.Provinces, ", "))
	}
	var out []engine.Variation
	for _, v := range vs.Entries {
		switch {
		case v.Scope == "province" && province != "" && v.Key != province:
		case v.Scope == "provider" && provider != "" && v.Key != provider:
		default:
			out = append(out, v)
		}
	}
	return out, nil
}
