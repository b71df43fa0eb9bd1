package main

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/spf13/pflag"
)

// Shell completion. pflag has no generator, so the scripts are written
// here from the command table and each command's flags: a flag's values
// come from its valuesAnnotation, a flag taking a path completes files,
// one taking a number or a duration completes nothing, and arguments are
// files unless the command lists its argValues.

var completionShells = []string{"bash", "zsh", "fish", "powershell"}

func completionCommand() command {
	return command{
		name:      "completion",
		args:      "bash|zsh|fish|powershell",
		summary:   "print a shell completion script",
		argValues: completionShells,
		example: `icpcheck completion bash > ~/.local/share/bash-completion/completions/icpcheck
icpcheck completion zsh > "${fpath[1]}/_icpcheck"
icpcheck completion fish > ~/.config/fish/completions/icpcheck.fish
icpcheck completion powershell | Out-String | Invoke-Expression`,
		setup: noFlags(func(_ context.Context, a *app, args []string) int {
			c := command{name: "completion"}
			if len(args) != 1 || !slices.Contains(completionShells, args[0]) {
				return a.usageFailure(c, usageError{"give one shell: " + strings.Join(completionShells, ", ")})
			}
			write := map[string]func(io.Writer, []completionSpec) error{
				"bash": writeBash, "zsh": writeZsh, "fish": writeFish, "powershell": writePowerShell,
			}[args[0]]
			if err := write(a.stdout, completionSpecs()); err != nil {
				return a.writeFailure("completion", err)
			}
			return exitOK
		}),
	}
}

// completionSpec is what a script knows of one command.
type completionSpec struct {
	name, summary string
	argValues     []string
	flags         []completionFlag
}

type completionFlag struct {
	long, short, usage string
	takesValue         bool
	values             []string // the values it takes, when they are few
	file               bool     // it takes a path
}

func completionSpecs() []completionSpec {
	var specs []completionSpec
	for _, c := range commands() {
		fs := pflag.NewFlagSet(c.name, pflag.ContinueOnError)
		c.setup(fs)
		spec := completionSpec{name: c.name, summary: c.summary, argValues: c.argValues}
		fs.VisitAll(func(f *pflag.Flag) {
			varname, usage := pflag.UnquoteUsage(f)
			cf := completionFlag{long: f.Name, short: f.Shorthand, usage: usage, takesValue: f.Value.Type() != "bool"}
			cf.values = f.Annotations[valuesAnnotation]
			// A flag takes a path when its help names its value so: `file`, `path`, `dir`.
			cf.file = cf.takesValue && cf.values == nil && isPathName(varname)
			spec.flags = append(spec.flags, cf)
		})
		spec.flags = append(spec.flags, completionFlag{long: "help", short: "h", usage: "show the command's help"})
		specs = append(specs, spec)
	}
	return specs
}

func isPathName(varname string) bool {
	for _, w := range []string{"file", "path", "dir", "folder"} {
		if strings.Contains(strings.ToLower(varname), w) {
			return true
		}
	}
	return false
}

// names lists a flag's spellings: --long and -s.
func (f completionFlag) names() []string {
	n := []string{"--" + f.long}
	if f.short != "" {
		n = append(n, "-"+f.short)
	}
	return n
}

func writeBash(w io.Writer, specs []completionSpec) error {
	var b strings.Builder
	names := make([]string, len(specs))
	for i, s := range specs {
		names[i] = s.name
	}
	fmt.Fprintf(&b, `# bash completion for icpcheck; written by 'icpcheck completion bash'.
# Load it with: source <(icpcheck completion bash)
_icpcheck() {
    local cur prev
    COMPREPLY=()
    cur="${COMP_WORDS[COMP_CWORD]}"
    prev="${COMP_WORDS[COMP_CWORD-1]}"
    # --flag=value: bash splits at "=", so the flag is the word before it.
    if [[ "$prev" == "=" && $COMP_CWORD -ge 2 ]]; then
        prev="${COMP_WORDS[COMP_CWORD-2]}"
    fi
    if [[ "$cur" == "=" ]]; then
        cur=""
    fi
    if [[ $COMP_CWORD -eq 1 ]]; then
        COMPREPLY=($(compgen -W "%s" -- "$cur"))
        return 0
    fi
    case "${COMP_WORDS[1]}" in
`, strings.Join(names, " "))
	for _, s := range specs {
		fmt.Fprintf(&b, "    %s)\n        case \"$prev\" in\n", s.name)
		var all []string
		for _, f := range s.flags {
			all = append(all, f.names()...)
			pattern := strings.Join(f.names(), "|")
			switch {
			case f.values != nil:
				fmt.Fprintf(&b, "        %s) COMPREPLY=($(compgen -W \"%s\" -- \"$cur\")); return 0 ;;\n", pattern, strings.Join(f.values, " "))
			case f.file:
				fmt.Fprintf(&b, "        %s) COMPREPLY=($(compgen -f -- \"$cur\")); return 0 ;;\n", pattern)
			case f.takesValue:
				fmt.Fprintf(&b, "        %s) return 0 ;;\n", pattern)
			}
		}
		fmt.Fprintf(&b, "        esac\n        if [[ \"$cur\" == -* ]]; then\n            COMPREPLY=($(compgen -W \"%s\" -- \"$cur\"))\n", strings.Join(all, " "))
		if s.argValues != nil {
			fmt.Fprintf(&b, "        elif [[ $COMP_CWORD -eq 2 ]]; then\n            COMPREPLY=($(compgen -W \"%s\" -- \"$cur\"))\n", strings.Join(s.argValues, " "))
		}
		b.WriteString("        else\n            COMPREPLY=($(compgen -f -- \"$cur\"))\n        fi\n        ;;\n")
	}
	b.WriteString(`    esac
    return 0
}
complete -o filenames -F _icpcheck icpcheck
`)
	_, err := io.WriteString(w, b.String())
	return err
}

// zshQuote makes text safe inside a single-quoted _arguments spec, where
// [ ] and : delimit the parts.
var zshQuote = strings.NewReplacer(`'`, `'\''`, `[`, `\[`, `]`, `\]`, `:`, `\:`)

func writeZsh(w io.Writer, specs []completionSpec) error {
	var b strings.Builder
	b.WriteString(`#compdef icpcheck
# zsh completion for icpcheck; written by 'icpcheck completion zsh'.
# Save it as _icpcheck in a folder of $fpath, or load it now with:
#   source <(icpcheck completion zsh)
_icpcheck() {
  local -a commands
  commands=(
`)
	for _, s := range specs {
		fmt.Fprintf(&b, "    '%s:%s'\n", s.name, zshQuote.Replace(s.summary))
	}
	b.WriteString(`  )
  if (( CURRENT == 2 )); then
    _describe -t commands 'icpcheck command' commands
    return
  fi
  local cmd=${words[2]}
  shift words
  (( CURRENT-- ))
  case $cmd in
`)
	for _, s := range specs {
		fmt.Fprintf(&b, "    %s)\n      _arguments -s \\\n", s.name)
		for _, f := range s.flags {
			action := ""
			switch {
			case f.values != nil:
				action = ":value:(" + strings.Join(f.values, " ") + ")"
			case f.file:
				action = ":file:_files"
			case f.takesValue:
				action = ":value: "
			}
			desc := zshQuote.Replace(f.usage)
			if f.short != "" {
				fmt.Fprintf(&b, "        '*'{-%s,--%s}'[%s]%s' \\\n", f.short, f.long, desc, action)
			} else {
				fmt.Fprintf(&b, "        '*--%s[%s]%s' \\\n", f.long, desc, action)
			}
		}
		if s.argValues != nil {
			fmt.Fprintf(&b, "        '1:argument:(%s)' \\\n        '*:file:_files'\n      ;;\n", strings.Join(s.argValues, " "))
		} else {
			b.WriteString("        '*:file:_files'\n      ;;\n")
		}
	}
	b.WriteString(`  esac
}
if [[ "${funcstack[1]}" == "_icpcheck" ]]; then
  _icpcheck "$@"
else
  compdef _icpcheck icpcheck
fi
`)
	_, err := io.WriteString(w, b.String())
	return err
}

// fishQuote makes text safe in a single-quoted fish string.
var fishQuote = strings.NewReplacer(`\`, `\\`, `'`, `\'`)

func writeFish(w io.Writer, specs []completionSpec) error {
	var b strings.Builder
	names := make([]string, len(specs))
	for i, s := range specs {
		names[i] = s.name
	}
	b.WriteString("# fish completion for icpcheck; written by 'icpcheck completion fish'.\n")
	b.WriteString("# Save it as ~/.config/fish/completions/icpcheck.fish\n")
	b.WriteString("complete -c icpcheck -f\n")
	for _, s := range specs {
		fmt.Fprintf(&b, "complete -c icpcheck -n '__fish_use_subcommand' -a %s -d '%s'\n", s.name, fishQuote.Replace(s.summary))
	}
	for _, s := range specs {
		cond := fmt.Sprintf("-n '__fish_seen_subcommand_from %s'", s.name)
		for _, f := range s.flags {
			line := fmt.Sprintf("complete -c icpcheck %s -l %s", cond, f.long)
			if f.short != "" {
				line += " -s " + f.short
			}
			switch {
			case f.values != nil:
				line += fmt.Sprintf(" -x -a '%s'", strings.Join(f.values, " "))
			case f.file:
				line += " -r -F"
			case f.takesValue:
				line += " -x"
			}
			fmt.Fprintf(&b, "%s -d '%s'\n", line, fishQuote.Replace(f.usage))
		}
		if s.argValues != nil {
			fmt.Fprintf(&b, "complete -c icpcheck %s -a '%s'\n", cond, strings.Join(s.argValues, " "))
		}
		if s.argValues == nil || s.name == "config" {
			fmt.Fprintf(&b, "complete -c icpcheck %s -F\n", cond)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func writePowerShell(w io.Writer, specs []completionSpec) error {
	var b strings.Builder
	b.WriteString(`# PowerShell completion for icpcheck; written by 'icpcheck completion powershell'.
# Load it with: icpcheck completion powershell | Out-String | Invoke-Expression
Register-ArgumentCompleter -Native -CommandName 'icpcheck' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)
    $flags = @{
`)
	for _, s := range specs {
		var all []string
		for _, f := range s.flags {
			for _, n := range f.names() {
				all = append(all, "'"+n+"'")
			}
		}
		fmt.Fprintf(&b, "        '%s' = @(%s)\n", s.name, strings.Join(all, ", "))
	}
	b.WriteString("    }\n    $values = @{\n")
	for _, s := range specs {
		for _, f := range s.flags {
			if f.values == nil {
				continue
			}
			quoted := make([]string, len(f.values))
			for i, v := range f.values {
				quoted[i] = "'" + v + "'"
			}
			for _, n := range f.names() {
				fmt.Fprintf(&b, "        '%s %s' = @(%s)\n", s.name, n, strings.Join(quoted, ", "))
			}
		}
	}
	b.WriteString("    }\n    $positional = @{\n")
	for _, s := range specs {
		if s.argValues == nil {
			continue
		}
		quoted := make([]string, len(s.argValues))
		for i, v := range s.argValues {
			quoted[i] = "'" + v + "'"
		}
		fmt.Fprintf(&b, "        '%s' = @(%s)\n", s.name, strings.Join(quoted, ", "))
	}
	b.WriteString(`    }
    $words = @($commandAst.CommandElements |
        Where-Object { $_.Extent.EndOffset -lt $cursorPosition -or ($_.Extent.EndOffset -eq $cursorPosition -and $wordToComplete -eq '') } |
        ForEach-Object { $_.ToString() })
    if ($words.Count -le 1) {
        $candidates = $flags.Keys
    } else {
        $cmd = $words[1]
        $key = "$cmd $($words[-1])"
        if ($values.ContainsKey($key)) {
            $candidates = $values[$key]
        } elseif ($wordToComplete -like '-*' -and $flags.ContainsKey($cmd)) {
            $candidates = $flags[$cmd]
        } elseif ($words.Count -eq 2 -and $positional.ContainsKey($cmd)) {
            $candidates = $positional[$cmd]
        } else {
            return # file names: PowerShell's own completion
        }
    }
    $candidates | Where-Object { $_ -like "$wordToComplete*" } | Sort-Object | ForEach-Object {
        [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_)
    }
}
`)
	_, err := io.WriteString(w, b.String())
	return err
}
