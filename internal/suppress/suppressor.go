package suppress

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/agnivade/levenshtein"

	"github.com/icpcheck/icpcheck/engine"
)

// Suppressor marks the findings of each result that are accepted, in this
// order: a Rego exception rule of the policies, an exception of the config
// file, the baseline. It is used by one goroutine, results in input order.
type Suppressor struct {
	exceptions []*tracked
	baseline   *Baseline
	rules      map[string]engine.RuleInfo
}

// tracked is an exception with what the run did with it.
type tracked struct {
	*Exception
	expired bool
	used    bool // suppressed at least one finding
	inScope bool // a checked document could have had a finding it matches
}

// New prepares the exceptions (compiled, see Exception.Compile) and the
// baseline (nil for none) for a run on the day now; rules is the rule
// catalogue, to tell a stale exception from one whose rule was not judged.
func New(exceptions []Exception, baseline *Baseline, now time.Time, rules []engine.RuleInfo) *Suppressor {
	s := &Suppressor{baseline: baseline, rules: make(map[string]engine.RuleInfo, len(rules))}
	for _, r := range rules {
		s.rules[r.ID] = r
	}
	for i := range exceptions {
		e := &exceptions[i]
		s.exceptions = append(s.exceptions, &tracked{Exception: e, expired: e.Expired(now)})
	}
	return s
}

// Apply marks the accepted findings of one result.
func (s *Suppressor) Apply(r *engine.Result) {
	if r.Err != nil {
		return
	}
	ns := ""
	if k, ok := engine.LookupKind(r.Kind); ok {
		ns = k.Namespace
	}
	// The document's path relative to each exception's folder, worked out
	// once per folder: exceptions of one config file share theirs.
	paths := make(map[string]string, 1)
	pathFrom := func(dir string) string {
		p, ok := paths[dir]
		if !ok {
			p = documentPath(relativeFile(dir, r.File))
			paths[dir] = p
		}
		return p
	}
	// Exceptions often share a glob: match each glob once per document.
	globs := make(map[[2]string]bool)
	covers := make([]bool, len(s.exceptions))
	for i, t := range s.exceptions {
		if t.expired {
			continue
		}
		key := [2]string{t.Dir, t.Path}
		match, ok := globs[key]
		if !ok {
			match = t.matchesFile(pathFrom(t.Dir))
			globs[key] = match
		}
		covers[i] = match
		if covers[i] && s.ruleApplies(t.Rule, ns) {
			t.inScope = true
		}
	}
	for i := range r.Violations {
		v := &r.Violations[i]
		if exempt(r.Exempt, v.Rule) {
			v.Suppressed = &engine.Suppression{
				Kind:   engine.SuppressedByPolicy,
				Reason: "the policies' exception rule exempts this document from " + v.Rule,
				Source: "data." + ns + ".exception",
			}
			continue
		}
		if t := s.exception(covers, v); t != nil {
			t.used = true
			v.Suppressed = &engine.Suppression{Kind: engine.SuppressedByException, Reason: t.Reason, Expires: t.expiresText(), Source: t.Source}
			continue
		}
		if s.baseline != nil && s.baseline.take(r.File, *v) {
			v.Suppressed = &engine.Suppression{Kind: engine.SuppressedByBaseline, Reason: "present in the baseline", Source: s.baseline.source}
		}
	}
}

// exempt reports whether a conftest-style exception list names the rule;
// "" names every rule.
func exempt(rules []string, rule string) bool {
	return slices.Contains(rules, rule) || slices.Contains(rules, "")
}

// exception is the first unexpired exception that accepts v, or nil;
// covers says which exceptions cover the document.
func (s *Suppressor) exception(covers []bool, v *engine.Violation) *tracked {
	for i, t := range s.exceptions {
		if covers[i] && t.Rule == v.Rule &&
			(t.Website == "" || t.Website == v.Website) &&
			(t.Domain == "" || t.Domain == v.Domain) {
			return t
		}
	}
	return nil
}

// ruleApplies reports whether a rule judges documents of namespace ns; a
// rule the catalogue does not describe may judge any.
func (s *Suppressor) ruleApplies(rule, ns string) bool {
	info, ok := s.rules[rule]
	if !ok || len(info.Entry) == 0 {
		return true
	}
	return slices.Contains(info.Entry, ns)
}

// Notice is something to tell the team about one of their exceptions.
type Notice struct {
	Source  string `json:"source"` // file:line of the entry
	Rule    string `json:"rule"`
	Status  string `json:"status"` // expired, stale or unknown-rule
	Message string `json:"message"`
}

// Statuses of a Notice.
const (
	StatusExpired     = "expired"
	StatusStale       = "stale"
	StatusUnknownRule = "unknown-rule"
)

// Notices lists, once the run is over, the exceptions that need a person:
// expired ones (they no longer suppress), ones whose rule no policy defines,
// and stale ones (in scope of a checked document, yet matched nothing: the
// finding was fixed, or the entry is wrong). In the order of the file.
func (s *Suppressor) Notices() []Notice {
	var out []Notice
	for _, t := range s.exceptions {
		switch {
		case t.expired:
			out = append(out, Notice{Source: t.Source, Rule: t.Rule, Status: StatusExpired, Message: fmt.Sprintf(
				"exception for %s expired on %s and no longer suppresses: fix the finding, or extend \"expires\" with a reason",
				t.Rule, t.expiresText())})
		case len(s.rules) > 0 && s.rules[t.Rule].ID == "":
			out = append(out, Notice{Source: t.Source, Rule: t.Rule, Status: StatusUnknownRule, Message: fmt.Sprintf(
				"exception names rule %q, which no policy defines%s", t.Rule, s.suggestRule(t.Rule))})
		case t.inScope && !t.used:
			out = append(out, Notice{Source: t.Source, Rule: t.Rule, Status: StatusStale, Message: fmt.Sprintf(
				"exception for %s%s matched no finding: remove it if the finding is fixed, or correct it", t.Rule, t.narrowing())})
		}
	}
	return out
}

// narrowing describes what an exception is limited to, for its notice.
func (t *tracked) narrowing() string {
	var parts []string
	for _, kv := range [][2]string{{"website", t.Website}, {"domain", t.Domain}, {"path", t.Path}} {
		if kv[1] != "" {
			parts = append(parts, fmt.Sprintf("%s %q", kv[0], kv[1]))
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return " (" + strings.Join(parts, ", ") + ")"
}

// suggestRule names the closest known rule ID, if one is close.
func (s *Suppressor) suggestRule(rule string) string {
	best, bestDist := "", 3
	for id := range s.rules {
		d := levenshtein.ComputeDistance(strings.ToUpper(rule), id)
		if d < bestDist || (d == bestDist && id < best) {
			best, bestDist = id, d
		}
	}
	if best == "" {
		return ""
	}
	return fmt.Sprintf(" (did you mean %s?)", best)
}
