package main

import (
	"bytes"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/open-policy-agent/opa/v1/version"
)

func TestWriteVersion(t *testing.T) {
	for _, tc := range []struct {
		name string
		info *debug.BuildInfo
		want []string
	}{
		{"released", &debug.BuildInfo{
			Main: debug.Module{Version: "v1.4.0"},
			Settings: []debug.BuildSetting{
				{Key: "vcs.revision", Value: "0123abcd"},
				{Key: "vcs.time", Value: "2026-11-20T08:00:00Z"},
				{Key: "vcs.modified", Value: "false"},
			},
		}, []string{"icpcheck v1.4.0\n", "commit   0123abcd, 2026-11-20T08:00:00Z\n", "opa      " + version.Version + "\n", "go       go"}},
		{"local changes", &debug.BuildInfo{
			Main:     debug.Module{Version: "(devel)"},
			Settings: []debug.BuildSetting{{Key: "vcs.revision", Value: "0123abcd"}, {Key: "vcs.modified", Value: "true"}},
		}, []string{"icpcheck (devel)\n", "commit   0123abcd (with uncommitted changes)\n"}},
		{"no build info", nil, []string{"icpcheck (devel)\n", "commit   unknown\n"}},
	} {
		var b bytes.Buffer
		if err := writeVersion(&b, tc.info); err != nil {
			t.Fatal(err)
		}
		for _, w := range tc.want {
			if !strings.Contains(b.String(), w) {
				t.Errorf("%s: output lacks %q:\n%s", tc.name, w, b.String())
			}
		}
	}
}

func TestVersionCommand(t *testing.T) {
	code, out, _ := runCLI(t, "", "version")
	if code != exitOK || !strings.HasPrefix(out, "icpcheck ") || !strings.Contains(out, "opa      "+version.Version) {
		t.Errorf("version: exit %d:\n%s", code, out)
	}
	if _, alias, _ := runCLI(t, "", "--version"); alias != out {
		t.Errorf("--version differs from version:\n%s", alias)
	}
}
