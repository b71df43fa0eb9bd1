package engine

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf16"
)

// schemaFailure checks one document and returns its input error.
func schemaFailure(t *testing.T, e *Engine, doc string) *InputError {
	t.Helper()
	res := checkAll(t, e, Options{}, []byte(doc))[0]
	if res.Err == nil {
		t.Fatalf("no error for %s", doc)
	}
	return res.Err
}

func TestSchemaErrorLeadsWithTheDeepestBranch(t *testing.T) {
	e := newTestEngine(t, Config{})
	plan := `{"kind": "DeploymentPlan", "version": 1, "provider": "alibaba-cloud", "actions": [
  {"id": "add", "type": "add_website", "application": "add_new_website",
   "website": {"id": "docs", "name": "Docs", "domain": ["docs.example.org"]}}]}`
	err := schemaFailure(t, e, plan)
	want := `schema: /actions/0/website/domain: unknown field "domain": did you mean "domains"?`
	if !strings.HasPrefix(err.Message, want) {
		t.Errorf("message %q, want it to start with %q (not the anyOf's \"got object, want string\")", err.Message, want)
	}
	if err.Pointer != "/actions/0/website/domain" || err.Line != 3 {
		t.Errorf("place %q line %d, want /actions/0/website/domain on line 3", err.Pointer, err.Line)
	}
	var msgs []string
	for _, d := range err.Details {
		msgs = append(msgs, d.Message)
		if d.Line == 0 {
			t.Errorf("detail without a line: %+v", d)
		}
	}
	wantDetails := []string{
		`/actions/0/website/domain: unknown field "domain": did you mean "domains"?`,
		`/actions/0/website: missing required field "domains" (the object has "domain": rename it to "domains")`,
	}
	if !slices.Equal(msgs, wantDetails) {
		t.Errorf("details:\n%s\nwant:\n%s", strings.Join(msgs, "\n"), strings.Join(wantDetails, "\n"))
	}
}

func TestSchemaErrorKeepsAlternativesWhenNothingElseFails(t *testing.T) {
	e := newTestEngine(t, Config{})
	err := schemaFailure(t, e, `{"kind": "DeploymentPlan", "version": 1, "actions": [{"id": "c", "type": "change_website", "website": 5, "set": {"name": "x"}}]}`)
	if !strings.Contains(err.Message, "/actions/0/website: got number, want string") {
		t.Errorf("message %q", err.Message)
	}
}

func TestSchemaErrorSuggestsEnumValues(t *testing.T) {
	e := newTestEngine(t, Config{})
	doc := strings.Replace(minimalSnapshot, `"province": "ZJ"`, `"province": "zj"`, 1)
	err := schemaFailure(t, e, doc)
	for _, want := range []string{`/subject/province: "zj" is not allowed`, "ZJ Zhejiang 浙", `did you mean "ZJ"?`} {
		if !strings.Contains(err.Message, want) {
			t.Errorf("message %q lacks %q", err.Message, want)
		}
	}
	doc = strings.Replace(minimalSnapshot, `"status": "active"}]}]`, `"status": "actve"}]}]`, 1)
	err = schemaFailure(t, e, doc)
	if !strings.Contains(err.Message, `"actve" is not allowed: one of active, cancelled; did you mean "active"?`) {
		t.Errorf("message %q", err.Message)
	}
}

func TestSchemaErrorShowsTheTimeForm(t *testing.T) {
	e := newTestEngine(t, Config{})
	for stamp, want := range map[string]string{
		"2026-11-20":          `"2026-11-20" is a date without a time: write a time and zone too, e.g. 2026-11-20T08:00:00Z`,
		"2026-11-20 08:00:00": `is not an RFC 3339 date and time: write it as 2026-11-20T08:00:00Z`,
	} {
		doc := strings.Replace(minimalSnapshot, "2026-11-20T08:00:00Z", stamp, 1)
		if err := schemaFailure(t, e, doc); !strings.Contains(err.Message, want) {
			t.Errorf("%s: message %q lacks %q", stamp, err.Message, want)
		}
	}
}

func TestUTF16IsNamed(t *testing.T) {
	e := newTestEngine(t, Config{})
	units := utf16.Encode([]rune(minimalSnapshot))
	le := make([]byte, 0, 2*len(units)+2)
	le = append(le, 0xFF, 0xFE)
	for _, u := range units {
		le = append(le, byte(u), byte(u>>8))
	}
	withoutBOM := le[2:]
	for name, doc := range map[string][]byte{"with a byte order mark": le, "without": withoutBOM} {
		res := checkAll(t, e, Options{}, doc)[0]
		if res.Err == nil || !strings.Contains(res.Err.Message, `UTF-16 (what Windows Notepad calls "Unicode"): save it as UTF-8`) {
			t.Errorf("%s: %+v", name, res.Err)
		}
	}
}

func TestComparePointersInDocumentOrder(t *testing.T) {
	ptrs := []string{"/websites/10", "/websites/2/domains", "/as_of", "/websites/2", "/websites/2/domains/0"}
	slices.SortFunc(ptrs, comparePointers)
	want := []string{"/as_of", "/websites/2/domains/0", "/websites/2/domains", "/websites/2", "/websites/10"}
	if !slices.Equal(ptrs, want) {
		t.Errorf("order %v, want %v", ptrs, want)
	}
}

func TestNearest(t *testing.T) {
	for _, c := range []struct {
		name       string
		candidates []string
		want       string
	}{
		{"domain", []string{"domains", "status"}, "domains"},
		{"acess", []string{"access", "name"}, "access"},
		{"zj", []string{"BJ", "ZJ"}, "ZJ"},
		{"id", []string{"id", "ids"}, "ids"},
		{"colour", []string{"kind", "version"}, ""},
		{"x", nil, ""},
	} {
		if got := nearest(c.name, c.candidates); got != c.want {
			t.Errorf("nearest(%q, %v) = %q, want %q", c.name, c.candidates, got, c.want)
		}
	}
}

func TestMissingFilingNamesWhatTheUserGave(t *testing.T) {
	e := newTestEngine(t, Config{})
	plan := `{"kind": "DeploymentPlan", "version": 1, "actions": []}`
	res := checkAll(t, e, Options{Filing: "nothere.json"}, []byte(plan))[0]
	if res.Err == nil || !strings.HasPrefix(res.Err.Message, "filing snapshot nothere.json not found: give the path of an existing snapshot") || res.Err.Setting != "" {
		t.Errorf("--filing nothere.json: %+v", res.Err)
	}
}
