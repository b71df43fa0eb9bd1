package catalogue

import (
	"encoding/json"
	"io"

	"github.com/icpcheck/icpcheck/engine"
)

func writeJSON(w io.Writer, c Catalogue) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	variations := c.Variations
	if variations == nil {
		variations = []engine.Variation{}
	}
	return enc.Encode(map[string]any{"rules": c.Rules, "variations": variations})
}
