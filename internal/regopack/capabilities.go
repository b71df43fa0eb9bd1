package regopack

import (
	"slices"

	"github.com/open-policy-agent/opa/v1/ast"
)

// BlockedBuiltins are left out of the capabilities so that no policy,
// embedded or a user's, can reach the network.
var BlockedBuiltins = []string{"http.send", "net.lookup_ip_addr"}

// Capabilities are OPA's own for this version without BlockedBuiltins.
func Capabilities() *ast.Capabilities {
	caps := ast.CapabilitiesForThisVersion()
	caps.Builtins = slices.DeleteFunc(caps.Builtins, func(b *ast.Builtin) bool {
		return slices.Contains(BlockedBuiltins, b.Name)
	})
	return caps
}
