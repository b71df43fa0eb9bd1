package catalogue

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/icpcheck/icpcheck/engine"
	"github.com/icpcheck/icpcheck/internal/golden"
)

var sample = []engine.RuleInfo{
	{ID: "ICP101", Severity: "deny", Title: "Domain served by a provider without active access", Sources: []string{"faq:must-transfer", "A13"}, Entry: []string{"icp.filing", "icp.plan"}},
	{ID: "ICP501", Severity: "warn", Title: "Access cancelled | numbers stay", Description: "The number stays valid.", Sources: []string{"A5"}, Entry: []string{"icp.plan"},
		Related: []engine.RelatedResource{{URL: "https://help.aliyun.com/zh/icp-filing/a5", Description: "A5: Alibaba Cloud, canceling access"}}},
	{ID: "ACME001", Severity: "deny", Title: "Only approved providers", Sources: []string{}, Entry: []string{"acme.rules"},
		Related: []engine.RelatedResource{{URL: "https://wiki.example.com/approved-providers", Description: "the company's list"}}},
}

var sampleVariations = []engine.Variation{
	{Scope: "province", Key: "HN", Name: "Hunan", Field: "transfer_must_match", Rules: []string{"ICP205"}, Setting: "a transfer needs these to match the original record: every subject field", Sources: []string{"A15", "H5"}},
	{Scope: "provider", Key: "acme-cloud", Name: "acme-cloud", Field: "cancel_all_removes_subject", Rules: []string{"ICP507"}, Setting: "a | b\tc\nd", Sources: []string{}},
	{Scope: "threshold", Key: "stale_transfer_days", Name: "stale_transfer_days", Field: "stale_transfer_days", Rules: []string{"ICP302"}, Setting: "45 days"},
}

func TestFormats(t *testing.T) {
	for _, format := range Formats() {
		t.Run(format, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Write(&buf, format, Catalogue{Rules: sample, Variations: sampleVariations}); err != nil {
				t.Fatal(err)
			}
			golden.Assert(t, filepath.Join("testdata", "rules."+format), buf.Bytes())
		})
	}
}

func TestUnknownFormat(t *testing.T) {
	if err := Write(&bytes.Buffer{}, "sarif", Catalogue{Rules: sample}); err == nil {
		t.Error("Write with an unknown format succeeded")
	}
}

// TestProvinces: the provinces page says what applies where nothing is
// listed (wrapped, as the policies word it), groups the lines by province
// and provider, says why a threshold has no source, lists what the sources
// are, and keeps data-controlled text from becoming Markdown structure.
func TestProvinces(t *testing.T) {
	var buf bytes.Buffer
	vs := engine.Variations{
		Entries: append(sampleVariations, engine.Variation{Scope: "province", Key: "HN", Name: "Hunan <b>", Field: "shell_subject_may_add", Rules: []string{"ICP211"}, Setting: "may\nadd"}),
		Sources: map[string]string{"H5": "Huawei Cloud", "A15": "Alibaba Cloud"},
		General: "Where nothing is listed, the general rules apply: " + strings.Repeat("the general rule, ", 6) + "and one more.",
	}
	if err := WriteProvinces(&buf, vs); err != nil {
		t.Fatal(err)
	}
	golden.Assert(t, filepath.Join("testdata", "provinces.md"), buf.Bytes())
}
