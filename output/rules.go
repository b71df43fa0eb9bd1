package output

import (
	"fmt"
	"path"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/icpcheck/icpcheck/engine"
)

// Helpers shared by the formats meant for tools: the rule catalogue, and
// where in a file a document's line lies.

// sortedRules returns the catalogue sorted by rule ID, the first entry of
// each ID kept, so that output never depends on the order it was given in.
func sortedRules(rules []engine.RuleInfo) []engine.RuleInfo {
	out := make([]engine.RuleInfo, 0, len(rules))
	seen := make(map[string]bool, len(rules))
	for _, r := range rules {
		if r.ID == "" || seen[r.ID] {
			continue
		}
		seen[r.ID] = true
		out = append(out, r)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// judges returns the Rego packages whose rules judge documents of the
// given kind (icp.filing for a FilingSnapshot; icp.terraform and icp.plan
// for a Terraform plan), or none for an unknown kind.
func judges(kind string) []string {
	k, _ := engine.LookupKind(kind)
	return k.Judges
}

// appliesTo reports whether a rule adds to the deny or warn of one of the
// packages nss.
func appliesTo(r engine.RuleInfo, nss []string) bool {
	for _, ns := range nss {
		if slices.Contains(r.Entry, ns) {
			return true
		}
	}
	return false
}

// fileLine turns a result's File and a line inside its document into the
// file to point at and the line in it. A document from an NDJSON file is
// named "name.ndjson:N" and is line N of name.ndjson, so its line 1 is the
// file's line N; a line of 0 (unknown) then still points at the document's
// line. Other names are returned as they are.
func fileLine(file string, line int) (string, int) {
	if i := strings.LastIndexByte(file, '#'); i >= 0 && yamlDocumentName(file[:i], file[i+1:]) {
		return file[:i], line // a YAML stream's document: its lines are the file's
	}
	i := strings.LastIndexByte(file, ':')
	if i < 0 || !strings.HasSuffix(strings.ToLower(file[:i]), ".ndjson") {
		return file, line
	}
	n, err := strconv.Atoi(file[i+1:])
	if err != nil || n < 1 || strings.ContainsAny(file[i+1:], "+-") {
		return file, line
	}
	if line > 0 {
		return file[:i], n + line - 1
	}
	return file[:i], n
}

// yamlDocumentName reports whether file#n names a document of a YAML
// stream (engine: "file.yaml#N").
func yamlDocumentName(file, n string) bool {
	ext := strings.ToLower(path.Ext(file))
	k, err := strconv.Atoi(n)
	return (ext == ".yaml" || ext == ".yml") && err == nil && k >= 1 && !strings.ContainsAny(n, "+-")
}

// where says where a violation points, its line aside: the action and the
// JSON pointer.
func where(v engine.Violation) string {
	parts := subject(v)
	if v.Path != "" {
		parts = append(parts, v.Path)
	}
	return strings.Join(parts, ", ")
}

// verdict is a run's one-word outcome: ERROR when a document could not be
// checked, else FAIL on a deny, WARN on a warn, PASS otherwise.
func verdict(s Summary) string {
	switch {
	case s.Interrupted:
		return "INTERRUPTED"
	case s.Errors > 0:
		return "ERROR"
	case s.Deny > 0:
		return "FAIL"
	case s.Warn > 0:
		return "WARN"
	}
	return "PASS"
}

// summaryLine is the closing count of a run, as the text format prints it;
// accepted findings are counted only when there are some.
func summaryLine(s Summary) string {
	line := strconv.Itoa(s.Documents) + " " + plural(s.Documents, "document", "documents") + ": " +
		counts(s.Deny, s.Warn) + ", " + strconv.Itoa(s.Errors) + " " + plural(s.Errors, "error", "errors")
	if s.Suppressed > 0 {
		line += ", " + strconv.Itoa(s.Suppressed) + " suppressed"
	}
	if s.Baselined > 0 {
		line += ", " + strconv.Itoa(s.Baselined) + " in the baseline"
	}
	return line + interruptedNote(s)
}

// interruptedNote closes the summary line of an interrupted run.
func interruptedNote(s Summary) string {
	if !s.Interrupted {
		return ""
	}
	return "; INTERRUPTED before every document was checked: this report is incomplete"
}

// suppressedCount is the number of a result's accepted findings.
func suppressedCount(r engine.Result) int {
	n := 0
	for _, v := range r.Violations {
		if v.Suppressed != nil {
			n++
		}
	}
	return n
}

// tally is a result's counts as a document heading shows them: deny and
// warn, and the accepted findings when there are some.
func tally(r engine.Result) string {
	var s Summary
	s.Add(r)
	out := counts(s.Deny, s.Warn)
	if s.Suppressed > 0 {
		out += ", " + strconv.Itoa(s.Suppressed) + " suppressed"
	}
	if s.Baselined > 0 {
		out += ", " + strconv.Itoa(s.Baselined) + " in the baseline"
	}
	return out
}

// notShown says how many accepted findings --show-suppressed would list.
func notShown(n int) string {
	return fmt.Sprintf("%d accepted %s not shown (--show-suppressed lists %s)", n, plural(n, "finding", "findings"), plural(n, "it", "them"))
}

// acceptance says in a few words what accepted a finding and why.
func acceptance(s *engine.Suppression) string {
	var what string
	switch s.Kind {
	case engine.SuppressedByBaseline:
		what = "in the baseline " + s.Source
	case engine.SuppressedByPolicy:
		what = "exempted by " + s.Source
	default:
		what = "exception " + s.Source
		if s.Expires != "" {
			what += " until " + s.Expires
		}
		what += ": " + s.Reason
	}
	return "accepted, " + what
}

// splitSource splits a notice's "file:line" source.
func splitSource(source string) (string, int) {
	i := strings.LastIndexByte(source, ':')
	if i < 0 {
		return source, 0
	}
	n, err := strconv.Atoi(source[i+1:])
	if err != nil {
		return source, 0
	}
	return source[:i], n
}

// subject names what a violation is about: its action, or for a Terraform
// plan the resource whose change made the action and the resource behind
// it (the action's id is then the resource's address).
func subject(v engine.Violation) []string {
	var parts []string
	switch {
	case v.Address != "":
		parts = append(parts, "resource "+v.Address)
		if v.TargetAddress != "" {
			parts = append(parts, "target "+v.TargetAddress)
		}
	case v.Action != "":
		parts = append(parts, "action "+v.Action)
	}
	return parts
}
