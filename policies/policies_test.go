package policies_test

import (
	"context"
	"encoding/json"
	"io/fs"
	"regexp"
	"strings"
	"testing"

	_ "github.com/icpcheck/icpcheck/internal/golden" // accept -update like every test binary
	"github.com/icpcheck/icpcheck/internal/regopack"
	"github.com/icpcheck/icpcheck/policies"
)

// TestRego runs the pack's Rego unit tests from the embedded files, as
// `opa test policies/` does from the folder (and `icpcheck test` from the
// binary), so `go test ./...` covers them.
func TestRego(t *testing.T) {
	set, err := regopack.Pack(policies.FS(), true)
	if err != nil {
		t.Fatal(err)
	}
	schemas, err := regopack.Schemas(policies.FS())
	if err != nil {
		t.Fatal(err)
	}
	rep, err := regopack.Test(context.Background(), set, regopack.TestOptions{Schemas: schemas})
	if err != nil {
		t.Fatalf("run Rego tests: %v", err)
	}
	for _, r := range rep.Results {
		t.Run(r.Package+"."+r.Name, func(t *testing.T) {
			switch {
			case r.Error != nil:
				t.Errorf("%s: error: %v", r.Location, r.Error)
			case r.Fail:
				t.Errorf("%s: failed", r.Location)
			}
		})
	}
	if len(rep.Results) == 0 {
		t.Fatal("the pack has no Rego tests")
	}
}

// TestMessageKeys checks the catalogue against the Rego that uses it: every
// key a rule renders (messages.text("KEY", ...)) is in the English
// catalogue or a rule's METADATA, and every English key is named by some rule, as the argument of
// messages.text or as a string a helper passes to it (the Rego test of the
// catalogue checks that the other languages have the same keys and
// placeholders).
func TestMessageKeys(t *testing.T) {
	raw, err := fs.ReadFile(policies.FS(), "icp/messages/en.json")
	if err != nil {
		t.Fatal(err)
	}
	var catalogue struct {
		En map[string]string `json:"en"`
	}
	if err := json.Unmarshal(raw, &catalogue); err != nil {
		t.Fatalf("icp/messages/en.json: %v", err)
	}
	// A rule's own texts count from its METADATA: TestRuleMessages holds the
	// catalogue to them, and -update writes them there.
	written, _ := metadataMessages(packModules(t), []string{"en"})
	for key, m := range written["en"] {
		catalogue.En[key] = m.text
	}
	use := regexp.MustCompile(`messages\.text\(\s*"([^"]+)"`)
	var sources strings.Builder
	err = fs.WalkDir(policies.FS(), "icp", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".rego") || strings.HasSuffix(path, "_test.rego") {
			return err
		}
		src, err := fs.ReadFile(policies.FS(), path)
		if err != nil {
			return err
		}
		sources.Write(src)
		for _, m := range use.FindAllStringSubmatch(string(src), -1) {
			if _, ok := catalogue.En[m[1]]; !ok {
				t.Errorf("%s: message %q is not written: put it under custom.messages of its rule's METADATA "+
					"(a text of no rule: into icp/messages/en.json and zh.json)", path, m[1])
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for key := range catalogue.En {
		if !strings.Contains(sources.String(), `"`+key+`"`) {
			t.Errorf("icp/messages/en.json: %q is used by no rule", key)
		}
	}
}
