package output

import (
	"bytes"
	"encoding/json"
	"os"
	"slices"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/icpcheck/icpcheck/engine"
)

// sarifSchema compiles the official SARIF 2.1.0 JSON Schema kept in
// testdata, with format assertions on (uri, uri-reference, date-time).
func sarifSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	raw, err := os.ReadFile("testdata/sarif-schema-2.1.0.json")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	const loc = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
	if err := c.AddResource(loc, doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile(loc)
	if err != nil {
		t.Fatal(err)
	}
	return sch
}

func validateSARIF(t *testing.T, sch *jsonschema.Schema, out []byte) {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(out))
	if err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if err := sch.Validate(doc); err != nil {
		t.Fatalf("not valid SARIF 2.1.0: %v", err)
	}
}

func TestSARIFGolden(t *testing.T) {
	out := assertGolden(t, "sarif", Options{Rules: sampleRules()}, sampleResults(), "sarif")
	validateSARIF(t, sarifSchema(t), out)
}

func TestSARIFValidAgainstSchema(t *testing.T) {
	sch := sarifSchema(t)
	for name, tc := range map[string]struct {
		opts    Options
		results []engine.Result
	}{
		"empty run":        {Options{Rules: sampleRules()}, nil},
		"no catalogue":     {Options{}, sampleResults()},
		"only input error": {Options{}, sampleResults()[3:4]},
		"odd file names": {Options{Rules: sampleRules()}, []engine.Result{
			{File: "dir with space/a#b.json", Kind: "FilingSnapshot", Violations: sampleResults()[0].Violations},
			{File: "c:/x.json", Kind: "FilingSnapshot", Violations: sampleResults()[0].Violations},
			{File: "-", Err: &engine.InputError{Message: "unknown kind"}},
		}},
	} {
		t.Run(name, func(t *testing.T) {
			validateSARIF(t, sch, render(t, "sarif", tc.opts, tc.results))
		})
	}
}

// The parts of the log code scanning reads, checked field by field.
func TestSARIFContent(t *testing.T) {
	var log struct {
		Version string `json:"version"`
		Runs    []struct {
			Tool struct {
				Driver struct {
					Name  string `json:"name"`
					Rules []struct {
						ID               string `json:"id"`
						Name             string `json:"name"`
						ShortDescription struct {
							Text string `json:"text"`
						} `json:"shortDescription"`
						FullDescription struct {
							Text string `json:"text"`
						} `json:"fullDescription"`
						Help struct {
							Text string `json:"text"`
						} `json:"help"`
						DefaultConfiguration struct {
							Level string `json:"level"`
						} `json:"defaultConfiguration"`
					} `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			Results []struct {
				RuleID    string `json:"ruleId"`
				RuleIndex int    `json:"ruleIndex"`
				Level     string `json:"level"`
				Message   struct {
					Text string `json:"text"`
				} `json:"message"`
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI string `json:"uri"`
						} `json:"artifactLocation"`
						Region *struct {
							StartLine   int `json:"startLine"`
							StartColumn int `json:"startColumn"`
						} `json:"region"`
					} `json:"physicalLocation"`
				} `json:"locations"`
				Properties map[string]string `json:"properties"`
			} `json:"results"`
		} `json:"runs"`
	}
	out := render(t, "sarif", Options{Rules: sampleRules()}, sampleResults())
	if err := json.Unmarshal(out, &log); err != nil {
		t.Fatal(err)
	}
	if log.Version != "2.1.0" || len(log.Runs) != 1 {
		t.Fatalf("version %q, %d runs; want 2.1.0, 1 run", log.Version, len(log.Runs))
	}
	run := log.Runs[0]
	if run.Tool.Driver.Name != "icpcheck" {
		t.Errorf("driver name %q", run.Tool.Driver.Name)
	}

	var ids []string
	for _, r := range run.Tool.Driver.Rules {
		ids = append(ids, r.ID)
	}
	wantIDs := []string{"ICP101", "ICP105", "ICP201", "ICP203", "ORG001", "input-error"}
	if !slices.Equal(ids, wantIDs) {
		t.Errorf("rules %v, want %v", ids, wantIDs)
	}
	r201 := run.Tool.Driver.Rules[2]
	if r201.Name != "No change while a transfer is open" || r201.ShortDescription.Text != r201.Name ||
		r201.FullDescription.Text != sampleRules()[0].Description ||
		r201.Help.Text != "Sources: faq:no-change-mid-transfer, T1" || r201.DefaultConfiguration.Level != "error" {
		t.Errorf("ICP201 described as %+v", r201)
	}
	if lvl := run.Tool.Driver.Rules[1].DefaultConfiguration.Level; lvl != "warning" {
		t.Errorf("ICP105 default level %q, want warning", lvl)
	}

	type want struct {
		rule, level, uri string
		line, column     int
	}
	wants := []want{
		{"ICP105", "warning", "fixtures/filings/mid-transfer.json", 30, 0},
		{"ICP201", "error", "fixtures/filings/mid-transfer.json", 12, 0},
		{"ICP201", "error", "fixtures/plans/rename-during-transfer.json", 9, 0},
		{"ORG001", "warning", "fixtures/plans/rename-during-transfer.json", 0, 0},
		{"input-error", "error", "broken.json", 3, 7},
		{"ICP101", "error", "batch.ndjson", 4, 0}, // line 1 of the document on line 4
	}
	if len(run.Results) != len(wants) {
		t.Fatalf("%d results, want %d", len(run.Results), len(wants))
	}
	for i, w := range wants {
		res := run.Results[i]
		if res.RuleID != w.rule || res.Level != w.level || ids[res.RuleIndex] != w.rule {
			t.Errorf("result %d: rule %s (index %d), level %s; want %s, %s", i, res.RuleID, res.RuleIndex, res.Level, w.rule, w.level)
		}
		if res.Message.Text == "" {
			t.Errorf("result %d: empty message", i)
		}
		if len(res.Locations) != 1 {
			t.Fatalf("result %d: %d locations", i, len(res.Locations))
		}
		pl := res.Locations[0].PhysicalLocation
		if pl.ArtifactLocation.URI != w.uri {
			t.Errorf("result %d: uri %q, want %q", i, pl.ArtifactLocation.URI, w.uri)
		}
		switch {
		case w.line == 0 && pl.Region != nil:
			t.Errorf("result %d: region %+v for an unknown line", i, *pl.Region)
		case w.line > 0 && (pl.Region == nil || pl.Region.StartLine != w.line || pl.Region.StartColumn != w.column):
			t.Errorf("result %d: region %+v, want line %d column %d", i, pl.Region, w.line, w.column)
		}
	}
	if p := run.Results[2].Properties; p["path"] != "/actions/1" || p["action"] != "rename" || p["website"] != "shop" {
		t.Errorf("properties %v", p)
	}
}

func TestSARIFFileURI(t *testing.T) {
	for in, want := range map[string]string{
		"fixtures/a.json": "fixtures/a.json",
		"a b.json":        "a%20b.json",
		"a#b.json":        "a%23b.json",
		"c:/x.json":       "./c:/x.json",
		"-":               "-",
	} {
		if got := fileURI(in); got != want {
			t.Errorf("fileURI(%q) = %q, want %q", in, got, want)
		}
	}
}
