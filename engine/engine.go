// Package engine loads and compiles icpcheck's policies once, validates input
// documents against their JSON Schemas and evaluates them concurrently with
// prepared queries. It knows the policy interface (README, "Running as a service") but no ICP
// rule: a rule added to the policy pack needs no change here.
package engine

import (
	"context"
	"fmt"
	"io/fs"
	"maps"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/open-policy-agent/opa/v1/storage"
	"github.com/open-policy-agent/opa/v1/storage/inmem"
	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/icpcheck/icpcheck/internal/regopack"
)

// Config says which policies and data an Engine evaluates.
type Config struct {
	Pack      fs.FS    // the policy pack: Rego, data and schemas/ (policies.FS)
	NoBuiltin bool     // leave out the pack's Rego; keep its data and schemas
	Policies  []string // extra Rego files or folders (-p)
	Data      []string // JSON or YAML files merged over the pack's data (-d)
	Limits    Limits   // bound each -d file as a document; zero fields take DefaultLimits
}

// Engine evaluates documents against compiled policies. It is safe for
// concurrent use: every document of a kind shares the same prepared
// queries. The embedded pack is compiled lazily, once per kind, and only
// the modules the kind's entry points reach (reachable): one snapshot does
// not pay for compiling the plan simulation and the Terraform conversion.
// Policies of the user's own (-p, --no-builtin) are compiled whole at New,
// so that an error in any of them stops the run before a document is read.
type Engine struct {
	pack        fs.FS
	modules     map[string]*ast.Module        // parsed, by file name
	typeSchemas *ast.SchemaSet                // the documents' schemas, for the type checker
	whole       *ast.Compiler                 // every module compiled, with policies of the user's; else nil
	schemas     map[string]*jsonschema.Schema // by kind name
	rules       map[string]RuleInfo           // by rule ID
	store       storage.Store                 // the policies' data, after -d
	prepared    sync.Map                      // kind name → *lazy[*kindQueries]
	compiled    sync.Map                      // roots → *lazy[*ast.Compiler]
}

// kindQueries are the prepared queries one kind of document needs.
type kindQueries struct {
	decision rego.PreparedEvalQuery
	// snapshot is the snapshot kind's decision, prepared with this kind's
	// compiler, for the accessibility of a plan's snapshot (Options.Before).
	snapshot rego.PreparedEvalQuery
	derive   rego.PreparedEvalQuery // a Terraform plan's DeploymentPlan
	startup  *startupValues         // input-free rules, evaluated once
}

// eval runs one of the kind's queries on an input, with the start-up
// values in its cache.
func (q *kindQueries) eval(ctx context.Context, query rego.PreparedEvalQuery, input ast.Value) (rego.ResultSet, error) {
	return query.Eval(ctx, rego.EvalParsedInput(input), rego.EvalVirtualCache(newStartupCache(q.startup)))
}

// lazy is a value computed once, on first use, by whichever goroutine asks
// first; the others wait for it.
type lazy[T any] struct {
	once  sync.Once
	value T
	err   error
}

func (l *lazy[T]) get(compute func() (T, error)) (T, error) {
	l.once.Do(func() { l.value, l.err = compute() })
	return l.value, l.err
}

// New loads the policies, reads their rule catalogue and data, and compiles
// policies of the user's; the embedded pack compiles as documents need it.
func New(ctx context.Context, cfg Config) (*Engine, error) {
	set, err := loadPolicies(cfg)
	if err != nil {
		return nil, err
	}
	typeSchemas, err := regopack.Schemas(cfg.Pack)
	if err != nil {
		return nil, err
	}
	modules := set.Modules()
	annotations, err := annotationSet(modules)
	if err != nil {
		return nil, err
	}
	schemas, err := compileSchemas(cfg.Pack)
	if err != nil {
		return nil, fmt.Errorf("load schemas: %w", err)
	}
	e := &Engine{
		pack:        cfg.Pack,
		modules:     modules,
		typeSchemas: typeSchemas,
		schemas:     schemas,
		rules:       catalogue(annotations),
		// AST values on read: policies read the data tables on every
		// query, and converting them from Go values each time costs more
		// than the lookups.
		store: inmem.NewFromObjectWithOpts(set.Data, inmem.OptReturnASTValuesOnRead(true)),
	}
	if len(cfg.Policies) > 0 || cfg.NoBuiltin || cfg.Pack == nil {
		if e.whole, err = compile(modules, typeSchemas); err != nil {
			return nil, err
		}
	}
	return e, nil
}

// annotationSet reads the METADATA of every module, as the compiler does
// (in the order of the modules' names), without compiling them.
func annotationSet(modules map[string]*ast.Module) (*ast.AnnotationSet, error) {
	sorted := make([]*ast.Module, 0, len(modules))
	for _, name := range slices.Sorted(maps.Keys(modules)) {
		sorted = append(sorted, modules[name])
	}
	as, errs := ast.BuildAnnotationSet(sorted)
	if len(errs) > 0 {
		return nil, compileError(errs)
	}
	return as, nil
}

// compiler returns the policies compiled for the entry points under roots:
// the whole set when the user's policies are in it, else the modules the
// roots reach, compiled once.
func (e *Engine) compiler(roots ...string) (*ast.Compiler, error) {
	if e.whole != nil {
		return e.whole, nil
	}
	l, _ := e.compiled.LoadOrStore(strings.Join(roots, " "), &lazy[*ast.Compiler]{})
	return l.(*lazy[*ast.Compiler]).get(func() (*ast.Compiler, error) {
		return compile(reachable(e.modules, roots), e.typeSchemas)
	})
}

// queries returns the prepared queries of a kind, preparing them on first
// use. Preparing does not stop when the document that asked first is
// cancelled: the others still need them. Evaluating the input-free rules
// stops at the time limit of a document (limit): a rule that does not
// finish by then is left to each evaluation.
func (e *Engine) queries(ctx context.Context, k Kind, limit time.Duration) (*kindQueries, error) {
	l, _ := e.prepared.LoadOrStore(k.Name, &lazy[*kindQueries]{})
	return l.(*lazy[*kindQueries]).get(func() (*kindQueries, error) {
		ctx := context.WithoutCancel(ctx)
		snapshot, _ := LookupKind(KindSnapshot)
		roots := k.Judges
		if k.ActsOnFiling {
			roots = append(slices.Clone(roots), snapshot.Namespace)
		}
		c, err := e.compiler(roots...)
		if err != nil {
			return nil, err
		}
		q := &kindQueries{}
		if q.decision, err = e.prepare(ctx, c, decisionQuery(k.Namespace, definesDecision(c, k.Namespace))); err != nil {
			return nil, fmt.Errorf("prepare query for %s: %w", k.Name, err)
		}
		if k.ActsOnFiling {
			if q.snapshot, err = e.prepare(ctx, c, decisionQuery(snapshot.Namespace, definesDecision(c, snapshot.Namespace))); err != nil {
				return nil, fmt.Errorf("prepare query for %s: %w", KindSnapshot, err)
			}
		}
		if k.Name == KindTerraform {
			if q.derive, err = e.prepare(ctx, c, derivedPlanQuery); err != nil {
				return nil, fmt.Errorf("prepare query for the derived plan: %w", err)
			}
		}
		startupCtx, cancel := context.WithTimeout(ctx, limit)
		defer cancel()
		q.startup = evalStartupValues(startupCtx, c, e.store)
		return q, nil
	})
}

func (e *Engine) prepare(ctx context.Context, c *ast.Compiler, query string) (rego.PreparedEvalQuery, error) {
	return rego.New(rego.Query(query), rego.Compiler(c), rego.Store(e.store)).PrepareForEval(ctx)
}

// compile compiles the policies strictly, without network builtins, and
// type-checks their input references against the documents' schemas.
func compile(modules map[string]*ast.Module, schemas *ast.SchemaSet) (*ast.Compiler, error) {
	c := ast.NewCompiler().
		WithStrict(true).
		WithCapabilities(regopack.Capabilities()).
		WithSchemas(schemas).
		WithUseTypeCheckAnnotations(true)
	c.Compile(modules)
	if !c.Failed() {
		return c, nil
	}
	return nil, compileError(c.Errors)
}

// compileError is the policies' errors in one line, each with its place,
// and why a builtin that icpcheck leaves out is missing.
func compileError(errs ast.Errors) error {
	msgs := make([]string, 0, len(errs))
	for _, e := range errs {
		msg := e.Message
		if e.Location != nil {
			msg = fmt.Sprintf("%s:%d: %s", e.Location.File, e.Location.Row, e.Message)
		}
		if name, ok := strings.CutPrefix(e.Message, "undefined function "); ok {
			if reason, blocked := regopack.BlockedReason(name); blocked {
				msg += " (" + name + " is not available: " + reason + ")"
			}
		}
		msgs = append(msgs, msg)
	}
	return fmt.Errorf("compile policies: %s", strings.Join(msgs, "; "))
}

// decisionQuery reads the entry points of a namespace: its decision where
// it defines one (the embedded pack's decision reads provider aliases as
// their ids before judging, as an OPA server serving the bundle does), else
// deny, warn, accessibility and consequences. Each is collected with a
// comprehension so that a namespace that defines only some of them (a
// user's own pack with --no-builtin) still answers. exception is
// conftest's: each element names the rules the document is exempt from.
func decisionQuery(namespace string, decision bool) string {
	entry := namespace
	if decision {
		entry += ".decision"
	}
	return fmt.Sprintf(`deny := [v | some v in data.%[1]s.deny]
warn := [v | some v in data.%[1]s.warn]
accessibility := [a | some a in data.%[1]s.accessibility]
consequences := [c | some c in data.%[1]s.consequences]
notes := [n | some n in data.%[2]s.notes]
exception := [e | some e in data.%[2]s.exception]`, entry, namespace)
}

// definesDecision reports whether the compiled policies define the
// namespace's decision rule.
func definesDecision(c *ast.Compiler, namespace string) bool {
	ref := ast.MustParseRef("data." + namespace + ".decision")
	return len(c.GetRulesExact(ref)) > 0
}
