package catalogue

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/icpcheck/icpcheck/engine"
	"github.com/icpcheck/icpcheck/internal/golden"
)

var sample = []engine.RuleInfo{
	{ID: "ICP101", Severity: "deny", Title: "Domain served by a provider without active access", Sources: []string{"faq:must-transfer", "A13"}, Entry: []string{"icp.filing", "icp.plan"}},
	{ID: "ICP501", Severity: "warn", Title: "Access cancelled | numbers stay", Description: "The number stays valid.", Sources: []string{"A5"}, Entry: []string{"icp.plan"}},
	{ID: "ACME001", Severity: "deny", Title: "Only approved providers", Sources: []string{}, Entry: []string{"acme.rules"}},
}

func TestFormats(t *testing.T) {
	for _, format := range Formats() {
		t.Run(format, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Write(&buf, format, sample); err != nil {
				t.Fatal(err)
			}
			golden.Assert(t, filepath.Join("testdata", "rules."+format), buf.Bytes())
		})
	}
}

func TestUnknownFormat(t *testing.T) {
	if err := Write(&bytes.Buffer{}, "sarif", sample); err == nil {
		t.Error("Write with an unknown format succeeded")
	}
}
