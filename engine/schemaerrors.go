package engine

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/santhosh-tekuri/jsonschema/v6/kind"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

var english = message.NewPrinter(language.English)

// schemaError turns a validation failure into one actionable line: the most
// specific of its errors, with the JSON pointer of the offending value, and
// every error in Details. The most specific error is the one that does not
// merely say that a value is not an alternative of an anyOf or oneOf (a
// website id where an object was given), at the deepest place in the
// document, from the deepest branch of an if/then/else chain (an action's
// type), so that "got object, want string" never hides the field that is
// actually wrong.
func (e *Engine) schemaError(k Kind, doc any, err error) *InputError {
	var verr *jsonschema.ValidationError
	if !errors.As(err, &verr) {
		return &InputError{Message: "schema: " + err.Error()}
	}
	h := hinter{doc: doc, schema: e.rawSchema(k)}
	var leaves []schemaLeaf
	h.collect(verr, false, 0, &leaves)
	slices.SortStableFunc(leaves, compareLeaves)
	if !leaves[0].weak {
		// a weak error only says that another alternative was meant
		leaves = slices.DeleteFunc(leaves, func(l schemaLeaf) bool { return l.weak })
	}
	details := make([]InputError, 0, len(leaves))
	seen := make(map[string]bool)
	for _, l := range leaves {
		key := l.Pointer + "\x00" + l.Message
		if !seen[key] {
			seen[key] = true
			details = append(details, l.InputError)
		}
	}
	first := details[0]
	msg := fmt.Sprintf("schema: %s (see `icpcheck schema %s`)", first.Message, k.Schema)
	if len(details) > 1 {
		msg += fmt.Sprintf("; %d more (all in -o json's error.details)", len(details)-1)
	}
	return &InputError{Message: msg, Pointer: first.Pointer, Details: details}
}

// schemaLeaf is one error of the validation tree, with what ranks it.
type schemaLeaf struct {
	InputError
	weak   bool // a type mismatch inside one alternative of an anyOf or oneOf
	branch int  // segments of the deepest schema location on its way
}

// compareLeaves puts strong errors before weak ones, then orders by place in
// the document (a place before the next, and within one place its deeper
// values first), then the deeper schema branch first.
func compareLeaves(a, b schemaLeaf) int {
	if a.weak != b.weak {
		if b.weak {
			return -1
		}
		return 1
	}
	if c := comparePointers(a.Pointer, b.Pointer); c != 0 {
		return c
	}
	return cmp.Compare(b.branch, a.branch)
}

// comparePointers orders JSON pointers by document position: array indexes
// as numbers, and a pointer after the pointers below it (the inner value is
// the more specific).
func comparePointers(a, b string) int {
	ta, tb := strings.Split(a, "/"), strings.Split(b, "/")
	for i := 0; i < len(ta) && i < len(tb); i++ {
		if ta[i] == tb[i] {
			continue
		}
		na, errA := strconv.Atoi(ta[i])
		nb, errB := strconv.Atoi(tb[i])
		if errA == nil && errB == nil {
			return cmp.Compare(na, nb)
		}
		return cmp.Compare(ta[i], tb[i])
	}
	return cmp.Compare(len(tb), len(ta))
}

// hinter words schema errors, with the document and the raw schema at hand
// to suggest the field or value that was probably meant.
type hinter struct {
	doc    any
	schema any
}

func (h hinter) collect(e *jsonschema.ValidationError, weak bool, branch int, out *[]schemaLeaf) {
	frag := schemaFragment(e.SchemaURL)
	branch = max(branch, strings.Count(frag, "/"))
	if len(e.Causes) > 0 {
		alternatives := strings.HasSuffix(frag, "/anyOf") || strings.HasSuffix(frag, "/oneOf") || isAlternatives(e.ErrorKind)
		for _, c := range e.Causes {
			h.collect(c, weak || alternatives, branch, out)
		}
		return
	}
	_, typeMismatch := e.ErrorKind.(*kind.Type)
	for _, ie := range h.leaf(e, frag) {
		*out = append(*out, schemaLeaf{InputError: ie, weak: weak && typeMismatch, branch: branch})
	}
}

func isAlternatives(k jsonschema.ErrorKind) bool {
	switch k.(type) {
	case *kind.AnyOf, *kind.OneOf:
		return true
	}
	return false
}

// leaf words one error without causes.
func (h hinter) leaf(e *jsonschema.ValidationError, frag string) []InputError {
	at, where := "", "the document"
	if len(e.InstanceLocation) > 0 {
		at = pointer(e.InstanceLocation)
		where = at
	}
	switch k := e.ErrorKind.(type) {
	case *kind.AdditionalProperties:
		known := h.properties(frag)
		var out []InputError
		for _, p := range k.Properties {
			field := strings.TrimSuffix(at, "/") + "/" + escapePointer(p)
			fix := "remove it or correct its spelling"
			if near := nearest(p, known); near != "" {
				fix = fmt.Sprintf("did you mean %q?", near)
			}
			out = append(out, InputError{Pointer: field, Message: fmt.Sprintf("%s: unknown field %q: %s", field, p, fix)})
		}
		return out
	case *kind.Required:
		msg := fmt.Sprintf("%s: missing required field %s", where, quoteAll(k.Missing))
		given := h.keysAt(e.InstanceLocation)
		for _, m := range k.Missing {
			if near := nearest(m, given); near != "" {
				msg += fmt.Sprintf(" (the object has %q: rename it to %q)", near, m)
			}
		}
		return []InputError{{Pointer: at, Message: msg}}
	case *kind.Enum:
		desc, _ := h.node(frag)["description"].(string)
		return []InputError{{Pointer: at, Message: enumMessage(where, k, desc)}}
	case *kind.Format:
		if k.Want == "date-time" {
			return []InputError{{Pointer: at, Message: dateTimeMessage(where, k.Got)}}
		}
	}
	return []InputError{{Pointer: at, Message: fmt.Sprintf("%s: %s", where, e.ErrorKind.LocalizedString(english))}}
}

// enumMessage names the allowed values: the schema's description where it
// names each of them (a province code with its province's name), else
// their list.
func enumMessage(where string, k *kind.Enum, description string) string {
	want := make([]string, len(k.Want))
	described := description != ""
	for i, w := range k.Want {
		want[i] = fmt.Sprint(w)
		described = described && strings.Contains(description, want[i])
	}
	allowed := "one of " + strings.Join(want, ", ")
	if described {
		allowed = description
	}
	got, isString := k.Got.(string)
	if !isString {
		return fmt.Sprintf("%s: %s is not allowed: %s", where, jsonText(k.Got), allowed)
	}
	msg := fmt.Sprintf("%s: %q is not allowed: %s", where, got, allowed)
	if near := nearest(got, want); near != "" {
		msg += fmt.Sprintf("; did you mean %q?", near)
	}
	return msg
}

var dateOnly = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

// dateTimeMessage explains the RFC 3339 form that a time must take; a date
// without a time is the usual mistake.
func dateTimeMessage(where string, got any) string {
	const form = "2026-11-20T08:00:00Z"
	s, isString := got.(string)
	switch {
	case isString && dateOnly.MatchString(s):
		return fmt.Sprintf("%s: %q is a date without a time: write a time and zone too, e.g. %sT08:00:00Z (RFC 3339)", where, s, s)
	case isString:
		return fmt.Sprintf("%s: %q is not an RFC 3339 date and time: write it as %s (date, time and zone; Z for UTC, or an offset like +08:00)", where, s, form)
	}
	return fmt.Sprintf("%s: %s is not a date and time: write it as %q", where, jsonText(got), form)
}

func jsonText(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(b)
}

// rawSchema is the kind's JSON Schema as a generic value (nil if unreadable:
// hints then go without suggestions).
func (e *Engine) rawSchema(k Kind) any {
	raw, err := fs.ReadFile(e.pack, schemaPath(k))
	if err != nil {
		return nil
	}
	var v any
	if json.Unmarshal(raw, &v) != nil {
		return nil
	}
	return v
}

// schemaFragment is the JSON pointer part of a schema URL, unescaped.
func schemaFragment(u string) string {
	_, frag, _ := strings.Cut(u, "#")
	if s, err := url.PathUnescape(frag); err == nil {
		return s
	}
	return frag
}

// properties lists the property names that the schema object at a fragment
// declares.
func (h hinter) properties(frag string) []string {
	props, _ := h.node(frag)["properties"].(map[string]any)
	return sortedKeys(props)
}

// node is the schema object at a fragment (nil if there is none).
func (h hinter) node(frag string) map[string]any {
	node := h.schema
	for _, tok := range strings.Split(strings.TrimPrefix(frag, "/"), "/") {
		if tok == "" {
			continue
		}
		obj, ok := node.(map[string]any)
		if !ok {
			return nil
		}
		node = obj[unescapePointer(tok)]
	}
	obj, _ := node.(map[string]any)
	return obj
}

// keysAt lists the keys of the document's object at a location.
func (h hinter) keysAt(loc []string) []string {
	node := h.doc
	for _, tok := range loc {
		switch t := node.(type) {
		case map[string]any:
			node = t[tok]
		case []any:
			i, err := strconv.Atoi(tok)
			if err != nil || i < 0 || i >= len(t) {
				return nil
			}
			node = t[i]
		default:
			return nil
		}
	}
	obj, _ := node.(map[string]any)
	return sortedKeys(obj)
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

var pointerUnescaper = strings.NewReplacer("~1", "/", "~0", "~")

func unescapePointer(s string) string { return pointerUnescaper.Replace(s) }

func quoteAll(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = fmt.Sprintf("%q", n)
	}
	return strings.Join(q, ", ")
}

// placeDetails fills in the line and column of each detail, in one scan.
func placeDetails(details []InputError, data []byte) {
	if len(details) == 0 {
		return
	}
	ptrs := make([]string, len(details))
	for i, d := range details {
		ptrs[i] = d.Pointer
	}
	found := locate(data, ptrs)
	for i := range details {
		if pos, ok := found[details[i].Pointer]; ok && details[i].Line == 0 {
			details[i].Line, details[i].Column = pos.Line, pos.Column
		}
	}
}
