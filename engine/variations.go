package engine

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/open-policy-agent/opa/v1/rego"
)

// Variation is one setting of the province, provider or threshold data that
// changes what a rule says (data.icp.variations.catalogue): for `icpcheck rules`
// and docs/provinces.md.
type Variation struct {
	Scope   string   `json:"scope"` // province, provider or threshold
	Key     string   `json:"key"`   // the province code, provider id or threshold name
	Name    string   `json:"name"`  // the province's or provider's name
	Field   string   `json:"field"`
	Rules   []string `json:"rules"`
	Setting string   `json:"setting"` // what the value says, in words
	Sources []string `json:"sources"`
}

// Variations are the variations of the policies' data with the province
// codes and provider ids that the data knows.
type Variations struct {
	Provinces []string    `json:"provinces"`
	Providers []string    `json:"providers"`
	Entries   []Variation `json:"variations"`
	// Sources: what each source key that the entries cite names (a title
	// and an address), where the data describes it.
	Sources map[string]string `json:"sources"`
	// General says, in words, what applies where the data lists no
	// variation.
	General string `json:"general"`
	// Provider is the id that the provider name asked about names (or its
	// normal form, when the registry does not know it); "" when none was.
	Provider string `json:"provider"`
}

// variationsQuery reads data.icp.variations.catalogue (no result from
// policies without the package: --no-builtin).
const (
	variationsNamespace = "icp.variations"
	variationsQuery     = "v := data." + variationsNamespace + ".catalogue"
)

// Variations returns the variations of the policies' data (after -d), in
// the order the policies give them, their settings in words of lang ("en"
// or empty, "zh"), and the id that provider names, when it is not "" (a
// name as users write it: an alias, a Chinese name).
func (e *Engine) Variations(ctx context.Context, lang, provider string) (Variations, error) {
	input := map[string]any{}
	if lang != "" {
		input["lang"] = lang
	}
	if provider != "" {
		input["provider"] = provider
	}
	c, err := e.compiler(variationsNamespace)
	if err != nil {
		return Variations{}, err
	}
	rs, err := rego.New(rego.Query(variationsQuery), rego.Compiler(c), rego.Store(e.store), rego.Input(input)).Eval(ctx)
	if err != nil {
		return Variations{}, fmt.Errorf("read variations: %w", err)
	}
	if len(rs) == 0 {
		return Variations{}, nil
	}
	raw, err := json.Marshal(rs[0].Bindings["v"])
	if err != nil {
		return Variations{}, fmt.Errorf("read variations: %w", err)
	}
	var out Variations
	if err := json.Unmarshal(raw, &out); err != nil {
		return Variations{}, fmt.Errorf("read variations: %w", err)
	}
	return out, nil
}
