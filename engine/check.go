package engine

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
)

// Options are the per-run settings of Check.
type Options struct {
	// Expect is the kind the command checks; a document of another kind is
	// an input error naming the command to use. Empty accepts every kind.
	Expect string
	// AsOf, when set, replaces the snapshot's as_of: day counts start here.
	AsOf time.Time
	// Filing, when set, is the snapshot every plan acts on, instead of the
	// plan's own "filing" path.
	Filing string
	// Jobs is the number of documents evaluated at once (at least 1).
	Jobs int
	// Limits bound each document; zero fields take DefaultLimits.
	Limits Limits
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
	doc, k, ierr := e.readDocument(in.Data, opts.Limits)
	if ierr != nil {
		res.Err = ierr
		return res
	}
	res.Kind = k.Name
	if opts.Expect != "" && k.Name != opts.Expect {
		res.Err = &InputError{Pointer: "/kind", Message: fmt.Sprintf("this is a %s: check it with `icpcheck %s`", k.Name, k.Command)}
		placeError(res.Err, in.Data)
		return res
	}
	input, ierr := e.policyInput(k, doc, in, opts)
	if ierr != nil {
		res.Err = ierr
		return res
	}
	value, err := ast.InterfaceToValue(input)
	if err != nil {
		res.Err = &InputError{Message: "convert document for evaluation: " + err.Error()}
		return res
	}
	evalCtx, cancel := context.WithTimeout(ctx, opts.Limits.Timeout)
	defer cancel()
	if err := e.evaluate(evalCtx, k, value, &res); err != nil {
		res.Violations, res.Accessibility, res.Consequences = nil, nil, nil
		res.Err = &InputError{Message: "evaluate policies: " + err.Error()}
		if errors.Is(evalCtx.Err(), context.DeadlineExceeded) && ctx.Err() == nil {
			res.Err.Message = fmt.Sprintf("evaluating the policies took longer than the %s limit (--timeout)", opts.Limits.Timeout)
		}
		return res
	}
	if opts.Before && k.Name == KindPlan {
		if ierr := e.accessibilityBefore(evalCtx, input, &res); ierr != nil {
			res.Err = ierr
			return res
		}
	}
	e.placeViolations(in.Data, res.Violations)
	return res
}

// accessibilityBefore evaluates a plan's snapshot on its own and keeps its
// accessibility report as res.Before.
func (e *Engine) accessibilityBefore(ctx context.Context, planInput any, res *Result) *InputError {
	filing := planInput.(map[string]any)["filing"]
	value, err := ast.InterfaceToValue(filing)
	if err != nil {
		return &InputError{Message: "convert filing for evaluation: " + err.Error()}
	}
	var snapshot Result
	if err := e.evaluate(ctx, kinds[KindSnapshot], value, &snapshot); err != nil {
		return &InputError{Message: "evaluate the plan's snapshot: " + err.Error()}
	}
	res.Before = snapshot.Accessibility
	return nil
}

// readDocument decodes a document, identifies its kind and validates it
// against that kind's schema.
func (e *Engine) readDocument(data []byte, limits Limits) (any, Kind, *InputError) {
	doc, ierr := decodeDocument(data, limits.MaxDepth)
	if ierr != nil {
		return nil, Kind{}, ierr
	}
	k, ierr := identify(doc)
	if ierr == nil {
		if err := e.schemas[k.Name].Validate(doc); err != nil {
			ierr = e.schemaError(k, doc, err)
		}
	}
	if ierr != nil {
		placeError(ierr, data)
		return nil, Kind{}, ierr
	}
	return doc, k, nil
}

// policyInput builds the input document of a kind's entry points: the
// snapshot itself, or for a plan {"filing": snapshot, "plan": plan}.
func (e *Engine) policyInput(k Kind, doc any, in Input, opts Options) (any, *InputError) {
	obj := doc.(map[string]any) // identify accepted only objects
	switch k.Name {
	case KindSnapshot:
		overrideAsOf(obj, opts.AsOf)
		return obj, nil
	case KindPlan:
		filing, ierr := e.planFiling(obj, in, opts)
		if ierr != nil {
			return nil, ierr
		}
		overrideAsOf(filing, opts.AsOf)
		return map[string]any{"filing": filing, "plan": obj}, nil
	}
	return obj, nil
}

// planFiling reads the snapshot a plan acts on: --filing, or the plan's
// "filing" path relative to the plan file.
func (e *Engine) planFiling(plan map[string]any, in Input, opts Options) (map[string]any, *InputError) {
	path := opts.Filing
	if path == "" {
		rel, _ := plan["filing"].(string)
		if rel == "" {
			ierr := &InputError{Pointer: "/filing", Message: "the plan names no filing snapshot: set \"filing\" to the snapshot's path relative to the plan, or pass --filing FILE"}
			placeError(ierr, in.Data)
			return nil, ierr
		}
		path = rel
		if !filepath.IsAbs(rel) {
			path = filepath.Join(in.Dir, rel)
		}
	}
	data, err := os.ReadFile(path)
	if err != nil {
		msg := fmt.Sprintf("filing snapshot %s: %v", path, err)
		if errors.Is(err, os.ErrNotExist) {
			msg = missingFiling(path, opts.Filing != "")
		}
		ierr := &InputError{Pointer: "/filing", Message: msg}
		if opts.Filing == "" {
			placeError(ierr, in.Data)
		}
		return nil, ierr
	}
	doc, k, ierr := e.readDocument(data, opts.Limits)
	if ierr == nil && k.Name != KindSnapshot {
		ierr = &InputError{Pointer: "/kind", Message: fmt.Sprintf("is a %s, not a FilingSnapshot", k.Name)}
		placeError(ierr, data)
	}
	if ierr != nil {
		where := path
		if ierr.Line > 0 {
			where = fmt.Sprintf("%s:%d:%d", path, ierr.Line, ierr.Column)
		}
		return nil, &InputError{Pointer: "/filing", Message: fmt.Sprintf("filing snapshot %s: %s", where, ierr.Message)}
	}
	return doc.(map[string]any), nil
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
