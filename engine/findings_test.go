package engine

import (
	"path/filepath"
	"reflect"
	"testing"
)

// A report that prints the findings alone gets the same findings, with no
// accessibility or consequences computed.
func TestFindingsOnlyKeepsTheFindings(t *testing.T) {
	e := newTestEngine(t, Config{})
	docs := [][]byte{
		fixture(t, "plans/migration-without-wait.json"),
		fixture(t, "filings/icp101-dns-at-provider-without-access.json"),
	}
	opts := Options{Filing: filepath.Join("..", "fixtures", "filings", "shop-at-other-cloud.json")}
	full := checkAll(t, e, opts, docs...)
	opts.FindingsOnly = true
	found := checkAll(t, e, opts, docs...)
	for i := range docs {
		if full[i].Err != nil || found[i].Err != nil {
			t.Fatalf("document %d: %v, %v", i, full[i].Err, found[i].Err)
		}
		if len(full[i].Violations) == 0 || !reflect.DeepEqual(full[i].Violations, found[i].Violations) {
			t.Errorf("document %d: findings only gave\n%+v\nthe whole decision\n%+v", i, found[i].Violations, full[i].Violations)
		}
		if len(full[i].Accessibility) == 0 || len(found[i].Accessibility) != 0 || len(found[i].Consequences) != 0 {
			t.Errorf("document %d: accessibility %d entries in full, %d and %d consequences with findings only",
				i, len(full[i].Accessibility), len(found[i].Accessibility), len(found[i].Consequences))
		}
	}
}
