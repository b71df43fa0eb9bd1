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
	// Notes are what the reader should know about how far the document
	// could be judged (a Terraform plan that is not complete); they are not
	// findings and never change the exit code.
	Notes []string
	// Exempt lists the rule IDs a policy's conftest-style exception set
	// exempts this document from ("" exempts it from every rule). The
	// engine only reports them: internal/suppress applies them.
	Exempt []string
	Err    *InputError
}

// Violation is one element of a policy's deny or warn set.
type Violation struct {
	Rule     string `json:"rule"`
	Severity string `json:"severity"`
	Title    string `json:"title"`
	Message  string `json:"message"`
	Path     string `json:"path"`
	Line     int    `json:"line,omitempty"`
	Action   string `json:"action"`
	Website  string `json:"website"`
	Domain   string `json:"domain"`
	Order    string `json:"order,omitempty"`
	Provider string `json:"provider,omitempty"`
	// Address is the Terraform address of the resource whose change made
	// the action, and TargetAddress that of the resource behind it (the
	// instance a record points at), for a Terraform plan.
	Address       string   `json:"address,omitempty"`
	TargetAddress string   `json:"target_address,omitempty"`
	Sources       []string `json:"sources"`
	// Suppressed is set when an exception or a baseline accepts the
	// finding: it is still reported, but counts for neither the exit code
	// nor the deny and warn totals.
	Suppressed *Suppression `json:"suppressed,omitempty"`
}

// Suppression says what accepted a finding.
type Suppression struct {
	// Kind is SuppressedByException (an exceptions entry of the config
	// file), SuppressedByPolicy (a Rego exception rule) or
	// SuppressedByBaseline.
	Kind    string `json:"kind"`
	Reason  string `json:"reason"`
	Expires string `json:"expires,omitempty"` // YYYY-MM-DD
	Source  string `json:"source"`            // file:line of the entry, the policy package, or the baseline file
}

// Kinds of suppression.
const (
	SuppressedByException = "exception"
	SuppressedByPolicy    = "policy"
	SuppressedByBaseline  = "baseline"
)

// DomainState is the accessibility of one domain of one website. For a
// plan it also gives the state before the first action (Before; "" for a
// domain that the plan files), the worst state at any step (Worst) and the
// runs of steps in one state (Timeline); a snapshot leaves them empty.
type DomainState struct {
	Website  string     `json:"website"`
	Domain   string     `json:"domain"`
	State    string     `json:"state"`
	Reasons  []string   `json:"reasons"`
	Before   *string    `json:"before,omitempty"`
	Worst    string     `json:"worst,omitempty"`
	Timeline []StateRun `json:"timeline,omitempty"`
}

// StateRun is a run of consecutive plan steps (0 before the first action,
// s after action s) in which a domain has one state for the same reasons;
// Actions are the ids of the actions of its steps.
type StateRun struct {
	From    int      `json:"from"`
	To      int      `json:"to"`
	State   string   `json:"state"`
	Reasons []string `json:"reasons"`
	Actions []string `json:"actions"`
}

// Consequence lists, in plain sentences, what one plan action does.
type Consequence struct {
	Action        string   `json:"action"`
	Type          string   `json:"type,omitempty"`
	Address       string   `json:"address,omitempty"`
	TargetAddress string   `json:"target_address,omitempty"`
	Effects       []string `json:"effects"`
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
	// Setting names the run setting that the fix is about (SettingFiling,
	// a limit), so that the command line can name its own flag: the engine
	// knows no flag names.
	Setting string `json:"-"`
}

// The run settings an InputError may name.
const (
	SettingFiling   = "filing"    // the document needs the filing snapshot it acts on
	SettingMaxSize  = "max-size"  // the document is over Limits.MaxSize
	SettingMaxDepth = "max-depth" // the document nests deeper than Limits.MaxDepth
	SettingTimeout  = "timeout"   // evaluation took longer than Limits.Timeout
)

func (e *InputError) Error() string { return e.Message }

// Severity names of the two violation sets.
const (
	SeverityDeny = "deny"
	SeverityWarn = "warn"
)

// Counts tallies the findings of one result that are not suppressed: those
// that decide the exit code.
func (r Result) Counts() (deny, warn int) {
	for _, v := range r.Violations {
		if v.Suppressed != nil {
			continue
		}
		switch v.Severity {
		case SeverityDeny:
			deny++
		case SeverityWarn:
			warn++
		}
	}
	return deny, warn
}
