package catalogue

import (
	"encoding/json"
	"io"

	"github.com/icpcheck/icpcheck/engine"
)

func writeJSON(w io.Writer, rules []engine.RuleInfo) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(map[string]any{"rules": rules})
}
