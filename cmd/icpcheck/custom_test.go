package main

import (
	"strings"
	"testing"

	"github.com/icpcheck/icpcheck/internal/golden"
	"github.com/icpcheck/icpcheck/output"
)

// customFlags are the worked example's company policy and data.
var customFlags = []string{"-p", "fixtures/custom/policy", "-d", "fixtures/custom/company.yaml"}

const customSnapshot = "fixtures/custom/unapproved-provider.json"

// TestCustomPolicyGolden: with the company policy (-p, in package
// icp.filing, with a package METADATA of its own) and data (-d, which also
// lowers a threshold), validate reports ACME001 and ACME002 beside the
// built-in ICP105 that the override brings out.
func TestCustomPolicyGolden(t *testing.T) {
	chdirRoot(t)
	code, out, errOut := runCLI(t, "", append(append([]string{"validate", "-o", "json"}, customFlags...), customSnapshot)...)
	if code != exitFindings {
		t.Errorf("exit %d, want 1 (stderr: %s)", code, errOut)
	}
	golden.Assert(t, strings.TrimSuffix(customSnapshot, ".json")+".golden", []byte(out))
	for _, want := range []string{`"rule": "ACME001"`, `"rule": "ACME002"`, `"rule": "ICP105"`, `"title": "Company domain served by an unapproved provider"`, `"acme:hosting-standard"`} {
		if !strings.Contains(out, want) {
			t.Errorf("validate -o json lacks %s", want)
		}
	}
	// Without the company's policy and data the snapshot is clean.
	if code, out, _ := runCLI(t, "", "validate", "-q", customSnapshot); code != exitOK || out != "" {
		t.Errorf("without -p and -d: exit %d, output %q; want a clean snapshot", code, out)
	}
}

// TestCustomPolicyEveryOutput: the company's rule IDs appear in every
// output format.
func TestCustomPolicyEveryOutput(t *testing.T) {
	chdirRoot(t)
	for _, format := range output.Formats() {
		code, out, errOut := runCLI(t, "", append(append([]string{"validate", "--no-color", "-o", format}, customFlags...), customSnapshot)...)
		if code != exitFindings || !strings.Contains(out, "ACME001") || !strings.Contains(out, "ACME002") {
			t.Errorf("-o %s: exit %d, ACME001 and ACME002 not both in the output (stderr: %s):\n%s", format, code, errOut, out)
		}
	}
}

// TestCustomPolicyCatalogue: the company's rules join `icpcheck rules`.
func TestCustomPolicyCatalogue(t *testing.T) {
	chdirRoot(t)
	code, out, errOut := runCLI(t, "", "rules", "-p", "fixtures/custom/policy")
	if code != exitOK || !strings.Contains(out, "ACME001") || !strings.Contains(out, "ICP101") {
		t.Errorf("rules -p: exit %d (stderr %s):\n%s", code, errOut, out)
	}
}

// TestCustomPolicyOwnMessages: a company rule that keeps its texts in its
// METADATA (custom.messages, rendered by messages.rule_text) reads in the
// report's language; one that builds its text with sprintf stays as
// written.
func TestCustomPolicyOwnMessages(t *testing.T) {
	chdirRoot(t)
	for lang, want := range map[string]string{
		"en": "example.net is served by tencent-cloud, which ACME has not approved (approved: alibaba-cloud): " +
			"move the domain to an approved provider, or have tencent-cloud approved by the security team first.",
		"zh": "example.net 由 tencent-cloud 提供服务，但 ACME 未批准该服务商（已批准：alibaba-cloud）：" +
			"请把域名迁到已批准的服务商，或先让安全团队批准 tencent-cloud。",
	} {
		args := append(append([]string{"validate", "--lang", lang, "--no-color"}, customFlags...), customSnapshot)
		_, out, errOut := runCLI(t, "", args...)
		if !strings.Contains(out, "ACME001  "+want+"\n") || !strings.Contains(out, "ACME002  Website blog names") {
			t.Errorf("--lang %s: ACME001 does not read %q, or ACME002 is not as written (stderr %s):\n%s", lang, want, errOut, out)
		}
	}
}
