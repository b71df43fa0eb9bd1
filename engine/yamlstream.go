package engine

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
)

// isYAMLFile tells a YAML file by its extension.
func isYAMLFile(path string) bool {
	ext := strings.ToLower(filepath.Ext(path))
	return ext == ".yaml" || ext == ".yml"
}

// yamlDocument is one document of a YAML stream: the line it starts on
// and its text.
type yamlDocument struct {
	Line int
	Data []byte
}

// splitYAML splits a YAML stream into its documents at the "---" lines that
// start them (and the "..." lines that end them). A document's text is
// preceded by as many empty lines as come before it in the file, so that
// the lines of its errors and findings are the file's. Documents holding
// nothing but comments and blank lines are not documents (a stream may end
// with "---"); a file with none at all gives one empty document, which is
// an error of its own rather than nothing.
func splitYAML(data []byte) []yamlDocument {
	var docs []yamlDocument
	var cur []byte
	start, line := 1, 0
	flush := func() {
		if hasYAMLContent(cur) {
			text := append(bytes.Repeat([]byte{'\n'}, start-1), cur...)
			docs = append(docs, yamlDocument{Line: start, Data: text})
		}
		cur = nil
	}
	for rest := data; len(rest) > 0; {
		line++
		text := rest
		if i := bytes.IndexByte(rest, '\n'); i >= 0 {
			text, rest = rest[:i+1], rest[i+1:]
		} else {
			rest = nil
		}
		switch {
		case isMarker(text, "---"):
			flush()
			start = line
			// the marker line may carry content after it ("--- {kind: ...}")
			cur = append(bytes.Repeat([]byte{' '}, 3), text[3:]...)
		case isMarker(text, "..."):
			flush()
			start = line + 1
		default:
			cur = append(cur, text...)
		}
	}
	flush()
	if len(docs) == 0 {
		docs = append(docs, yamlDocument{Line: 1, Data: data})
	}
	return docs
}

// isMarker reports whether a line is a document marker: the marker at the
// start of the line, then nothing, a space or a tab.
func isMarker(line []byte, marker string) bool {
	rest, ok := bytes.CutPrefix(bytes.TrimPrefix(line, utf8BOM), []byte(marker))
	return ok && (len(bytes.TrimSpace(rest)) == 0 || rest[0] == ' ' || rest[0] == '\t')
}

// hasYAMLContent reports whether text holds more than blank lines and
// comments.
func hasYAMLContent(text []byte) bool {
	for _, line := range bytes.Split(text, []byte{'\n'}) {
		line = bytes.TrimSpace(line)
		if len(line) > 0 && line[0] != '#' && !bytes.Equal(line, utf8BOM) {
			return true
		}
	}
	return false
}

// yamlName names the n-th (from 1) of count documents of a stream in
// results: the file itself when it holds one document, else "file.yaml#N".
// Lines in its errors and findings are the file's, so "file.yaml#2:15:3" is
// line 15 of file.yaml, in its second document.
func yamlName(path string, n, count int) string {
	if count == 1 {
		return path
	}
	return fmt.Sprintf("%s#%d", path, n)
}

// yieldYAML yields each document of a YAML input that was read whole.
func yieldYAML(in Input, yield func(Input) bool) bool {
	docs := splitYAML(in.Data)
	for i, doc := range docs {
		if !yield(Input{Name: yamlName(in.Name, i+1, len(docs)), Dir: in.Dir, Data: doc.Data}) {
			return false
		}
	}
	return true
}
