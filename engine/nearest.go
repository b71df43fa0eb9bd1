package engine

import (
	"strings"

	"github.com/agnivade/levenshtein"
)

// nearest returns the candidate that name was probably meant to be: the one
// fewest edits away, ignoring case, if that is at most a third of the
// name's length (at least one edit, at most three); "" if none is that near.
// Ties go to the earlier candidate.
func nearest(name string, candidates []string) string {
	limit := min(max(len([]rune(name))/3, 1), 3)
	best, bestDist := "", limit+1
	lower := strings.ToLower(name)
	for _, c := range candidates {
		if c == name {
			continue
		}
		if d := levenshtein.ComputeDistance(lower, strings.ToLower(c)); d < bestDist {
			best, bestDist = c, d
		}
	}
	return best
}
