package suppress

import (
	"path/filepath"
	"strings"
)

// relativeFile names a result's document relative to dir, with slashes, so
// that exception globs and baseline entries do not depend on the folder
// icpcheck was run from. A document of a multi-document file keeps its
// ":N" suffix; standard input stays "-".
func relativeFile(dir, file string) string {
	if file == "-" || dir == "" {
		return filepath.ToSlash(file)
	}
	path, suffix := splitDocumentSuffix(file)
	abs, err := filepath.Abs(path)
	if err != nil {
		return filepath.ToSlash(file)
	}
	rel, err := filepath.Rel(dir, abs)
	if err != nil {
		rel = abs
	}
	return filepath.ToSlash(rel) + suffix
}

// splitDocumentSuffix splits "name.ndjson:12" into "name.ndjson" and ":12";
// a name without such a suffix is returned whole.
func splitDocumentSuffix(file string) (string, string) {
	i := strings.LastIndexByte(file, ':')
	if i <= 0 || i == len(file)-1 || strings.Trim(file[i+1:], "0123456789") != "" || filepath.Ext(file[:i]) == "" {
		return file, ""
	}
	return file[:i], file[i:]
}

// documentPath is a relative file without its ":N" suffix: what a path glob
// is matched against.
func documentPath(rel string) string {
	path, _ := splitDocumentSuffix(rel)
	return path
}
