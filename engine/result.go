package engine

// Result is what the engine found in one input document: its violations, the
// accessibility of its domains and the consequences of its actions, or the
// error that stopped it from being checked.
type Result struct {
	// File names the document: a path, "-" for standard input, or
	// "name.ndjson:LINE" for one line of an NDJSON file.
	File          string
	Kind          string
	Violations    []Violation
	Accessibility []DomainState
	Consequences  []Consequence
	// Before is, for a plan checked with Options.Before, the accessibility
	// of its snapshot before any action.
	Before []DomainState
	Err    *InputError
}

// Violation is one element of a policy's deny or warn set.
type Violation struct {
	Rule     string   `json:"rule"`
	Severity string   `json:"severity"`
	Title    string   `json:"title"`
	Message  string   `json:"message"`
	Path     string   `json:"path"`
	Line     int      `json:"line,omitempty"`
	Action   string   `json:"action"`
	Website  string   `json:"website"`
	Domain   string   `json:"domain"`
	Order    string   `json:"order,omitempty"`
	Provider string   `json:"provider,omitempty"`
	Sources  []string `json:"sources"`
}

// DomainState is the accessibility of one domain of one website.
type DomainState struct {
	Website string   `json:"website"`
	Domain  string   `json:"domain"`
	State   string   `json:"state"`
	Reasons []string `json:"reasons"`
}

// Consequence lists, in plain sentences, what one plan action does.
type Consequence struct {
	Action  string   `json:"action"`
	Type    string   `json:"type,omitempty"`
	Effects []string `json:"effects"`
}

// InputError says why a document could not be checked, and where.
type InputError struct {
	Message string `json:"message"`
	Line    int    `json:"line,omitempty"`
	Column  int    `json:"column,omitempty"`
	Pointer string `json:"pointer,omitempty"`
	// Details lists every error found where there were several (schema
	// validation), the most specific first; Message leads with the first.
	Details []InputError `json:"details,omitempty"`
}

func (e *InputError) Error() string { return e.Message }

// Severity names of the two violation sets.
const (
	SeverityDeny = "deny"
	SeverityWarn = "warn"
)

// Counts tallies the findings of one result.
func (r Result) Counts() (deny, warn int) {
	for _, v := range r.Violations {
		switch v.Severity {
		case SeverityDeny:
			deny++
		case SeverityWarn:
			warn++
		}
	}
	return deny, warn
}
