package regopack

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/icpcheck/icpcheck/policies"
)

// TestCheckData: the pack's own data passes its schema; an overlay that
// gives a field the wrong type, or names a province that is not in the
// table, fails with a message naming the field and the file.
func TestCheckData(t *testing.T) {
	for _, tc := range []struct {
		name, overlay string
		want          []string // substrings of the error; none for no error
	}{
		{"pack data", ``, nil},
		{"a corrected value", `{"icp": {"provinces": {"SX": {"shell_subject_may_add": false}}, "providers": {"alibaba-cloud": {"order_idle_delete_days": 60}}}}`, nil},
		{"a new provider", `{"icp": {"providers": {"ucloud": {"name": "UCloud", "cancel_all_removes_subject": true}}}}`, nil},
		{"wrong type in a province", `{"icp": {"provinces": {"HN": {"shell_subject_may_add": "yes"}}}}`,
			[]string{"data.icp.provinces.HN.shell_subject_may_add: got string, want boolean", "data.json"}},
		{"wrong type in a provider", `{"icp": {"providers": {"tencent-cloud": {"resource_rules": {"cvm": {"min_term_months": "3"}}}}}}`,
			[]string{"data.icp.providers.tencent-cloud.resource_rules.cvm.min_term_months: got string, want integer"}},
		{"unknown province", `{"icp": {"provinces": {"XX": {"name": "Nowhere"}}}}`,
			[]string{`data.icp.provinces: unknown key "XX": use one of AH, BJ,`, "XJ, XZ, YN, ZJ"}},
		{"misspelt province field", `{"icp": {"provinces": {"HN": {"shell_subject_may_ad": true}}}}`,
			[]string{`data.icp.provinces.HN: unknown key "shell_subject_may_ad": use one of abbreviation, name, shell_subject_may_add, sources, transfer_must_match, unreachable_transfer_refiles`}},
		{"bad field path", `{"icp": {"provinces": {"HN": {"transfer_must_match": ["subject name"]}}}}`,
			[]string{"data.icp.provinces.HN.transfer_must_match.0:"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			set, err := Pack(policies.FS(), false)
			if err != nil {
				t.Fatal(err)
			}
			var files []string
			if tc.overlay != "" {
				file := filepath.Join(t.TempDir(), "data.json")
				if err := os.WriteFile(file, []byte(tc.overlay), 0o644); err != nil {
					t.Fatal(err)
				}
				files = []string{file}
				if err := set.OverlayData(files, loadData); err != nil {
					t.Fatal(err)
				}
			}
			err = set.CheckData(policies.FS(), files)
			if len(tc.want) == 0 {
				if err != nil {
					t.Fatalf("unexpected error: %v", err)
				}
				return
			}
			if err == nil {
				t.Fatalf("no error, want %q", tc.want)
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q lacks %q", err, w)
				}
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("error is not one line: %q", err)
			}
		})
	}
}
