package regopack

import (
	"slices"

	"github.com/open-policy-agent/opa/v1/ast"
)

// blockedBuiltins are left out of the capabilities, with the reason a
// compile error gives: no policy, embedded or a user's, may reach the
// network or the host, or answer differently for the same input.
var blockedBuiltins = map[string]string{
	"http.send":          "policies may not reach the network",
	"net.lookup_ip_addr": "policies may not reach the network",
	"opa.runtime":        "policies may not read the host's environment",
	"time.now_ns":        "the same input must give the same result: use the snapshot's as_of (or --as-of)",
	"rand.intn":          "the same input must give the same result",
	"uuid.rfc4122":       "the same input must give the same result",
}

// nondeterministicReason is the reason for the builtins OPA itself marks
// nondeterministic that blockedBuiltins does not name (JWT signing and
// verification, schema matching that may fetch remote $refs).
const nondeterministicReason = "it is nondeterministic: the same input must give the same result"

// Capabilities are OPA's own for this version without the blocked builtins:
// those named in blockedBuiltins and every builtin OPA marks
// nondeterministic.
func Capabilities() *ast.Capabilities {
	caps := ast.CapabilitiesForThisVersion()
	caps.Builtins = slices.DeleteFunc(caps.Builtins, func(b *ast.Builtin) bool {
		_, blocked := blockedBuiltins[b.Name]
		return blocked || b.Nondeterministic
	})
	return caps
}

// BlockedReason says why a builtin is not available to policies, and
// whether it is one of the blocked ones.
func BlockedReason(name string) (string, bool) {
	if reason, ok := blockedBuiltins[name]; ok {
		return reason, true
	}
	if b, ok := ast.BuiltinMap[name]; ok && b.Nondeterministic {
		return nondeterministicReason, true
	}
	return "", false
}
