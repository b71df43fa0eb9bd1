package engine

import (
	"encoding/json"
	"strings"
	"testing"
)

// FuzzReadData: the -d reader never panics, every rejection is one line
// naming the file, and what it accepts is an object that re-encodes as JSON.
func FuzzReadData(f *testing.F) {
	seedCorpus(f, "*/*.yaml", "custom/*.yaml")
	f.Add([]byte(`{"icp": {"thresholds": {"expiry_warning_days": 0}}}`))
	f.Add([]byte("icp:\n  thresholds: {stale_transfer_days: 10}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, name := range []string{"data.json", "data.yaml", "data.txt"} {
			obj, err := decodeData(name, data, DefaultLimits().MaxDepth)
			if err != nil {
				if msg := err.Error(); !strings.HasPrefix(msg, name) || strings.Contains(msg, "\n") {
					t.Fatalf("error %q does not name %s on one line", msg, name)
				}
				continue
			}
			if name == "data.txt" {
				t.Fatal("accepted a .txt data file")
			}
			if _, err := json.Marshal(obj); err != nil {
				t.Fatalf("accepted data does not re-encode: %v", err)
			}
		}
	})
}
