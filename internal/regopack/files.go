package regopack

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/icpcheck/icpcheck/internal/filemode"
)

// loadable are the extensions OPA's loader reads from a folder.
var loadable = map[string]bool{".rego": true, ".json": true, ".yaml": true, ".yml": true}

// maxFileSize bounds each policy or data file, as the default --max-size
// bounds a document: OPA's loader reads a file whole.
const maxFileSize = 10 << 20

// checkRegular refuses a path, or a file the loader would read from a
// folder, that is not a regular file of at most maxFileSize bytes: OPA's
// loader would block on a named pipe, read a device such as /dev/zero until
// memory runs out, and read any file whole.
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
			switch {
			case err != nil || info.IsDir():
				return nil
			case !info.Mode().IsRegular():
				return fmt.Errorf("%s is %s, not a regular file: give Rego, JSON or YAML files", p, filemode.Describe(info.Mode()))
			case info.Size() > maxFileSize:
				return fmt.Errorf("%s is larger than the %d MiB a policy or data file may hold", p, maxFileSize>>20)
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	return nil
}
