package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/pflag"

	"github.com/icpcheck/icpcheck/internal/config"
	"github.com/icpcheck/icpcheck/internal/suppress"
)

// configFlags say which config file a checking command reads.
type configFlags struct {
	path     string
	noConfig bool
}

func (f *configFlags) register(fs *pflag.FlagSet) {
	fs.StringVar(&f.path, "config", "", "read settings and exceptions from this `file`, not the "+config.FileName+" found upward from the working directory")
	fs.BoolVar(&f.noConfig, "no-config", false, "read no config file")
}

// load reads the config file the flags name or the one found upward from
// the working directory; nil when there is none or --no-config.
func (f *configFlags) load(a *app) (*config.File, error) {
	switch {
	case f.noConfig && f.path != "":
		return nil, usageError{"--config and --no-config exclude each other"}
	case f.noConfig:
		return nil, nil
	case f.path != "":
		return config.Load(f.path)
	}
	wd, err := os.Getwd()
	if err != nil {
		return nil, fmt.Errorf("find %s: %w", config.FileName, err)
	}
	path, err := config.Find(wd)
	if err != nil || path == "" {
		return nil, err
	}
	if rel, err := filepath.Rel(wd, path); err == nil {
		path = rel // shorter in messages: ../.icpcheck.yaml:12
	}
	return config.Load(path)
}

// baselineFlags name the baseline a run reads and the one it writes.
type baselineFlags struct {
	read  string
	write string
}

func (f *baselineFlags) register(fs *pflag.FlagSet) {
	fs.StringVar(&f.read, "baseline", "", "accept the findings listed in this `file` (written by --write-baseline): only new findings fail")
	fs.StringVar(&f.write, "write-baseline", "", "write this run's findings to this `file`, to accept them with --baseline")
}

// open reads the baseline and prepares the recorder; either may be nil.
func (f *baselineFlags) open() (*suppress.Baseline, *suppress.Recorder, error) {
	var b *suppress.Baseline
	var r *suppress.Recorder
	var err error
	if f.read != "" {
		if b, err = suppress.ReadBaseline(f.read); err != nil {
			return nil, nil, err
		}
	}
	if f.write != "" {
		if r, err = suppress.NewRecorder(f.write); err != nil {
			return nil, nil, err
		}
	}
	return b, r, nil
}

func configCommand() command {
	return command{
		name:      "config",
		args:      "init [--force] [FILE]",
		summary:   "write a commented " + config.FileName + " to start from",
		argValues: []string{"init"},
		example: `icpcheck config init
icpcheck config init --force ci/icpcheck.yaml`,
		setup: func(fs *pflag.FlagSet) runFunc {
			force := fs.Bool("force", false, "overwrite the file if it exists")
			return func(_ context.Context, a *app, args []string) int {
				c := command{name: "config"}
				if len(args) == 0 || args[0] != "init" || len(args) > 2 {
					return a.usageFailure(c, usageError{"give init, and optionally the file to write (default " + config.FileName + ")"})
				}
				path := config.FileName
				if len(args) == 2 {
					path = args[1]
				}
				if err := config.WriteTemplate(path, *force); err != nil {
					fmt.Fprintf(a.stderr, "icpcheck config: %v\n", err)
					return exitError
				}
				fmt.Fprintf(a.stderr, "wrote %s: edit it, and commit it with your documents\n", path)
				return exitOK
			}
		},
	}
}
