package output

import (
	"encoding/json"
	"testing"
)

func TestJSONGolden(t *testing.T) {
	assertGolden(t, "json", Options{}, sampleResults(), "json")
}

// TestJSONContract checks the fields the README ("JSON output") makes a contract.
func TestJSONContract(t *testing.T) {
	var out struct {
		Results []map[string]any `json:"results"`
		Summary map[string]int   `json:"summary"`
	}
	if err := json.Unmarshal(render(t, "json", Options{}, sampleResults()), &out); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	for _, r := range out.Results {
		if _, failed := r["error"]; failed {
			continue
		}
		for _, field := range []string{"file", "kind", "violations", "accessibility", "consequences"} {
			if _, ok := r[field]; !ok {
				t.Errorf("result %v lacks %q", r["file"], field)
			}
		}
	}
	for _, field := range []string{"documents", "deny", "warn", "errors"} {
		if _, ok := out.Summary[field]; !ok {
			t.Errorf("summary lacks %q", field)
		}
	}
}

func TestJSONEmptyRun(t *testing.T) {
	var out map[string]any
	if err := json.Unmarshal(render(t, "json", Options{}, nil), &out); err != nil {
		t.Fatalf("empty run is not JSON: %v", err)
	}
}
