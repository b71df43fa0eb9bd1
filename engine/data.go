package engine

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/icpcheck/icpcheck/internal/regopack"
)

// DataReader reads -d data files as documents are read (readRegular, then
// the document reader): a regular file of at most limits.MaxSize bytes,
// named .json (one JSON object) or .yaml/.yml (one YAML mapping), a key
// given twice an error (a second "expiry_warning_days" must not silently
// win), nesting within limits.MaxDepth. Every error is one line naming the
// file and, where there is one, the line.
func DataReader(limits Limits) regopack.DataReader {
	limits = limits.withDefaults()
	return func(path string) (map[string]any, error) {
		data, err := readRegular(path, limits.MaxSize)
		if err != nil {
			return nil, errors.New(readError(path, err, limits.MaxSize))
		}
		return decodeData(path, data, limits.MaxDepth)
	}
}

// decodeData decodes one data file's bytes by its name's extension.
func decodeData(path string, data []byte, maxDepth int) (map[string]any, error) {
	ext := strings.ToLower(filepath.Ext(path))
	switch {
	case ext == ".json" && isYAML(data) && encodingError(data) == nil:
		return nil, fmt.Errorf("%s: not JSON: a .json data file holds one JSON object (name the file .yaml if it is YAML)", path)
	case ext == ".yaml" || ext == ".yml":
		if docs := splitYAML(data); len(docs) > 1 {
			return nil, fmt.Errorf("%s:%d: a second YAML document: a data file holds one", path, docs[1].Line)
		}
	case ext != ".json":
		return nil, fmt.Errorf("%s: not a data file: give a .json, .yaml or .yml file", path)
	}
	doc, ierr := decodeDocument(context.Background(), data, maxDepth)
	if ierr != nil {
		return nil, fmt.Errorf("%s: %s", positioned(path, ierr), ierr.Message)
	}
	obj, ok := doc.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("%s: the data must be an object (a mapping) whose keys are merged into data", path)
	}
	return obj, nil
}

// positioned names a file with the line and column of an error in it.
func positioned(path string, ierr *InputError) string {
	switch {
	case ierr.Line > 0 && ierr.Column > 0:
		return fmt.Sprintf("%s:%d:%d", path, ierr.Line, ierr.Column)
	case ierr.Line > 0:
		return fmt.Sprintf("%s:%d", path, ierr.Line)
	}
	return path
}
