package policies_test

import (
	"context"
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
