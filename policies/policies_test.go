package policies_test

import (
	"context"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/loader"
	"github.com/open-policy-agent/opa/v1/storage"
	"github.com/open-policy-agent/opa/v1/storage/inmem"
	"github.com/open-policy-agent/opa/v1/tester"

	_ "github.com/icpcheck/icpcheck/internal/golden" // accept -update like every test binary
	"github.com/icpcheck/icpcheck/policies"
)

// TestRego runs the pack's Rego unit tests from the embedded files, as
// `opa test policies/` does from the folder, so `go test ./...` covers them.
func TestRego(t *testing.T) {
	ctx := context.Background()
	res, err := loader.NewFileLoader().WithFS(policies.FS()).WithProcessAnnotation(true).All([]string{"."})
	if err != nil {
		t.Fatalf("load embedded pack: %v", err)
	}
	store := inmem.NewFromObject(res.Documents)
	txn := storage.NewTransactionOrDie(ctx, store)
	defer store.Abort(ctx, txn)
	results, err := tester.NewRunner().
		SetCompiler(ast.NewCompiler().WithStrict(true)).
		SetStore(store).
		SetModules(res.ParsedModules()).
		RunTests(ctx, txn)
	if err != nil {
		t.Fatalf("run Rego tests: %v", err)
	}
	count := 0
	for r := range results {
		count++
		t.Run(r.Package+"."+r.Name, func(t *testing.T) {
			switch {
			case r.Error != nil:
				t.Errorf("%s: error: %v", r.Location, r.Error)
			case r.Fail:
				t.Errorf("%s: failed", r.Location)
			}
		})
	}
	if count == 0 {
		t.Fatal("the pack has no Rego tests")
	}
}
