package main

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"runtime/debug"

	"github.com/open-policy-agent/opa/v1/version"

	"github.com/icpcheck/icpcheck/engine"
)

func schemaCommand() command {
	return command{
		name:      "schema",
		args:      "filing|plan",
		summary:   "print the JSON Schema of a document kind",
		example:   `icpcheck schema filing > filing.schema.json`,
		argValues: []string{"filing", "plan"},
		setup: noFlags(func(_ context.Context, a *app, args []string) int {
			c := command{name: "schema"}
			if len(args) != 1 {
				return a.usageFailure(c, usageError{"give one schema: filing or plan"})
			}
			raw, err := engine.Schema(a.pack, args[0])
			if err != nil {
				return a.usageFailure(c, err)
			}
			if _, err := a.stdout.Write(raw); err != nil {
				return a.writeFailure("schema", err)
			}
			return exitOK
		}),
	}
}

func versionCommand() command {
	return command{
		name:    "version",
		args:    "",
		summary: "print the versions of icpcheck, OPA and Go, and the commit icpcheck was built from",
		example: `icpcheck version`,
		setup: noFlags(func(_ context.Context, a *app, _ []string) int {
			info, _ := debug.ReadBuildInfo()
			if err := writeVersion(a.stdout, info); err != nil {
				return a.writeFailure("version", err)
			}
			return exitOK
		}),
	}
}

// writeVersion prints the module version (set by `go install ...@v1.2.3`,
// "(devel)" in a local build), the commit and its time and whether the
// tree had local changes (recorded by go build from a checkout, -buildvcs),
// and the versions of the embedded OPA and of Go.
func writeVersion(w io.Writer, info *debug.BuildInfo) error {
	module, revision, when, modified := "(devel)", "unknown", "", ""
	if info != nil {
		if info.Main.Version != "" {
			module = info.Main.Version
		}
		for _, s := range info.Settings {
			switch s.Key {
			case "vcs.revision":
				revision = s.Value
			case "vcs.time":
				when = s.Value
			case "vcs.modified":
				if s.Value == "true" {
					modified = " (with uncommitted changes)"
				}
			}
		}
	}
	commit := revision + modified
	if when != "" {
		commit = revision + ", " + when + modified
	}
	_, err := fmt.Fprintf(w, "icpcheck %s\ncommit   %s\nopa      %s\ngo       %s\n", module, commit, version.Version, runtime.Version())
	return err
}
