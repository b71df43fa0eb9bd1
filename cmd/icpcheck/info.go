package main

import (
	"context"
	"fmt"
	"runtime"
	"runtime/debug"

	"github.com/open-policy-agent/opa/v1/version"
	"github.com/spf13/pflag"

	"github.com/icpcheck/icpcheck/engine"
)

func schemaCommand() command {
	return command{
		name:    "schema",
		args:    "filing|plan",
		summary: "print the JSON Schema of a document kind",
		example: `icpcheck schema filing > filing.schema.json`,
		flags:   func(*pflag.FlagSet) any { return nil },
		run: func(_ context.Context, a *app, _ any, args []string) int {
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
		},
	}
}

func versionCommand() command {
	return command{
		name:    "version",
		args:    "",
		summary: "print the versions of icpcheck, OPA and Go",
		example: `icpcheck version`,
		flags:   func(*pflag.FlagSet) any { return nil },
		run: func(_ context.Context, a *app, _ any, _ []string) int {
			v := "(devel)"
			if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" {
				v = info.Main.Version
			}
			fmt.Fprintf(a.stdout, "icpcheck %s\nopa %s\n%s\n", v, version.Version, runtime.Version())
			return exitOK
		},
	}
}
