package engine

import (
	"context"
	"maps"
	"slices"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/storage"
	"github.com/open-policy-agent/opa/v1/topdown"
)

// Rules whose value no input can change (the provider registry read as a
// table of aliases, a catalogue lookup that reads only data) would
// otherwise be evaluated again for every document. startupValues evaluates
// them once, when a kind's queries are prepared, and every evaluation reads
// them through its virtual cache (startupCache), as it reads a value it has
// computed itself. A rule is input-free when neither it nor any rule or
// function it refers to, however deep, reads input or uses with; data is
// fixed for the engine's life (-d is read at New). Only rules that an
// input-dependent rule refers to are evaluated: their own dependencies are
// then never asked for.

// startupValues holds the values of input-free rules, by rule path.
type startupValues struct {
	byName map[ast.Value][]startupValue // by the path's last name, to rule out most lookups cheaply
}

type startupValue struct {
	path  ast.Ref
	value *ast.Term // nil: the rule is undefined
	// underWith: no with statement of the policies can change it (none
	// replaces anything it reads, however deep: input never is), so it
	// holds under with statements too.
	underWith bool
}

// get returns the start-up value of ref, if it has one; under a with
// statement (withDepth > 0), only one that no with statement can change.
func (s *startupValues) get(ref ast.Ref, withDepth int) (*ast.Term, bool) {
	if s == nil || len(ref) == 0 {
		return nil, false
	}
	for _, v := range s.byName[ref[len(ref)-1].Value] {
		if v.path.Equal(ref) {
			if withDepth > 0 && !v.underWith {
				return nil, false
			}
			return v.value, true
		}
	}
	return nil, false
}

// evalStartupValues evaluates the input-free rules that input-dependent
// rules of c refer to. A rule whose evaluation fails (a conflict in the
// data, the time limit) is left to each evaluation, which reports it as
// before.
func evalStartupValues(ctx context.Context, c *ast.Compiler, store storage.Store) *startupValues {
	d := dependence{c: c, free: make(map[*ast.Rule]bool)}
	s := &startupValues{byName: make(map[ast.Value][]startupValue)}
	w := withReach{d: &d, targets: d.withTargets(), reaches: make(map[*ast.Rule]bool)}
	txn, err := store.NewTransaction(ctx)
	if err != nil {
		return s
	}
	defer store.Abort(ctx, txn)
	result := ast.VarTerm("value")
	for _, path := range d.inputFreeRules() {
		query, err := c.QueryCompiler().Compile(ast.NewBody(ast.Equality.Expr(result, ast.NewTerm(path))))
		if err != nil {
			continue
		}
		rs, err := topdown.NewQuery(query).WithCompiler(c).WithStore(store).WithTransaction(txn).Run(ctx)
		if err != nil || len(rs) > 1 {
			continue
		}
		v := startupValue{path: path, underWith: !slices.ContainsFunc(c.GetRulesExact(path), w.reached)}
		if len(rs) == 1 {
			v.value = rs[0][result.Value.(ast.Var)]
		}
		last := path[len(path)-1].Value
		s.byName[last] = append(s.byName[last], v)
	}
	return s
}

// inputFreeRules lists the paths of the rules worth evaluating once: rules
// (not functions) named by one name after their package, or a name and a
// key (partial sets and objects), that no input can change and that an
// input-dependent rule or a function refers to.
func (d *dependence) inputFreeRules() []ast.Ref {
	c := d.c
	var out []ast.Ref
	seen := make(map[string]bool)
	for _, name := range slices.Sorted(maps.Keys(c.Modules)) {
		for _, r := range c.Modules[name].Rules {
			if len(r.Head.Args) == 0 && d.isFree(r) {
				continue // a function is called with what its callers read
			}
			ast.WalkRefs(r, func(ref ast.Ref) bool {
				if !ref.HasPrefix(ast.DefaultRootRef) {
					return false
				}
				for _, dep := range c.GetRules(ref) {
					path, ok := cacheable(dep)
					if ok && !seen[path.String()] && d.pathIsFree(path) {
						seen[path.String()] = true
						out = append(out, path)
					}
				}
				return false
			})
		}
	}
	return out
}

// cacheable is the path of a rule that the evaluator caches whole under
// one reference: p, p contains x, p[k] := v; not a function, not a rule
// with a longer reference head.
func cacheable(r *ast.Rule) (ast.Ref, bool) {
	if len(r.Head.Args) > 0 {
		return nil, false
	}
	head := r.Head.Ref()
	switch {
	case len(head) == 1:
	case len(head) == 2 && isVar(head[1]):
	default:
		return nil, false
	}
	full := r.Ref()
	return full[:len(full)-len(head)+1], true
}

func isVar(t *ast.Term) bool {
	_, ok := t.Value.(ast.Var)
	return ok
}

// dependence decides, once per rule, whether a rule is input-free.
type dependence struct {
	c    *ast.Compiler
	free map[*ast.Rule]bool // decided, or being decided (false until shown)
}

// pathIsFree: every rule at path (its default included) is input-free.
func (d *dependence) pathIsFree(path ast.Ref) bool {
	rules := d.c.GetRulesExact(path)
	if len(rules) == 0 {
		return false
	}
	for _, r := range rules {
		if !d.isFree(r) {
			return false
		}
	}
	return true
}

func (d *dependence) isFree(r *ast.Rule) bool {
	if free, decided := d.free[r]; decided {
		return free // a rule that refers back to itself while it is decided counts as not free
	}
	d.free[r] = false
	free := true
	ast.WalkExprs(r, func(e *ast.Expr) bool {
		if len(e.With) > 0 {
			free = false
		}
		return !free
	})
	ast.WalkVars(r, func(v ast.Var) bool {
		if v.Equal(ast.InputRootDocument.Value) {
			free = false
		}
		return !free
	})
	if free {
		ast.WalkRefs(r, func(ref ast.Ref) bool {
			if free && ref.HasPrefix(ast.DefaultRootRef) {
				for _, dep := range d.c.GetRules(ref) {
					if dep != r && !d.isFree(dep) {
						free = false
						break
					}
				}
			}
			return !free
		})
	}
	if r.Else != nil && free {
		free = d.isFree(r.Else)
	}
	d.free[r] = free
	return free
}

// startupCache is the virtual cache of one evaluation: its own values,
// over the start-up values. Under a with statement, which may replace data
// or a rule, the evaluator starts a new frame of its own cache; a start-up
// value is served there only when no with statement of the policies can
// change it (startupValue.underWith).
type startupCache struct {
	topdown.VirtualCache
	startup *startupValues
	depth   int // with statements entered
}

func newStartupCache(s *startupValues) *startupCache {
	return &startupCache{VirtualCache: newFlatCache(), startup: s}
}

func (c *startupCache) Push() {
	c.depth++
	c.VirtualCache.Push()
}

func (c *startupCache) Pop() {
	c.depth--
	c.VirtualCache.Pop()
}

func (c *startupCache) Get(ref ast.Ref) (*ast.Term, bool) {
	if v, undefined := c.VirtualCache.Get(ref); v != nil || undefined {
		return v, undefined
	}
	v, found := c.startup.get(ref, c.depth)
	return v, found && v == nil
}

// withTargets: what the with statements of the policies replace, input
// aside (no input-free rule reads it).
func (d *dependence) withTargets() []ast.Ref {
	var targets []ast.Ref
	for _, name := range slices.Sorted(maps.Keys(d.c.Modules)) {
		ast.WalkExprs(d.c.Modules[name], func(e *ast.Expr) bool {
			for _, w := range e.With {
				if ref, ok := w.Target.Value.(ast.Ref); ok && !ref.HasPrefix(ast.InputRootRef) {
					targets = append(targets, ref)
				}
			}
			return false
		})
	}
	return targets
}

// withReach decides, once per rule, whether a rule reads, however deep,
// what a with statement replaces: base data, a rule, a function or a
// built-in.
type withReach struct {
	d       *dependence
	targets []ast.Ref
	reaches map[*ast.Rule]bool // decided, or being decided (false until shown)
}

func (w *withReach) reached(r *ast.Rule) bool {
	if reaches, decided := w.reaches[r]; decided {
		return reaches
	}
	w.reaches[r] = false
	reaches := false
	ast.WalkRefs(r, func(ref ast.Ref) bool {
		if reaches {
			return true
		}
		ground := ref.GroundPrefix() // a key read by a variable may be any key
		reaches = slices.ContainsFunc(w.targets, func(t ast.Ref) bool { return ground.HasPrefix(t) || t.HasPrefix(ground) })
		if !reaches && ref.HasPrefix(ast.DefaultRootRef) {
			reaches = slices.ContainsFunc(w.d.c.GetRules(ref), func(dep *ast.Rule) bool { return dep != r && w.reached(dep) })
		}
		return reaches
	})
	if r.Else != nil && !reaches {
		reaches = w.reached(r.Else)
	}
	w.reaches[r] = reaches
	return reaches
}
