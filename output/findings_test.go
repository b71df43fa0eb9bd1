package output

import "testing"

func TestFindingsOnlyUnderQuietTextAndMarkdown(t *testing.T) {
	for _, format := range Formats() {
		want := format == "text" || format == "markdown"
		if got := FindingsOnly(format, Options{Quiet: true}); got != want {
			t.Errorf("FindingsOnly(%s, quiet) = %v, want %v", format, got, want)
		}
		if FindingsOnly(format, Options{}) {
			t.Errorf("FindingsOnly(%s) without -q: the report prints accessibility", format)
		}
	}
}
