package config

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

// Template is what `icpcheck config init` writes: every key, explained,
// with the defaults active and the rest commented out.
const Template = `# icpcheck settings for this repository. icpcheck reads this file from the
# working directory or any folder above it up to the repository root; a flag
# on the command line wins over the same setting here. Paths are relative to
# this file. Reference: https://github.com/icpcheck/icpcheck#configuration

# Output format of validate and check: text, json, sarif, junit, github or
# markdown (-o).
output: text

# Exit 1 on a warn as well as on a deny (--fail-on-warn).
fail_on_warn: false

# The filing snapshot every plan acts on, instead of each plan's "filing"
# (--filing; check and explain).
# filing: filings/current.json

# Your own Rego files or folders, evaluated with the embedded rules (-p).
# policies:
#   - policy/

# JSON or YAML files merged over the embedded data, e.g. thresholds (-d).
# data:
#   - data/thresholds.yaml

# Documents evaluated at once (-j); by default the number of CPUs.
# jobs: 4

# Findings the team accepts. Each entry names a rule and may narrow it to a
# website, a domain and a path (a glob over document paths: * stays in one
# folder, **/ spans folders). reason is required. From the day after
# expires the entry stops suppressing and icpcheck warns about it; an entry
# that matches nothing is reported as stale.
exceptions: []
#  - rule: ICP105
#    website: shop
#    domain: shop.example.com
#    path: filings/*.json
#    reason: the ECS renewal is booked with the provider (ticket OPS-1234)
#    expires: 2026-12-31
`

// WriteTemplate writes Template to path; an existing file is kept unless
// force is set.
func WriteTemplate(path string, force bool) error {
	flags := os.O_WRONLY | os.O_CREATE | os.O_EXCL
	if force {
		flags = os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	}
	f, err := os.OpenFile(path, flags, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return fmt.Errorf("%s exists already: edit it, or overwrite it with --force", path)
	}
	if err != nil {
		return fmt.Errorf("write config: %w", err)
	}
	if _, err := f.WriteString(Template); err != nil {
		f.Close()
		return fmt.Errorf("write config: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write config: %w", err)
	}
	return nil
}
