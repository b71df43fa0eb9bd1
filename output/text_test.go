package output

import (
	"strings"
	"testing"

	"github.com/icpcheck/icpcheck/engine"
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

func TestErrorLineNamesTheFileOnce(t *testing.T) {
	cases := []struct {
		err  engine.InputError
		want string
	}{
		{engine.InputError{Message: "nothere.json: no such file or folder"}, "nothere.json: no such file or folder"},
		{engine.InputError{Message: "nothere.json is larger than the 10MiB limit"}, "nothere.json is larger than the 10MiB limit"},
		{engine.InputError{Message: "no documents found in nothere.json"}, "nothere.json: no documents found in nothere.json"},
		{engine.InputError{Message: "nothere.json: x", Line: 3, Column: 7}, "nothere.json:3:7: nothere.json: x"},
	}
	for _, c := range cases {
		if got := errorLine("nothere.json", &c.err); got != c.want {
			t.Errorf("errorLine(%q) = %q, want %q", c.err.Message, got, c.want)
		}
	}
}
