package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"time"

	"github.com/spf13/pflag"

	"github.com/icpcheck/icpcheck/engine"
	"github.com/icpcheck/icpcheck/policies"
)

// Exit codes (README, "Exit codes").
const (
	exitOK       = 0   // every document read, nothing denied
	exitFindings = 1   // a deny (or a warn with --fail-on-warn)
	exitError    = 2   // a usage error or a document that could not be checked
	exitSignal   = 130 // interrupted by SIGINT or SIGTERM (128 + SIGINT)
)

// app is one invocation of icpcheck with its streams and environment, so
// that tests run the real command line in-process.
type app struct {
	stdin    io.Reader
	stdout   io.Writer
	stderr   io.Writer
	getenv   func(string) string
	terminal bool // stdout is a terminal: colour is allowed
	pack     fs.FS
	now      func() time.Time // the day exceptions expire against
}

func newApp(stdin io.Reader, stdout, stderr io.Writer, getenv func(string) string) *app {
	a := &app{stdin: stdin, stdout: stdout, stderr: stderr, getenv: getenv, pack: policies.FS(), now: time.Now}
	if f, ok := stdout.(*os.File); ok {
		if info, err := f.Stat(); err == nil {
			a.terminal = info.Mode()&os.ModeCharDevice != 0
		}
	}
	return a
}

// command is one subcommand: its help text and what it runs.
type command struct {
	name    string
	args    string // the usage line after the name
	summary string
	example string
	// setup registers the command's flags on fs and returns what runs the
	// command once they are parsed, closed over the typed flag values.
	setup func(fs *pflag.FlagSet) runFunc
	// argValues, when set, lists the words the first argument may be, for
	// shell completion (schema filing|plan); otherwise arguments are files.
	argValues []string
}

// runFunc runs a command with its parsed flags and its arguments.
type runFunc func(ctx context.Context, a *app, args []string) int

// noFlags is the setup of a command without flags.
func noFlags(run runFunc) func(*pflag.FlagSet) runFunc {
	return func(*pflag.FlagSet) runFunc { return run }
}

func commands() []command {
	return []command{validateCommand(), checkCommand(), planCommand(), explainCommand(), testCommand(), rulesCommand(), bundleCommand(), schemaCommand(), configCommand(), completionCommand(), versionCommand()}
}

// usageError is a mistake in the command line: exit 2 with a hint.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func (a *app) run(ctx context.Context, args []string) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		if len(args) > 1 && args[0] == "help" {
			return a.run(ctx, []string{args[1], "--help"})
		}
		a.mainUsage(a.stdout)
		if len(args) == 0 {
			return exitError
		}
		return exitOK
	}
	if args[0] == "--version" {
		args[0] = "version"
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return a.runCommand(ctx, c, args[1:])
		}
	}
	fmt.Fprintf(a.stderr, "icpcheck: unknown command %q\nRun 'icpcheck --help' for the list of commands.\n", args[0])
	return exitError
}

func (a *app) runCommand(ctx context.Context, c command, args []string) int {
	fs := pflag.NewFlagSet("icpcheck "+c.name, pflag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.SortFlags = false
	run := c.setup(fs)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			a.commandUsage(a.stdout, c, fs)
			return exitOK
		}
		return a.usageFailure(c, err)
	}
	return run(ctx, a, fs.Args())
}

// interrupted reports a run that a signal stopped: a line on standard
// error saying how far it got, and exit 130, so that a truncated report
// never passes for a clean one.
func (a *app) interrupted(name string, intr *engine.Interrupted) int {
	fmt.Fprintf(a.stderr, "icpcheck %s: interrupted: %s\n", name, intr.Progress())
	return exitSignal
}

func (a *app) usageFailure(c command, err error) int {
	fmt.Fprintf(a.stderr, "icpcheck %s: %v\nRun 'icpcheck %s --help' for usage.\n", c.name, err, c.name)
	return exitError
}

func (a *app) mainUsage(w io.Writer) {
	fmt.Fprint(w, `icpcheck checks China ICP filing snapshots and deployment plans against the
ICP filing-transfer rules, so that no step takes a site offline or puts its
number at risk.

Usage:
  icpcheck <command> [flags] [arguments]

Commands:
`)
	width := 0
	for _, c := range commands() {
		width = max(width, len(c.name))
	}
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-*s  %s\n", width, c.name, c.summary)
	}
	fmt.Fprint(w, `
Exit codes: 0 nothing denied, 1 a deny was found, 2 a usage or input error.
Run 'icpcheck <command> --help' for a command's flags and an example.
`)
}

func (a *app) commandUsage(w io.Writer, c command, fs *pflag.FlagSet) {
	fmt.Fprintf(w, "%s\n\nUsage:\n  icpcheck %s %s\n", capitalize(c.summary), c.name, c.args)
	if usage := flagUsages(fs); usage != "" {
		fmt.Fprintf(w, "\nFlags:\n%s", usage)
	}
	fmt.Fprintf(w, "\nExample:\n%s\n", indent(c.example, "  "))
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func indent(s, prefix string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	for i, l := range lines {
		lines[i] = prefix + l
	}
	return strings.Join(lines, "\n")
}

// flagUsages lists flags like pflag's FlagUsages, without the
// "[=true|false]" that pflag 1.1 appends to every boolean flag.
func flagUsages(fs *pflag.FlagSet) string {
	type row struct{ name, usage string }
	var rows []row
	width := 0
	fs.VisitAll(func(f *pflag.Flag) {
		name := "    --" + f.Name
		if f.Shorthand != "" {
			name = "-" + f.Shorthand + ", --" + f.Name
		}
		varname, usage := pflag.UnquoteUsage(f)
		if f.Value.Type() != "bool" && varname != "" {
			name += " " + varname
		}
		if def := f.DefValue; def != "" && def != "false" && def != "[]" {
			usage += fmt.Sprintf(" (default %s)", def)
		}
		rows = append(rows, row{name, usage})
		width = max(width, len(name))
	})
	var b strings.Builder
	for _, r := range rows {
		fmt.Fprintf(&b, "  %-*s   %s\n", width, r.name, r.usage)
	}
	return b.String()
}
