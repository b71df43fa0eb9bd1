package output

import (
	"io"
	"net/url"
	"path/filepath"
	"sort"
	"strings"

	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"

	"github.com/icpcheck/icpcheck/engine"
	"github.com/icpcheck/icpcheck/internal/suppress"
)

// sarifFormatter writes one SARIF 2.1.0 log for code scanning (GitHub's
// upload-sarif and the like): one run of the tool "icpcheck" whose
// tool.driver.rules is the rule catalogue, and a result for each violation
// and each document that could not be checked.
//
// It buffers: a SARIF log is one JSON object whose rules (and the results'
// ruleIndex into them) are complete only once every result is known, so the
// log is written at End.
//
// An input error becomes a result of the rule "input-error" at level error,
// placed at the error's line and column, rather than a
// toolExecutionNotification: code scanning turns results into alerts shown
// on the file and in pull requests, while notifications are not shown as
// alerts at all, and a document that cannot be checked must not pass
// unnoticed.
type sarifFormatter struct {
	w       io.Writer
	rules   []engine.RuleInfo                     // the catalogue, sorted by ID
	known   map[string]bool                       // IDs in the catalogue
	extra   map[string]*sarif.ReportingDescriptor // rules met only in results
	results []*sarif.Result
	access  []sarifAccessibility // each document's domains, for run.properties
	l       lang
}

// sarifAccessibility is one document's accessibility report, with a plan's
// timeline, kept in the run's properties: SARIF results are findings, and a
// domain's states are not, but a reader of the log must still see the
// steps at which a plan takes a site offline.
type sarifAccessibility struct {
	File    string               `json:"file"`
	Domains []engine.DomainState `json:"domains"`
}

func newSARIF(w io.Writer, opts Options) Formatter {
	rules := sortedRules(opts.Rules)
	known := make(map[string]bool, len(rules))
	for _, r := range rules {
		known[r.ID] = true
	}
	return &sarifFormatter{w: w, rules: rules, known: known, extra: make(map[string]*sarif.ReportingDescriptor), l: opts.words()}
}

const (
	sarifToolName    = "icpcheck"
	sarifToolURI     = "https://github.com/icpcheck/icpcheck"
	sarifSchemaURI   = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
	sarifInputErrors = "input-error"
)

func (f *sarifFormatter) Begin() error { return nil }

func (f *sarifFormatter) Result(r engine.Result) error {
	r = escapedResult(r)
	if r.Err != nil {
		f.extraRule(sarifInputErrors, f.l.inputErrorRule)
		res := sarif.NewRuleResult(sarifInputErrors).
			WithLevel(sarif.LevelError).
			WithMessage(sarif.NewTextMessage(nonEmpty(r.Err.Message, f.l.t("the document could not be checked")))).
			AddLocation(sarifLocation(r.File, r.Err.Line, r.Err.Column))
		if r.Err.Pointer != "" {
			res.WithProperties(sarif.NewPropertyBag().Add("pointer", r.Err.Pointer))
		}
		f.results = append(f.results, res)
		return nil
	}
	if len(r.Accessibility) > 0 {
		f.access = append(f.access, sarifAccessibility{File: r.File, Domains: r.Accessibility})
	}
	for _, v := range r.Violations {
		id := nonEmpty(v.Rule, "unnamed")
		if !f.known[id] {
			f.extraRule(id, func() *sarif.ReportingDescriptor { return f.l.violationRule(id, v) })
		}
		res := sarif.NewRuleResult(id).
			WithLevel(sarifLevel(v.Severity)).
			WithMessage(sarif.NewTextMessage(nonEmpty(v.Message, v.Title, id))).
			AddLocation(sarifLocation(r.File, v.Line, 0))
		if props := violationProperties(v); props != nil {
			res.WithProperties(props)
		}
		if v.Suppressed != nil {
			res.WithSuppressions([]*sarif.Suppression{sarifSuppression(v.Suppressed)})
		}
		f.results = append(f.results, res)
	}
	return nil
}

func (f *sarifFormatter) End(s Summary) error {
	driver := sarif.NewToolComponent().WithName(sarifToolName).WithInformationURI(sarifToolURI).WithLanguage(f.l.tag())
	for _, r := range f.rules {
		driver.AddRule(f.l.catalogueRule(r))
	}
	extraIDs := make([]string, 0, len(f.extra))
	for id := range f.extra {
		extraIDs = append(extraIDs, id)
	}
	sort.Strings(extraIDs)
	for _, id := range extraIDs {
		driver.AddRule(f.extra[id])
	}
	index := make(map[string]int, len(driver.Rules))
	for i, d := range driver.Rules {
		index[*d.ID] = i
	}
	for _, res := range f.results {
		res.WithRuleIndex(index[*res.RuleID])
	}

	run := sarif.NewRun().WithTool(sarif.NewTool().WithDriver(driver)).WithResults(f.results).WithLanguage(f.l.tag())
	if f.results == nil {
		run.WithResults([]*sarif.Result{}) // code scanning needs "results", even empty
	}
	if len(s.Notices) > 0 || s.Interrupted {
		inv := sarifInvocation(s.Notices)
		if s.Interrupted {
			// An incomplete log must not read as a clean one.
			inv.WithExecutionSuccessful(false).WithToolExecutionNotifications([]*sarif.Notification{
				sarif.NewNotification().WithLevel("error").WithMessage(sarif.NewTextMessage(f.l.summaryLine(s))),
			})
		}
		run.AddInvocation(inv)
	}
	if len(f.access) > 0 {
		run.WithProperties(sarif.NewPropertyBag().Add("accessibility", f.access))
	}
	log := sarif.NewReport().AddRun(run)
	log.Schema = sarifSchemaURI
	if err := writeIndented(f.w, "", log, ""); err != nil {
		return err
	}
	_, err := io.WriteString(f.w, "\n")
	return err
}

// sarifSuppression is an accepted finding's suppression: "external", as
// exceptions and baselines live outside the document, with who accepted it
// and why as the justification.
func sarifSuppression(s *engine.Suppression) *sarif.Suppression {
	justification := "in the baseline " + s.Source
	if s.Kind != engine.SuppressedByBaseline {
		justification = s.Reason + " (" + s.Kind + " " + s.Source
		if s.Expires != "" {
			justification += ", expires " + s.Expires
		}
		justification += ")"
	}
	return sarif.NewSuppression().WithKind("external").WithStatus("accepted").WithJustification(justification)
}

// sarifInvocation carries the notices about exceptions as tool
// configuration notifications, placed at their entry in the config file.
func sarifInvocation(notices []suppress.Notice) *sarif.Invocation {
	inv := sarif.NewInvocation().WithExecutionSuccessful(true)
	for _, n := range notices {
		file, line := splitSource(n.Source)
		inv.AddToolConfigurationNotification(sarif.NewNotification().
			WithLevel(sarif.LevelWarning).
			WithMessage(sarif.NewTextMessage(n.Message)).
			AddLocation(sarifLocation(file, line, 0)).
			WithProperties(sarif.NewPropertyBag().Add("status", n.Status).Add("rule", n.Rule)))
	}
	return inv
}

// extraRule describes a rule that is not in the catalogue, once.
func (f *sarifFormatter) extraRule(id string, describe func() *sarif.ReportingDescriptor) {
	if _, ok := f.extra[id]; !ok {
		f.extra[id] = describe()
	}
}

// catalogueRule describes one rule of the catalogue: its title as name and
// short description, its description, and the sources it rests on as help.
func (l lang) catalogueRule(r engine.RuleInfo) *sarif.ReportingDescriptor {
	d := sarif.NewRule(r.ID).
		WithDefaultConfiguration(sarif.NewReportingConfiguration().WithLevel(sarifLevel(r.Severity)))
	if r.Title != "" {
		d.WithName(r.Title).WithShortDescription(sarifText(r.Title))
	}
	if r.Description != "" {
		d.WithFullDescription(sarifText(r.Description))
	}
	if len(r.Sources) > 0 || len(r.Related) > 0 {
		d.WithHelp(l.sourcesHelp(r))
	}
	if len(r.Related) > 0 {
		d.WithHelpURI(r.Related[0].URL)
	}
	props := sarif.NewPropertyBag().AddTag(nonEmpty(r.Severity, engine.SeverityWarn))
	for _, e := range r.Entry {
		props.AddTag(e)
	}
	return d.WithProperties(props)
}

// sourcesHelp is a rule's help: the sources it rests on, then a link to
// each that has a web page (its METADATA related_resources), as text and,
// with links, as Markdown, which code scanning shows beside an alert.
func (l lang) sourcesHelp(r engine.RuleInfo) *sarif.MultiformatMessageString {
	var text, markdown []string
	if len(r.Sources) > 0 {
		text = append(text, l.t("Sources: ")+strings.Join(r.Sources, ", "))
		markdown = append(markdown, escapeMarkdown(text[0])+"\n")
	}
	for _, rr := range r.Related {
		text = append(text, nonEmpty(rr.Description, rr.URL)+" <"+rr.URL+">")
		markdown = append(markdown, "- ["+escapeMarkdown(nonEmpty(rr.Description, rr.URL))+"](<"+linkTarget.Replace(rr.URL)+">)")
	}
	help := sarifText(strings.Join(text, "\n"))
	if len(r.Related) > 0 {
		help.WithMarkdown(strings.Join(markdown, "\n"))
	}
	return help
}

// linkTarget keeps a URL inside a Markdown link's angle brackets.
var linkTarget = strings.NewReplacer("<", "%3C", ">", "%3E", " ", "%20", "\n", "")

// violationRule describes a rule known only from a violation of it, e.g.
// one of a user's own policies: its title, severity and sources as found.
func (l lang) violationRule(id string, v engine.Violation) *sarif.ReportingDescriptor {
	d := sarif.NewRule(id).
		WithDefaultConfiguration(sarif.NewReportingConfiguration().WithLevel(sarifLevel(v.Severity)))
	if v.Title != "" {
		d.WithName(v.Title).WithShortDescription(sarifText(v.Title))
	}
	if len(v.Sources) > 0 {
		d.WithHelp(sarifText(l.t("Sources: ") + strings.Join(v.Sources, ", ")))
	}
	return d
}

func (l lang) inputErrorRule() *sarif.ReportingDescriptor {
	return sarif.NewRule(sarifInputErrors).
		WithName(l.t("Input error")).
		WithShortDescription(sarifText(l.t("The document could not be read, parsed or validated"))).
		WithFullDescription(sarifText(l.t("icpcheck could not check this document: it could not be read, is not valid JSON, " +
			"has an unknown kind or version, or does not match the JSON Schema of its kind. " +
			"The message names the place and the fix; no rule was judged on the document."))).
		WithDefaultConfiguration(sarif.NewReportingConfiguration().WithLevel(sarif.LevelError))
}

// sarifLocation points at a file, and at a line (and column) in it when
// known. The URI is the path as given, made a valid relative reference.
func sarifLocation(file string, line, column int) *sarif.Location {
	path, line := fileLine(file, line)
	phys := sarif.NewPhysicalLocation().WithArtifactLocation(sarif.NewSimpleArtifactLocation(fileURI(path)))
	if line > 0 {
		region := sarif.NewRegion().WithStartLine(line)
		if column > 0 {
			region.WithStartColumn(column)
		}
		phys.WithRegion(region)
	}
	return sarif.NewLocationWithPhysicalLocation(phys)
}

// fileURI writes a path as a URI reference: slashes, and percent-escapes
// for the characters a URI cannot hold ("a b.json" is "a%20b.json").
func fileURI(path string) string {
	return (&url.URL{Path: filepath.ToSlash(path)}).String()
}

// violationProperties keeps what places a violation in the document.
func violationProperties(v engine.Violation) *sarif.PropertyBag {
	props := sarif.NewPropertyBag()
	for _, kv := range [][2]string{
		{"path", v.Path}, {"action", v.Action}, {"website", v.Website}, {"domain", v.Domain},
		{"order", v.Order}, {"provider", v.Provider}, {"address", v.Address}, {"target_address", v.TargetAddress},
	} {
		if kv[1] != "" {
			props.Add(kv[0], kv[1])
		}
	}
	if len(props.Properties) == 0 {
		return nil
	}
	return props
}

func sarifLevel(severity string) string {
	if severity == engine.SeverityDeny {
		return sarif.LevelError
	}
	return sarif.LevelWarning
}

func sarifText(s string) *sarif.MultiformatMessageString {
	return sarif.NewMultiformatMessageString().WithText(s)
}

// nonEmpty returns the first of its arguments that is not empty.
func nonEmpty(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}
