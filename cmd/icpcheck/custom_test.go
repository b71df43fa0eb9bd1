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
