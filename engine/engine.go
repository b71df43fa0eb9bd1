// Package engine loads and compiles icpcheck's policies once, validates input
// documents against their JSON Schemas and evaluates them concurrently with
// prepared queries. It knows the policy interface (README, "Running as a service") but no ICP
// rule: a rule added to the policy pack needs no change here.
package engine

import (
	"context"
	"fmt"
	"io/fs"
	"strings"

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
// concurrent use: every document shares the same prepared queries.
type Engine struct {
	pack     fs.FS
	compiler *ast.Compiler
	queries  map[string]rego.PreparedEvalQuery // by kind name
	schemas  map[string]*jsonschema.Schema     // by kind name
	rules    map[string]RuleInfo               // by rule ID
	derive   rego.PreparedEvalQuery            // a Terraform plan's DeploymentPlan
	store    storage.Store                     // the policies' data, after -d
}

// New loads and compiles the policies and prepares one query per kind.
func New(ctx context.Context, cfg Config) (*Engine, error) {
	set, err := loadPolicies(cfg)
	if err != nil {
		return nil, err
	}
	typeSchemas, err := regopack.Schemas(cfg.Pack)
	if err != nil {
		return nil, err
	}
	compiler, err := compile(set.Modules(), typeSchemas)
	if err != nil {
		return nil, err
	}
	schemas, err := compileSchemas(cfg.Pack)
	if err != nil {
		return nil, fmt.Errorf("load schemas: %w", err)
	}
	e := &Engine{
		pack:     cfg.Pack,
		compiler: compiler,
		queries:  make(map[string]rego.PreparedEvalQuery, len(kinds())),
		schemas:  schemas,
		rules:    catalogue(compiler),
	}
	// AST values on read: policies read the data tables on every query, and
	// converting them from Go values each time costs more than the lookups.
	store := inmem.NewFromObjectWithOpts(set.Data, inmem.OptReturnASTValuesOnRead(true))
	e.store = store
	for _, k := range kinds() {
		pq, err := rego.New(
			rego.Query(decisionQuery(k.Namespace, definesDecision(compiler, k.Namespace))),
			rego.Compiler(compiler),
			rego.Store(store),
		).PrepareForEval(ctx)
		if err != nil {
			return nil, fmt.Errorf("prepare query for %s: %w", k.Name, err)
		}
		e.queries[k.Name] = pq
	}
	e.derive, err = rego.New(
		rego.Query(derivedPlanQuery),
		rego.Compiler(compiler),
		rego.Store(store),
	).PrepareForEval(ctx)
	if err != nil {
		return nil, fmt.Errorf("prepare query for the derived plan: %w", err)
	}
	return e, nil
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
	msgs := make([]string, 0, len(c.Errors))
	for _, e := range c.Errors {
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
	return nil, fmt.Errorf("compile policies: %s", strings.Join(msgs, "; "))
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
