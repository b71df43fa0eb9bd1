package engine

import (
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"slices"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
)

// evaluate runs a prepared decision query on one input and fills res.
func (e *Engine) evaluate(ctx context.Context, q *kindQueries, query rego.PreparedEvalQuery, input ast.Value, res *Result) error {
	rs, err := q.eval(ctx, query, input)
	if err != nil {
		return err
	}
	if len(rs) != 1 {
		return fmt.Errorf("decision query returned %d results, want 1", len(rs))
	}
	b := rs[0].Bindings
	for _, sev := range []string{SeverityDeny, SeverityWarn} {
		items, _ := b[sev].([]any)
		for _, it := range items {
			res.Violations = append(res.Violations, e.violation(sev, it))
		}
	}
	sortViolations(res.Violations)
	res.Accessibility = domainStates(b["accessibility"])
	res.Consequences = consequences(b["consequences"])
	res.Notes = append(res.Notes, stringList(b["notes"])...)
	res.Exempt = exemptRules(b["exception"])
	return nil
}

// exemptRules reads conftest-style exceptions: each element of a policy's
// exception set is a list of rule IDs (or one ID) the document is exempt
// from; "" exempts it from every rule. The IDs are sorted and unique.
func exemptRules(v any) []string {
	items, _ := v.([]any)
	seen := make(map[string]bool)
	for _, it := range items {
		ids, ok := it.([]any)
		if !ok {
			ids = []any{it}
		}
		for _, id := range ids {
			if s, ok := id.(string); ok {
				seen[s] = true
			}
		}
	}
	if len(seen) == 0 {
		return nil
	}
	return slices.Sorted(maps.Keys(seen))
}

// violation reads one element of a deny or warn set. Elements are objects
// with at least rule and msg; a bare string (conftest's older style) is
// taken as the message. Title and sources missing from the element come
// from the rule's METADATA.
func (e *Engine) violation(severity string, item any) Violation {
	v := Violation{Severity: severity}
	obj, ok := item.(map[string]any)
	if !ok {
		v.Message = text(item)
		return v
	}
	v.Rule = text(obj["rule"])
	v.Title = text(obj["title"])
	v.Message = text(obj["msg"])
	v.Path = text(obj["path"])
	v.Action = text(obj["action"])
	v.Website = text(obj["website"])
	v.Domain = text(obj["domain"])
	v.Order = text(obj["order"])
	v.Provider = text(obj["provider"])
	v.Address = text(obj["address"])
	v.TargetAddress = text(obj["target_address"])
	if s, ok := obj["sources"]; ok {
		v.Sources = stringList(s)
	}
	if info, ok := e.rules[v.Rule]; ok {
		if v.Title == "" {
			v.Title = info.Title
		}
		if v.Sources == nil {
			v.Sources = info.Sources
		}
	}
	if v.Sources == nil {
		v.Sources = []string{}
	}
	return v
}

func domainStates(v any) []DomainState {
	items, _ := v.([]any)
	out := make([]DomainState, 0, len(items))
	for _, it := range items {
		obj, _ := it.(map[string]any)
		d := DomainState{
			Website:  text(obj["website"]),
			Domain:   text(obj["domain"]),
			State:    text(obj["state"]),
			Reasons:  stringList(obj["reasons"]),
			Worst:    text(obj["worst"]),
			Timeline: stateRuns(obj["timeline"]),
		}
		if before, ok := obj["before"].(string); ok {
			d.Before = &before
		}
		out = append(out, d)
	}
	return out
}

func stateRuns(v any) []StateRun {
	items, _ := v.([]any)
	if len(items) == 0 {
		return nil
	}
	out := make([]StateRun, 0, len(items))
	for _, it := range items {
		obj, _ := it.(map[string]any)
		out = append(out, StateRun{
			From:    number(obj["from"]),
			To:      number(obj["to"]),
			State:   text(obj["state"]),
			Reasons: stringList(obj["reasons"]),
			Actions: stringList(obj["actions"]),
		})
	}
	return out
}

// number reads a policy's integer (json.Number from the evaluator); 0 when
// it is none.
func number(v any) int {
	switch n := v.(type) {
	case json.Number:
		i, _ := n.Int64()
		return int(i)
	case int:
		return n
	case float64:
		return int(n)
	}
	return 0
}

func consequences(v any) []Consequence {
	items, _ := v.([]any)
	out := make([]Consequence, 0, len(items))
	for _, it := range items {
		obj, _ := it.(map[string]any)
		out = append(out, Consequence{
			Action:        text(obj["action"]),
			Type:          text(obj["type"]),
			Address:       text(obj["address"]),
			TargetAddress: text(obj["target_address"]),
			Effects:       stringList(obj["effects"]),
		})
	}
	return out
}

// text renders a policy value as a string; absent values are empty.
func text(v any) string {
	switch t := v.(type) {
	case nil:
		return ""
	case string:
		return t
	default:
		return fmt.Sprint(t)
	}
}
