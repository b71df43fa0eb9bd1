package main

import (
	"strings"
	"testing"
)

// rules --provider takes a provider's name as users write it: an alias or
// its Chinese name lists the same variations as its id.
func TestRulesProviderByAlias(t *testing.T) {
	code, byID, errOut := runCLI(t, "", "rules", "--no-config", "--provider", "tencent-cloud")
	if code != exitOK || !strings.Contains(byID, "provider tencent-cloud") || strings.Contains(byID, "provider alibaba-cloud") {
		t.Fatalf("rules --provider tencent-cloud: exit %d, stderr %q\n%s", code, errOut, byID)
	}
	for _, name := range []string{"腾讯云", "Tencent Cloud", "qcloud"} {
		if _, out, _ := runCLI(t, "", "rules", "--no-config", "--provider", name); out != byID {
			t.Errorf("rules --provider %q lists other variations than tencent-cloud:\n%s", name, out)
		}
	}
	if _, out, _ := runCLI(t, "", "rules", "--no-config", "--provider", "no-such-cloud"); strings.Contains(out, "provider tencent-cloud") {
		t.Errorf("an unknown provider lists another's variations:\n%s", out)
	}
}
