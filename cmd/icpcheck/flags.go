package main

import (
	"fmt"
	"io/fs"
	"runtime"
	"strings"
	"time"

	"github.com/spf13/pflag"

	"github.com/icpcheck/icpcheck/engine"
	"github.com/icpcheck/icpcheck/internal/config"
	"github.com/icpcheck/icpcheck/output"
)

// Flag groups: the checking commands (validate, check, explain) share
// their flags through one typed group per concern. Each group registers
// its flags, takes the config file's settings for the flags not given on
// the command line (flags win), and converts itself into what the engine
// or the formatter takes. A new flag goes into the group of its concern;
// a new concern is a new group added to checkingFlags.

// fromConfig applies a config file setting unless the flag was given.
func fromConfig(fs *pflag.FlagSet, flag string, cfg *config.File, key string, apply func()) {
	if cfg.Has(key) && !fs.Changed(flag) {
		apply()
	}
}

// valuesAnnotation lists the values a flag takes, for shell completion.
const valuesAnnotation = "icpcheck_values"

func annotateValues(fs *pflag.FlagSet, flag string, values []string) {
	_ = fs.SetAnnotation(flag, valuesAnnotation, values) // the flag was just registered
}

// policyFlags say which policies and data the engine evaluates.
type policyFlags struct {
	policies  []string
	noBuiltin bool
	data      []string
}

func (f *policyFlags) register(fs *pflag.FlagSet) {
	fs.StringArrayVarP(&f.policies, "policy", "p", nil, "Rego `path` (file or folder) evaluated with the embedded policies (repeatable)")
	fs.BoolVar(&f.noBuiltin, "no-builtin", false, "evaluate only the -p policies, not the embedded ones")
	fs.StringArrayVarP(&f.data, "data", "d", nil, "JSON or YAML `file` merged over the embedded data, e.g. thresholds (repeatable)")
}

func (f *policyFlags) applyConfig(fs *pflag.FlagSet, cfg *config.File) {
	fromConfig(fs, "policy", cfg, "policies", func() { f.policies = cfg.Policies })
	fromConfig(fs, "data", cfg, "data", func() { f.data = cfg.Data })
}

func (f *policyFlags) engineConfig(pack fs.FS) engine.Config {
	return engine.Config{Pack: pack, NoBuiltin: f.noBuiltin, Policies: f.policies, Data: f.data}
}

// outputFlags say how results are reported and what fails the build.
type outputFlags struct {
	format         string
	failOnWarn     bool
	quiet          bool
	showSuppressed bool
	noColor        bool
	lang           string
}

func (f *outputFlags) register(fs *pflag.FlagSet) {
	fs.StringVarP(&f.format, "output", "o", "text", "output `format`: "+strings.Join(output.Formats(), ", "))
	annotateValues(fs, "output", output.Formats())
	fs.BoolVar(&f.failOnWarn, "fail-on-warn", false, "exit 1 on a warn as well as on a deny")
	fs.BoolVarP(&f.quiet, "quiet", "q", false, "print only findings and errors")
	fs.BoolVar(&f.showSuppressed, "show-suppressed", false, "list the findings that exceptions and the baseline accept (text, markdown, github)")
	f.registerPerson(fs)
}

// registerPerson registers --no-color and --lang alone, for explain, which
// has no -o.
func (f *outputFlags) registerPerson(fs *pflag.FlagSet) {
	fs.BoolVar(&f.noColor, "no-color", false, "never colour the output (colour is used only on a terminal)")
	registerLang(fs, &f.lang)
}

// registerLang registers --lang; its default comes from the environment
// (envLang), applied after the flags are parsed.
func registerLang(fs *pflag.FlagSet, lang *string) {
	fs.StringVar(lang, "lang", "", "`language` of the report: "+strings.Join(output.Languages(), ", ")+" (default from LC_ALL, LC_MESSAGES, LANG: zh* is zh)")
	annotateValues(fs, "lang", output.Languages())
}

// resolveLang settles the language: the flag, else the config file's lang,
// else the environment's locale.
func resolveLang(a *app, fs *pflag.FlagSet, cfg *config.File, lang *string) error {
	fromConfig(fs, "lang", cfg, "lang", func() { *lang = cfg.Lang })
	if *lang == "" {
		*lang = envLang(a.getenv)
	}
	if err := output.CheckLanguage(*lang); err != nil {
		return usageError{fmt.Sprintf("--lang: %v", err)}
	}
	return nil
}

// envLang reads the locale as POSIX does: the first of LC_ALL, LC_MESSAGES
// and LANG that is set decides; zh_CN.UTF-8, zh_TW, zh are Chinese.
func envLang(getenv func(string) string) string {
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := getenv(name); v != "" {
			if strings.HasPrefix(strings.ToLower(v), "zh") {
				return "zh"
			}
			return "en"
		}
	}
	return "en"
}

func (f *outputFlags) applyConfig(fs *pflag.FlagSet, cfg *config.File) error {
	var err error
	fromConfig(fs, "output", cfg, "output", func() {
		if err = output.CheckFormat(cfg.Output); err != nil {
			err = usageError{fmt.Sprintf("%s: output: %v", cfg.Where("output"), err)}
		}
		f.format = cfg.Output
	})
	fromConfig(fs, "fail-on-warn", cfg, "fail_on_warn", func() { f.failOnWarn = cfg.FailOnWarn })
	return err
}

func (f *outputFlags) options(a *app, rules []engine.RuleInfo) output.Options {
	return output.Options{Color: a.colorAllowed(f.noColor), Quiet: f.quiet, ShowSuppressed: f.showSuppressed, Rules: localRules(rules, f.lang), Lang: f.lang}
}

// localRules returns the catalogue with titles and descriptions in lang.
func localRules(rules []engine.RuleInfo, lang string) []engine.RuleInfo {
	out := make([]engine.RuleInfo, len(rules))
	for i, r := range rules {
		out[i] = r.In(lang)
	}
	return out
}

// maxJobs caps -j: each job holds a few documents in memory, and past the
// CPUs more jobs only cost memory.
const maxJobs = 256

// limitFlags bound the work done on each document, and the parallelism.
type limitFlags struct {
	jobs     int
	maxSize  string
	maxDepth int
	timeout  time.Duration
}

func (f *limitFlags) register(fs *pflag.FlagSet) {
	limits := engine.DefaultLimits()
	fs.IntVarP(&f.jobs, "jobs", "j", runtime.GOMAXPROCS(0), fmt.Sprintf("number of documents evaluated at once, 1 to %d; defaults to the CPUs this process may use", maxJobs))
	fs.StringVar(&f.maxSize, "max-size", "10MiB", "largest document (or NDJSON line) read, e.g. 512KiB, 10MiB")
	fs.IntVar(&f.maxDepth, "max-depth", limits.MaxDepth, "deepest nesting of arrays and objects in a document")
	fs.DurationVar(&f.timeout, "timeout", limits.Timeout, "longest wall-clock time for reading and evaluating one document")
}

func (f *limitFlags) applyConfig(fs *pflag.FlagSet, cfg *config.File) {
	fromConfig(fs, "jobs", cfg, "jobs", func() { f.jobs = cfg.Jobs })
}

// engineLimits checks the flags and converts them.
func (f *limitFlags) engineLimits() (engine.Limits, error) {
	if f.jobs < 1 || f.jobs > maxJobs {
		return engine.Limits{}, usageError{fmt.Sprintf("--jobs %d: give a number from 1 to %d", f.jobs, maxJobs)}
	}
	maxSize, err := parseSize(f.maxSize)
	if err != nil {
		return engine.Limits{}, err
	}
	if f.maxDepth < 1 || f.timeout <= 0 {
		return engine.Limits{}, usageError{"--max-depth and --timeout must be positive"}
	}
	return engine.Limits{MaxSize: maxSize, MaxDepth: f.maxDepth, Timeout: f.timeout}, nil
}

// documentFlags say how documents are judged: as of when, against which
// snapshot a plan is checked, and the regions a Terraform plan's
// environment sets. Every checking command judges every kind of document,
// so all of them take --filing.
type documentFlags struct {
	asOf       string
	filing     string
	filingRoot string
	regions    []string
}

func (f *documentFlags) register(fs *pflag.FlagSet) {
	fs.StringVar(&f.asOf, "as-of", "", "judge as of this `time` (RFC 3339 or YYYY-MM-DD) instead of the snapshot's as_of")
	fs.StringVar(&f.filing, "filing", "", "the filing snapshot `file` every plan acts on, instead of the plan's \"filing\" (a Terraform plan needs it)")
	fs.StringVar(&f.filingRoot, "filing-root", "", "the `folder` a plan's \"filing\" path must stay in (default: the git work tree holding the plan, else the working directory)")
	fs.StringArrayVar(&f.regions, "region", nil, "`PROVIDER=REGION` of a Terraform plan's resources whose region only the environment sets, e.g. alibaba-cloud=cn-hangzhou (repeatable)")
}

func (f *documentFlags) applyConfig(fs *pflag.FlagSet, cfg *config.File) {
	fromConfig(fs, "filing", cfg, "filing", func() { f.filing = cfg.Filing })
}

// options converts the flags into the engine's per-run options.
func (f *documentFlags) options() (engine.Options, error) {
	opts := engine.Options{Filing: f.filing, FilingRoot: f.filingRoot}
	regions, err := parseRegions(f.regions)
	if err != nil {
		return opts, err
	}
	opts.Regions = regions
	if f.asOf != "" {
		t, err := parseTime(f.asOf)
		if err != nil {
			return opts, err
		}
		opts.AsOf = t
	}
	return opts, nil
}

// judgingFlags are the groups of a command that judges one document for
// a person (explain, plan from-terraform): the config file, the policies
// and how the document is judged.
type judgingFlags struct {
	config   configFlags
	policy   policyFlags
	document documentFlags
}

// settle reads the config file (unless --no-config), fills the policy and
// document groups with its settings where no flag was given, and converts
// them into the engine's options.
func (f *judgingFlags) settle(a *app, fs *pflag.FlagSet) (*config.File, engine.Options, error) {
	cfg, err := f.config.load(a)
	if err != nil {
		return nil, engine.Options{}, err
	}
	f.policy.applyConfig(fs, cfg)
	f.document.applyConfig(fs, cfg)
	opts, err := f.document.options()
	return cfg, opts, err
}

// checkingFlags are the groups validate and check share.
type checkingFlags struct {
	config   configFlags
	policy   policyFlags
	output   outputFlags
	limits   limitFlags
	document documentFlags
	baseline baselineFlags
}

func (f *checkingFlags) register(fs *pflag.FlagSet) {
	f.output.register(fs)
	f.policy.register(fs)
	f.document.register(fs)
	f.limits.register(fs)
	f.config.register(fs)
	f.baseline.register(fs)
}

// applyConfig reads the config file (unless --no-config) and fills the
// groups with its settings where no flag was given.
func (f *checkingFlags) applyConfig(a *app, fs *pflag.FlagSet) (*config.File, error) {
	cfg, err := f.config.load(a)
	if err != nil {
		return cfg, err
	}
	if err := resolveLang(a, fs, cfg, &f.output.lang); err != nil {
		return cfg, err
	}
	if cfg == nil {
		return nil, nil
	}
	f.policy.applyConfig(fs, cfg)
	f.limits.applyConfig(fs, cfg)
	f.document.applyConfig(fs, cfg)
	return cfg, f.output.applyConfig(fs, cfg)
}
