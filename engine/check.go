package engine

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
)

// Options are the per-run settings of Check.
type Options struct {
	// AsOf, when set, replaces the snapshot's as_of: day counts start here.
	AsOf time.Time
	// Filing, when set, is the snapshot every plan acts on, instead of the
	// plan's own "filing" path; a Terraform plan needs it.
	Filing string
	// FilingRoot, when set, is the folder a plan's "filing" path must stay
	// in, instead of the git work tree that holds the plan (filing.go).
	FilingRoot string
	// Regions gives, by provider id, the region of the resources of a
	// Terraform plan that neither the resource nor its provider block names
	// (a region set only in the environment).
	Regions map[string]string
	// Jobs is the number of documents evaluated at once (at least 1).
	Jobs int
	// Limits bound each document; zero fields take DefaultLimits.
	Limits Limits
	// Lang is the language of the texts the policies write (input.lang):
	// "en", "zh"; empty leaves it to the policies' data (English).
	Lang string
	// Before asks, for plans, for the accessibility of the snapshot as it
	// stands too (Result.Before), so a report can show before and after.
	Before bool
}

// checkDocument reads, validates and evaluates one input.
func (e *Engine) checkDocument(ctx context.Context, in Input, opts Options) Result {
	res := Result{File: in.Name}
	if in.Err != nil {
		res.Err = in.Err
		return res
	}
	// --timeout bounds the whole document, reading included: wall-clock.
	docCtx, cancel := context.WithTimeout(ctx, opts.Limits.Timeout)
	defer cancel()
	doc, k, ierr := e.readDocument(docCtx, in.Data, opts.Limits)
	if ierr != nil {
		res.Err = ierr
		if errors.Is(docCtx.Err(), context.DeadlineExceeded) && ctx.Err() == nil {
			res.Err.Message = fmt.Sprintf("reading the document took longer than the %s limit", opts.Limits.Timeout)
			res.Err.Setting = SettingTimeout
		}
		return res
	}
	res.Kind = k.Name
	input, ierr := k.assemble(e, doc, in, opts)
	if ierr != nil {
		res.Err = ierr
		return res
	}
	setLang(input, opts.Lang)
	UnifyDomains(input)
	value, err := ast.InterfaceToValue(input)
	if err != nil {
		res.Err = &InputError{Message: "convert document for evaluation: " + err.Error()}
		return res
	}
	// The first document of a kind waits for the policies to compile:
	// that is not its own time, so its limit moves on by as much.
	preparing := time.Now()
	queries, err := e.queries(ctx, k, opts.Limits.Timeout)
	if err != nil {
		res.Err = &InputError{Message: err.Error()}
		return res
	}
	deadline, _ := docCtx.Deadline()
	evalCtx, cancelEval := context.WithDeadline(ctx, deadline.Add(time.Since(preparing)))
	defer cancelEval()
	if err := e.evaluate(evalCtx, queries, queries.decision, value, &res); err != nil {
		res.Violations, res.Accessibility, res.Consequences = nil, nil, nil
		res.Err = &InputError{Message: "evaluate policies: " + err.Error()}
		if errors.Is(evalCtx.Err(), context.DeadlineExceeded) && ctx.Err() == nil {
			res.Err.Message = fmt.Sprintf("evaluating the policies took longer than the %s limit", opts.Limits.Timeout)
			res.Err.Setting = SettingTimeout
		}
		return res
	}
	if opts.Before && k.ActsOnFiling {
		if ierr := e.accessibilityBefore(evalCtx, queries, input, &res); ierr != nil {
			res.Err = ierr
			return res
		}
	}
	e.placeViolations(in.Data, res.Violations)
	return res
}

// accessibilityBefore evaluates a plan's snapshot on its own and keeps its
// accessibility report as res.Before.
func (e *Engine) accessibilityBefore(ctx context.Context, q *kindQueries, planInput map[string]any, res *Result) *InputError {
	value, err := ast.InterfaceToValue(planInput["filing"])
	if err != nil {
		return &InputError{Message: "convert filing for evaluation: " + err.Error()}
	}
	var snapshot Result
	if err := e.evaluate(ctx, q, q.snapshot, value, &snapshot); err != nil {
		return &InputError{Message: "evaluate the plan's snapshot: " + err.Error()}
	}
	res.Before = snapshot.Accessibility
	return nil
}

// readDocument decodes a document, identifies its kind and checks its
// format: against the kind's schema, and with the kind's own check.
func (e *Engine) readDocument(ctx context.Context, data []byte, limits Limits) (map[string]any, Kind, *InputError) {
	doc, ierr := decodeDocument(ctx, data, limits.MaxDepth)
	if ierr != nil {
		return nil, Kind{}, ierr
	}
	k, ierr := identify(doc)
	if ierr == nil && k.Schema != "" {
		if err := e.schemas[k.Name].Validate(doc); err != nil {
			ierr = e.schemaError(k, doc, err)
		}
	}
	if ierr == nil && k.check != nil {
		ierr = k.check(doc.(map[string]any))
	}
	if ierr != nil {
		placeError(ierr, data)
		return nil, Kind{}, ierr
	}
	return doc.(map[string]any), k, nil // identify accepted only objects
}

// setLang puts the language into the input the policies read (input.lang),
// for every kind. It is added after the schema check, which would refuse
// it in a snapshot.
func setLang(input map[string]any, lang string) {
	if lang != "" {
		input["lang"] = lang
	}
}

// snapshotInput: a snapshot is its own input.
func snapshotInput(_ *Engine, doc map[string]any, _ Input, opts Options) (map[string]any, *InputError) {
	overrideAsOf(doc, opts.AsOf)
	return doc, nil
}

// planInput: a plan's input is {"filing": snapshot, "plan": plan}.
func planInput(e *Engine, doc map[string]any, in Input, opts Options) (map[string]any, *InputError) {
	filing, ierr := e.planFiling(doc, in, opts)
	if ierr != nil {
		return nil, ierr
	}
	return map[string]any{"filing": filing, "plan": doc}, nil
}

func overrideAsOf(snapshot map[string]any, asOf time.Time) {
	if !asOf.IsZero() {
		snapshot["as_of"] = asOf.UTC().Format(time.RFC3339)
	}
}

// placeError fills in the line and column of an error that has a pointer.
func placeError(ierr *InputError, data []byte) {
	placeDetails(ierr.Details, data)
	if ierr.Line > 0 {
		return
	}
	if pos, ok := locate(data, []string{ierr.Pointer})[ierr.Pointer]; ok {
		ierr.Line, ierr.Column = pos.Line, pos.Column
	}
}

// placeViolations gives each violation the line its path points at.
func (e *Engine) placeViolations(data []byte, vs []Violation) {
	if len(vs) == 0 {
		return
	}
	paths := make([]string, 0, len(vs))
	for _, v := range vs {
		if v.Path != "" {
			paths = append(paths, v.Path)
		}
	}
	found := locate(data, paths)
	for i := range vs {
		if pos, ok := found[vs[i].Path]; ok {
			vs[i].Line = pos.Line
		}
	}
}

// sortViolations orders violations by rule, then path, then message, so
// the same input always prints the same bytes.
func sortViolations(vs []Violation) {
	sort.Slice(vs, func(i, j int) bool {
		a, b := vs[i], vs[j]
		if a.Rule != b.Rule {
			return a.Rule < b.Rule
		}
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		return a.Message < b.Message
	})
}
