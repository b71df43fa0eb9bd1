package regopack

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// loadable are the extensions OPA's loader reads from a folder.
var loadable = map[string]bool{".rego": true, ".json": true, ".yaml": true, ".yml": true}

// checkRegular refuses a path, or a file the loader would read from a
// folder, that is not a regular file: OPA's loader would block on a named
// pipe and read a device such as /dev/zero until memory runs out.
func checkRegular(paths []string) error {
	for _, root := range paths {
		err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil // the loader reports it, with its own wording
			}
			if d.IsDir() || (p != root && !loadable[filepath.Ext(p)]) {
				return nil
			}
			info, err := os.Stat(p) // follows a symlink, as the loader does
			if err != nil || info.Mode().IsRegular() || info.IsDir() {
				return nil
			}
			return fmt.Errorf("%s is not a regular file (%s): give Rego, JSON or YAML files", p, info.Mode().Type())
		})
		if err != nil {
			return err
		}
	}
	return nil
}
