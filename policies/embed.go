// Package policies is icpcheck's policy pack: the Rego rules with their unit
// tests (icp/), the data they read (icp/*.json) and the JSON Schemas of the
// input documents (schemas/). The binary embeds it, so icpcheck needs no
// other file.
package policies

import (
	"embed"
	"io/fs"
)

//go:embed icp schemas
var pack embed.FS

// FS returns the policy pack, laid out as in the repository's policies/.
func FS() fs.FS { return pack }
