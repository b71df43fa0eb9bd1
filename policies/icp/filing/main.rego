# METADATA
# title: ICP filing snapshot rules
# description: |
#   The state rules of icpcheck, judged on one FilingSnapshot (the input).
#   deny and warn hold the violations (one rule per file beside this one);
#   accessibility reports each domain's state; decision answers a document in
#   one query. The scope is subpackages, not package, so that the input
#   schema covers every file of icp.filing while a user's own file in this
#   package (-p) may still carry a package METADATA of its own.
# scope: subpackages
# schemas:
#   - input: schema.filing.v1
package icp.filing

import data.icp.lib.accessibility as a11y

# accessibility: one entry per domain of each website, in snapshot order,
# derived from deny and warn (so user rules in this package feed it too).
accessibility := a11y.report(input, deny | warn)

# decision: deny, warn, accessibility and consequences (none for a snapshot).
decision := {
	"deny": deny,
	"warn": warn,
	"accessibility": accessibility,
	"consequences": [],
}
