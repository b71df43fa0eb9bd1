package engine

import (
	"sort"

	"github.com/open-policy-agent/opa/v1/ast"
)

// reachable returns the modules that the entry points under the roots
// (packages such as icp.filing) can reach: every module of a package at or
// under a root, and every module of a package that their imports and data
// references name, until nothing new is named. A reference reaches the
// packages under its named prefix and the packages that contain it, so
// data.icp.lib reaches all of icp.lib.*, data.icp.filing.deny reaches
// icp.filing, and data[x] reaches everything. A snapshot's entry points
// then compile without the plan simulation and the Terraform conversion,
// which is most of the cost of starting for one document.
func reachable(modules map[string]*ast.Module, roots []string) map[string]*ast.Module {
	packages := make(map[string][]string) // module names by package path
	paths := make(map[string]ast.Ref)
	for name, m := range modules {
		p := m.Package.Path.String()
		packages[p] = append(packages[p], name)
		paths[p] = m.Package.Path
	}
	order := make([]string, 0, len(paths)) // for a stable walk
	for p := range paths {
		order = append(order, p)
	}
	sort.Strings(order)

	out := make(map[string]*ast.Module)
	seen := make(map[string]bool) // references followed
	var todo []ast.Ref
	follow := func(ref ast.Ref) {
		ref = namedPrefix(ref)
		if len(ref) == 0 || !ref[0].Equal(ast.DefaultRootDocument) || seen[ref.String()] {
			return
		}
		seen[ref.String()] = true
		todo = append(todo, ref)
	}
	for _, root := range roots {
		follow(ast.MustParseRef("data." + root))
	}
	for len(todo) > 0 {
		ref := todo[len(todo)-1]
		todo = todo[:len(todo)-1]
		for _, p := range order {
			path := paths[p]
			if !path.HasPrefix(ref) && !ref.HasPrefix(path) {
				continue
			}
			for _, name := range packages[p] {
				if _, done := out[name]; done {
					continue
				}
				m := modules[name]
				out[name] = m
				for _, imp := range m.Imports {
					if r, ok := imp.Path.Value.(ast.Ref); ok {
						follow(r)
					}
				}
				ast.WalkRefs(m, func(r ast.Ref) bool {
					follow(r)
					return false
				})
			}
		}
	}
	return out
}

// namedPrefix is the head of ref and the names after it, up to the first
// term that is not a string: data.icp.lib.messages of
// data.icp.lib.messages[lang].x, data of data[x]. (Ref.GroundPrefix takes
// a reference term such as input.p for ground.)
func namedPrefix(ref ast.Ref) ast.Ref {
	for i := 1; i < len(ref); i++ {
		if _, ok := ref[i].Value.(ast.String); !ok {
			return ref[:i]
		}
	}
	return ref
}
