package engine

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// seedCorpus adds every fixture document as a seed.
func seedCorpus(f *testing.F, patterns ...string) {
	f.Helper()
	for _, pattern := range patterns {
		files, _ := filepath.Glob(filepath.Join("..", "fixtures", pattern))
		for _, file := range files {
			data, err := os.ReadFile(file)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(data)
		}
	}
	f.Add([]byte(minimalSnapshot))
}

// FuzzDecodeDocument: the reader never panics, positions stay inside the
// document, and whatever it accepts is JSON that encoding/json agrees with.
func FuzzDecodeDocument(f *testing.F) {
	seedCorpus(f, "*/*.json")
	f.Fuzz(func(t *testing.T, data []byte) {
		v, ierr := decodeDocument(context.Background(), data, DefaultLimits().MaxDepth)
		if ierr != nil {
			if ierr.Line < 0 || ierr.Column < 0 || ierr.Message == "" {
				t.Fatalf("bad error %+v", ierr)
			}
			return
		}
		if _, err := json.Marshal(v); err != nil {
			t.Fatalf("accepted document does not re-encode: %v", err)
		}
		if !isYAML(data) && !json.Valid(data[len(data)-len(trimBOM(data)):]) {
			t.Fatalf("accepted invalid JSON %q", data)
		}
		_ = locate(data, []string{"/websites/0", "/a/b/c", ""})
	})
}

func trimBOM(data []byte) []byte {
	if len(data) >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF {
		return data[3:]
	}
	return data
}

// FuzzReadDocument: kind detection and schema validation never panic and
// every rejection says why.
func FuzzReadDocument(f *testing.F) {
	seedCorpus(f, "*/*.json")
	e := newTestEngine(f, Config{})
	f.Fuzz(func(t *testing.T, data []byte) {
		_, _, ierr := e.readDocument(context.Background(), data, DefaultLimits())
		if ierr != nil && ierr.Message == "" {
			t.Fatal("rejection without a message")
		}
	})
}

// FuzzValidate runs the whole validate path on arbitrary documents.
func FuzzValidate(f *testing.F) {
	seedCorpus(f, "filings/*.json", "invalid/*.json")
	e := newTestEngine(f, Config{})
	opts := Options{Limits: DefaultLimits()}
	f.Fuzz(func(t *testing.T, data []byte) {
		res := e.checkDocument(context.Background(), Input{Name: "fuzz.json", Dir: ".", Data: data}, opts)
		if res.Err == nil && res.Kind == "" {
			t.Fatal("checked a document of no kind")
		}
	})
}

// FuzzCheck runs the whole check path on arbitrary plans against one
// fixed snapshot.
func FuzzCheck(f *testing.F) {
	seedCorpus(f, "plans/*.json")
	e := newTestEngine(f, Config{})
	filing, _ := filepath.Abs(filepath.Join("..", "fixtures", "filings", "clean-single-site.json"))
	opts := Options{Filing: filing, Limits: DefaultLimits()}
	f.Fuzz(func(t *testing.T, data []byte) {
		res := e.checkDocument(context.Background(), Input{Name: "fuzz.json", Dir: ".", Data: data}, opts)
		if res.Err == nil && res.Kind == "" {
			t.Fatal("checked a document of no kind")
		}
	})
}

// FuzzTerraform runs the whole check path on arbitrary Terraform plans
// (terraform show -json) against one fixed snapshot: recognition, the
// format checks of terraform-json and the conversion in Rego never panic,
// and whatever is checked is checked as its kind.
func FuzzTerraform(f *testing.F) {
	seedCorpus(f, "terraform/*.json", "invalid/terraform-*.json")
	e := newTestEngine(f, Config{})
	filing, _ := filepath.Abs(filepath.Join("..", "fixtures", "terraform", "filings", "transfer-approved.json"))
	opts := Options{Filing: filing, Regions: map[string]string{"alibaba-cloud": "cn-hangzhou"}, Limits: DefaultLimits()}
	f.Fuzz(func(t *testing.T, data []byte) {
		res := e.checkDocument(context.Background(), Input{Name: "tf.json", Dir: ".", Data: data}, opts)
		if res.Err != nil && res.Err.Message == "" {
			t.Fatal("rejection without a message")
		}
		if res.Err == nil && res.Kind == "" {
			t.Fatal("checked a document of no kind")
		}
		// A plan that passed its schema always gets an answer: an
		// evaluation error (a conflict, a type error) is a defect.
		if res.Err != nil && strings.HasPrefix(res.Err.Message, "evaluate policies: ") {
			t.Fatalf("plan %q: %s", data, res.Err.Message)
		}
	})
}
