package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/icpcheck/icpcheck/internal/golden"
)

// terraformCases pairs each Terraform plan fixture with the snapshot it is
// checked against: fixtures/terraform/NAME.golden is its JSON report.
var terraformCases = []struct{ name, plan, filing string }{
	{"icp101-alicloud-record-during-transfer", "alicloud-ecs-record.json", "transfer-in-review.json"},
	{"clean-alicloud-record-after-approval", "alicloud-ecs-record.json", "transfer-approved.json"},
	{"icp102-tencent-hk-clb-and-cdn", "tencent-hk-clb-and-cdn.json", "tencent-filed.json"},
	{"icp104-cloudflare-module-eip", "cloudflare-module-eip.json", "transfer-approved.json"},
	{"icp906-literal-ip", "literal-ip.json", "transfer-in-review.json"},
	{"icp101-huawei-recordset", "huawei-recordset.json", "transfer-in-review.json"},
}

const terraformDir = "fixtures/terraform"

func terraformArgs(plan, filing string) (string, string) {
	return filepath.Join(terraformDir, plan), filepath.Join(terraformDir, "filings", filing)
}

// TestGoldenTerraform checks every Terraform case with -o json, text and
// explain against its golden output, and the exit code against the summary.
func TestGoldenTerraform(t *testing.T) {
	chdirRoot(t)
	var text, explain strings.Builder
	for _, c := range terraformCases {
		plan, filing := terraformArgs(c.plan, c.filing)
		t.Run(c.name, func(t *testing.T) {
			code, out, errOut := runCLI(t, "", "check", "-o", "json", "--filing", filing, plan)
			golden.Assert(t, filepath.Join(terraformDir, c.name+".golden"), []byte(out))
			if want := expectedExit(t, out); code != want {
				t.Errorf("exit code %d, want %d (stderr: %s)", code, want, errOut)
			}
			if !strings.HasPrefix(c.name, "clean-") && code == exitOK && !strings.Contains(out, `"severity": "warn"`) {
				t.Errorf("%s: no finding", c.name)
			}
		})
		_, out, _ := runCLI(t, "", "check", "--no-color", "--filing", filing, plan)
		text.WriteString(out)
		_, out, _ = runCLI(t, "", "explain", "--no-color", "--filing", filing, plan)
		explain.WriteString(out + "\n")
	}
	golden.Assert(t, "fixtures/terraform.golden.txt", []byte(text.String()))
	golden.Assert(t, "fixtures/terraform.explain.golden.txt", []byte(explain.String()))
}

// findings runs check -o json and returns the rule IDs found, sorted, and
// the report's first result.
func findings(t *testing.T, args ...string) ([]string, map[string]any) {
	t.Helper()
	_, out, errOut := runCLI(t, "", append([]string{"check", "-o", "json"}, args...)...)
	var r struct {
		Results []map[string]any `json:"results"`
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil || len(r.Results) != 1 {
		t.Fatalf("check %v: %v\n%s%s", args, err, out, errOut)
	}
	var rules []string
	vs, _ := r.Results[0]["violations"].([]any)
	for _, v := range vs {
		rules = append(rules, v.(map[string]any)["rule"].(string))
	}
	slices.Sort(rules)
	return rules, r.Results[0]
}

// TestFromTerraformIsADeploymentPlan: the plan that `plan from-terraform`
// prints is valid against the plan schema (check reads it without error)
// and earns the same findings as the Terraform plan, but for ICP906, which
// only a Terraform plan has.
func TestFromTerraformIsADeploymentPlan(t *testing.T) {
	chdirRoot(t)
	dir := t.TempDir()
	for _, c := range terraformCases {
		plan, filing := terraformArgs(c.plan, c.filing)
		code, out, errOut := runCLI(t, "", "plan", "from-terraform", "--filing", filing, plan)
		if code != exitOK {
			t.Fatalf("%s: plan from-terraform: exit %d: %s", c.name, code, errOut)
		}
		if leftOut := strings.Contains(errOut, "left out (ICP906)"); leftOut != strings.HasPrefix(c.name, "icp906-") {
			t.Errorf("%s: what the plan leaves out: %q", c.name, errOut)
		}
		golden.Assert(t, filepath.Join(terraformDir, c.name+".plan.golden"), []byte(out))
		derived := filepath.Join(dir, c.name+".json")
		if err := os.WriteFile(derived, []byte(out), 0o644); err != nil {
			t.Fatal(err)
		}
		got, res := findings(t, "--filing", filing, derived)
		if res["error"] != nil || res["kind"] != "DeploymentPlan" {
			t.Fatalf("%s: the derived plan is not a valid DeploymentPlan: %v", c.name, res["error"])
		}
		want, _ := findings(t, "--filing", filing, plan)
		want = slices.DeleteFunc(want, func(r string) bool { return r == "ICP906" })
		if !slices.Equal(got, want) {
			t.Errorf("%s: derived plan finds %v, the Terraform plan %v", c.name, got, want)
		}
	}
}

// rewritten writes a copy of a Terraform fixture with some text replaced.
func rewritten(t *testing.T, plan string, pairs ...string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(terraformDir, plan))
	if err != nil {
		t.Fatal(err)
	}
	text := strings.NewReplacer(pairs...).Replace(string(data))
	if text == string(data) {
		t.Fatalf("%s: nothing replaced", plan)
	}
	path := filepath.Join(t.TempDir(), plan)
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestRegionAddedWithData: a Tencent Cloud region that the mainland table
// does not list is outside mainland China (ICP102); the same region added
// with -d is mainland, and the verdict changes.
func TestRegionAddedWithData(t *testing.T) {
	chdirRoot(t)
	plan := rewritten(t, "tencent-hk-clb-and-cdn.json", `"ap-hongkong"`, `"ap-xian-ec"`)
	_, filing := terraformArgs("", "tencent-filed.json")
	before, _ := findings(t, "--filing", filing, plan)
	if !slices.Equal(before, []string{"ICP102"}) {
		t.Fatalf("unlisted region: findings %v, want [ICP102]", before)
	}
	data := filepath.Join(t.TempDir(), "regions.json")
	table := `{"icp": {"terraform": {"tables": {"mainland": {"tencent-cloud": {"regions": {"ap-xian-ec": true}}}}}}}`
	if err := os.WriteFile(data, []byte(table), 0o644); err != nil {
		t.Fatal(err)
	}
	after, _ := findings(t, "-d", data, "--filing", filing, plan)
	if len(after) != 0 {
		t.Errorf("region added with -d: findings %v, want none", after)
	}
}

// TestRegionFlag: a resource whose region neither it, its provider block
// nor a zone gives is ICP906; --region gives it.
func TestRegionFlag(t *testing.T) {
	chdirRoot(t)
	plan := rewritten(t, "alicloud-ecs-record.json", `"availability_zone": "cn-shanghai-l",`, ``, `"availability_zone": {`, `"x_zone": {`)
	_, filing := terraformArgs("", "transfer-in-review.json")
	without, res := findings(t, "--filing", filing, plan)
	if !slices.Equal(without, []string{"ICP906", "ICP906"}) || !strings.Contains(res["violations"].([]any)[0].(map[string]any)["message"].(string), "--region alibaba-cloud=REGION") {
		t.Errorf("no region: findings %v, want ICP906 naming --region:\n%v", without, res)
	}
	with, _ := findings(t, "--region", "alibaba-cloud=cn-shanghai", "--filing", filing, plan)
	if !slices.Equal(with, []string{"ICP101", "ICP101"}) {
		t.Errorf("--region alibaba-cloud=cn-shanghai: findings %v, want ICP101 twice", with)
	}
	code, _, errOut := runCLI(t, "", "check", "--region", "alibaba-cloud", "--filing", filing, plan)
	if code != exitError || !strings.Contains(errOut, "PROVIDER=REGION") {
		t.Errorf("--region without =: exit %d, %s", code, errOut)
	}
}

// TestTerraformInputErrors: what cannot be judged is exit 2 with what it is.
func TestTerraformInputErrors(t *testing.T) {
	chdirRoot(t)
	plan, _ := terraformArgs("literal-ip.json", "")
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"check", plan}, "--filing FILE"},
		{[]string{"plan", "from-terraform", plan}, "--filing FILE"},
		{[]string{"check", "--filing", plan, plan}, "not a FilingSnapshot"},
		{[]string{"check", "--filing", "fixtures/terraform/filings/transfer-in-review.json", "fixtures/invalid/terraform-state-not-plan.json"}, "Terraform state"},
		{[]string{"check", "--filing", "fixtures/terraform/filings/transfer-in-review.json", "fixtures/invalid/terraform-format-2.json"}, `format_version "2.0"`},
		{[]string{"check", "--filing", "fixtures/terraform/filings/transfer-in-review.json", "fixtures/invalid/terraform-plan-errored.json"}, "errored"},
	} {
		code, out, errOut := runCLI(t, "", c.args...)
		if code != exitError || !strings.Contains(out+errOut, c.want) {
			t.Errorf("%v: exit %d, want 2 and %q:\n%s%s", c.args, code, c.want, out, errOut)
		}
	}
}

// TestIncompletePlanNote: a plan with "complete": false is judged, with a
// note that does not count as a finding.
func TestIncompletePlanNote(t *testing.T) {
	chdirRoot(t)
	plan := rewritten(t, "literal-ip.json", `"complete": true`, `"complete": false`)
	_, filing := terraformArgs("", "transfer-in-review.json")
	rules, res := findings(t, "--filing", filing, plan)
	notes, _ := res["notes"].([]any)
	if len(notes) != 1 || !strings.Contains(notes[0].(string), "not complete") || !slices.Equal(rules, []string{"ICP906"}) {
		t.Errorf("incomplete plan: notes %v, findings %v", notes, rules)
	}
}

// TestFolderJudgedByKind: check reports snapshots as validate does, and a
// folder mixing snapshots, plans and a Terraform plan judges each by its
// kind, the snapshot a plan names among them validated once.
func TestFolderJudgedByKind(t *testing.T) {
	chdirRoot(t)
	_, viaCheck, _ := runCLI(t, "", "check", "-o", "json", "fixtures/filings")
	_, viaValidate, _ := runCLI(t, "", "validate", "-o", "json", "fixtures/filings")
	if viaCheck != viaValidate {
		t.Error("check and validate report the snapshot folder differently")
	}

	dir := t.TempDir()
	for name, src := range map[string]string{
		"filing.json": "fixtures/terraform/filings/transfer-in-review.json",
		"plan.json":   "fixtures/plans/icp101-dns-moved-during-transfer.json",
		"tf.json":     "fixtures/terraform/literal-ip.json",
	} {
		data, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		data = []byte(strings.Replace(string(data), `"../filings/clean-transfer-in-review.json"`, `"filing.json"`, 1))
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, out, _ := runCLI(t, "", "check", "-o", "json", "--filing", filepath.Join(dir, "filing.json"), dir)
	var r struct {
		Results []struct{ File, Kind string } `json:"results"`
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	var kinds []string
	for _, res := range r.Results {
		kinds = append(kinds, filepath.Base(res.File)+":"+res.Kind)
	}
	want := []string{"filing.json:FilingSnapshot", "plan.json:DeploymentPlan", "tf.json:TerraformPlan"}
	if !slices.Equal(kinds, want) || code != exitFindings {
		t.Errorf("mixed folder: exit %d, results %v, want %v", code, kinds, want)
	}
}

// TestEmptyFolderIsAnError: a folder with no document is exit 2, never a
// green build.
func TestEmptyFolderIsAnError(t *testing.T) {
	dir := t.TempDir()
	code, out, _ := runCLI(t, "", "check", dir)
	if code != exitError || !strings.Contains(out, "no documents found in "+dir) {
		t.Errorf("empty folder: exit %d:\n%s", code, out)
	}
}

// TestBadTerraformTableData: a -d region that is not true or false is an
// input error naming the field, not a table that silently stops applying.
func TestBadTerraformTableData(t *testing.T) {
	chdirRoot(t)
	data := filepath.Join(t.TempDir(), "regions.json")
	if err := os.WriteFile(data, []byte(`{"icp": {"terraform": {"tables": {"mainland": {"tencent-cloud": {"regions": {"ap-xian-ec": "yes"}}}}}}}`), 0o644); err != nil {
		t.Fatal(err)
	}
	plan, filing := terraformArgs("tencent-hk-clb-and-cdn.json", "tencent-filed.json")
	code, out, errOut := runCLI(t, "", "check", "-d", data, "--filing", filing, plan)
	if code != exitError || !strings.Contains(out+errOut, "ap-xian-ec") {
		t.Errorf("bad table data: exit %d:\n%s%s", code, out, errOut)
	}
}

// TestFromTerraformSpeaksTheLanguage: --lang (and the locale) puts what the
// plan leaves out in Chinese, and leaves the plan itself as it is.
func TestFromTerraformSpeaksTheLanguage(t *testing.T) {
	chdirRoot(t)
	plan, filing := terraformArgs("literal-ip.json", "transfer-in-review.json")
	for _, args := range [][]string{
		{"plan", "from-terraform", "--lang", "zh", "--filing", filing, plan},
		{"plan", "from-terraform", "--filing", filing, plan}, // LANG below
	} {
		code, out, errOut := runCLIEnv(t, map[string]string{"LANG": "zh_CN.UTF-8"}, args...)
		if code != exitOK {
			t.Fatalf("%v: exit %d: %s", args, code, errOut)
		}
		if !strings.HasPrefix(errOut, "icpcheck plan: 未纳入计划（ICP906）：记录 alicloud_alidns_record.shop 把 shop.example.com 解析到") {
			t.Errorf("%v: what the plan leaves out, in Chinese: %q", args, errOut)
		}
		golden.Assert(t, filepath.Join(terraformDir, "icp906-literal-ip.plan.golden"), []byte(out))
	}
	code, _, errOut := runCLI(t, "", "plan", "from-terraform", "--lang", "fr", "--filing", filing, plan)
	if code != exitError || !strings.Contains(errOut, `--lang: unknown language "fr"`) {
		t.Errorf("--lang fr: exit %d: %q", code, errOut)
	}
}
