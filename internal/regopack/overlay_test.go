package regopack

import (
	"errors"
	"reflect"
	"testing"

	"github.com/open-policy-agent/opa/v1/loader"
)

// loadData reads a data file with OPA's loader: the package's tests need a
// DataReader, and the engine's strict one lives above this package (it is
// tested there).
func loadData(path string) (map[string]any, error) {
	res, err := loader.NewFileLoader().All([]string{path})
	if err != nil {
		return nil, err
	}
	return res.Documents, nil
}

func TestOverlayDataMergesObjectsAndReplacesTheRest(t *testing.T) {
	s := NewSet()
	s.Data = map[string]any{"icp": map[string]any{"thresholds": map[string]any{"a": 1, "b": 2}, "list": []any{1}}}
	files := map[string]map[string]any{
		"one": {"icp": map[string]any{"thresholds": map[string]any{"b": 3}, "list": []any{2}}},
		"two": {"icp": map[string]any{"thresholds": map[string]any{"c": 4}}},
	}
	read := func(path string) (map[string]any, error) { return files[path], nil }
	if err := s.OverlayData([]string{"one", "two"}, read); err != nil {
		t.Fatal(err)
	}
	want := map[string]any{"icp": map[string]any{"thresholds": map[string]any{"a": 1, "b": 3, "c": 4}, "list": []any{2}}}
	if !reflect.DeepEqual(s.Data, want) {
		t.Errorf("data %v, want %v", s.Data, want)
	}
	failing := func(string) (map[string]any, error) { return nil, errors.New("bad.json:1:2: duplicate key") }
	if err := s.OverlayData([]string{"bad.json"}, failing); err == nil || err.Error() != "load data bad.json:1:2: duplicate key" {
		t.Errorf("error %v", err)
	}
}
