package output

import (
	"strings"
	"testing"
)

func TestTextGolden(t *testing.T) {
	assertGolden(t, "text", Options{}, sampleResults(), "text")
}

func TestTextQuietGolden(t *testing.T) {
	assertGolden(t, "text", Options{Quiet: true}, sampleResults(), "text-quiet")
}

func TestTextColorOnlyWhenAsked(t *testing.T) {
	plain := string(render(t, "text", Options{}, sampleResults()))
	if strings.Contains(plain, "\x1b[") {
		t.Error("plain text output contains ANSI escapes")
	}
	colored := string(render(t, "text", Options{Color: true}, sampleResults()))
	for _, want := range []string{ansiRed + ansiBold + "FAIL" + ansiReset, ansiGreen + "PASS" + ansiReset} {
		if !strings.Contains(colored, want) {
			t.Errorf("colored output lacks %q", want)
		}
	}
	if stripped := ansiPattern.Replace(colored); stripped != plain {
		t.Errorf("colour changes more than the escapes:\n%s\n---\n%s", stripped, plain)
	}
}

var ansiPattern = strings.NewReplacer(ansiReset, "", ansiBold, "", ansiDim, "", ansiRed, "", ansiGreen, "", ansiYellow, "")
