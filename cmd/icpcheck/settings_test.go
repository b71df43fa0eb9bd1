package main

import (
	"strings"
	"testing"
)

// TestInputErrorsNameTheirFlag: the engine names the setting an error is
// about and the command line adds its flag.
func TestInputErrorsNameTheirFlag(t *testing.T) {
	chdirRoot(t)
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"validate", "--max-size", "64", "fixtures/filings/clean-single-site.json"}, "64 bytes limit (--max-size)"},
		{[]string{"validate", "--max-depth", "2", "fixtures/filings/clean-single-site.json"}, "nesting deeper than the 2-level limit at /subject/certificate (--max-depth)"},
		{[]string{"check", "fixtures/terraform/literal-ip.json"}, "the snapshot it acts on with --filing FILE"},
	} {
		code, out, _ := runCLI(t, "", c.args...)
		if code != exitError || !strings.Contains(out, c.want) {
			t.Errorf("%v: exit %d, want 2 and %q:\n%s", c.args, code, c.want, out)
		}
	}
}
