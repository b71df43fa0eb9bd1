package golden

import (
	"strings"
	"testing"
)

func TestDiffShowsOnlyTheChangedLine(t *testing.T) {
	var want, got strings.Builder
	for i := range 200 {
		line := "line " + string(rune('a'+i%26)) + "\n"
		want.WriteString(line)
		if i == 100 {
			line = "changed\n"
		}
		got.WriteString(line)
	}
	diff := Diff([]byte(want.String()), []byte(got.String()))
	if !hasLine(diff, "-", `"line w\n"`) || !hasLine(diff, "+", `"changed\n"`) {
		t.Fatalf("diff does not show the changed line:\n%s", diff)
	}
	if strings.Count(diff, "\n") > 20 {
		t.Errorf("diff of one changed line in 200 has %d lines, want only the change and its context:\n%s", strings.Count(diff, "\n"), diff)
	}
}

func TestDiffOfEqualIsEmpty(t *testing.T) {
	if d := Diff([]byte("a\nb\n"), []byte("a\nb\n")); d != "" {
		t.Errorf("Diff of equal input = %q, want empty", d)
	}
}

// hasLine reports whether diff has a line marked mark that holds text
// (go-cmp varies the spacing after the mark on purpose).
func hasLine(diff, mark, text string) bool {
	for _, l := range strings.Split(diff, "\n") {
		l = strings.TrimSpace(l)
		if strings.HasPrefix(l, mark) && strings.Contains(l, text) {
			return true
		}
	}
	return false
}
