package engine

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Input is one document to check: its bytes, or the error that kept them
// from being read.
type Input struct {
	Name string // as reported: a path, "-", or "file.ndjson:LINE"
	Dir  string // folder that paths inside the document are relative to
	Data []byte
	Err  *InputError
}

// maxDocumentSize bounds one document (or one NDJSON line).
const maxDocumentSize = 10 << 20

// Inputs expands command-line arguments into documents, in order: a file as
// itself, a folder as its *.json files sorted by path, "-" as standard input,
// and a .ndjson file as one document per non-blank line, read as it goes.
// An argument that cannot be read yields an Input with Err set, so that one
// bad path never hides the results of the others.
func Inputs(args []string, stdin io.Reader) iter.Seq[Input] {
	return func(yield func(Input) bool) {
		for _, arg := range args {
			if !expand(arg, stdin, yield) {
				return
			}
		}
	}
}

func expand(arg string, stdin io.Reader, yield func(Input) bool) bool {
	if arg == "-" {
		data, err := io.ReadAll(io.LimitReader(stdin, maxDocumentSize+1))
		return yield(fileInput("-", ".", data, err))
	}
	info, err := os.Stat(arg)
	if err != nil {
		return yield(Input{Name: arg, Err: &InputError{Message: readError(arg, err)}})
	}
	if !info.IsDir() {
		return yieldFile(arg, yield)
	}
	files, walkErrs := jsonFiles(arg)
	for _, we := range walkErrs {
		if !yield(we) {
			return false
		}
	}
	for _, f := range files {
		if !yieldFile(f, yield) {
			return false
		}
	}
	return true
}

func yieldFile(path string, yield func(Input) bool) bool {
	if strings.EqualFold(filepath.Ext(path), ".ndjson") {
		return yieldLines(path, yield)
	}
	f, err := os.Open(path)
	if err != nil {
		return yield(Input{Name: path, Err: &InputError{Message: readError(path, err)}})
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxDocumentSize+1))
	return yield(fileInput(path, filepath.Dir(path), data, err))
}

func fileInput(name, dir string, data []byte, err error) Input {
	in := Input{Name: name, Dir: dir, Data: data}
	switch {
	case err != nil:
		in.Err = &InputError{Message: readError(name, err)}
	case len(data) > maxDocumentSize:
		in.Err = &InputError{Message: fmt.Sprintf("document larger than the %d MiB limit", maxDocumentSize>>20)}
	}
	return in
}

// yieldLines streams an NDJSON file one line at a time.
func yieldLines(path string, yield func(Input) bool) bool {
	f, err := os.Open(path)
	if err != nil {
		return yield(Input{Name: path, Err: &InputError{Message: readError(path, err)}})
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<10), maxDocumentSize+1)
	dir := filepath.Dir(path)
	for n := 1; sc.Scan(); n++ {
		line := sc.Bytes()
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		data := append([]byte(nil), line...)
		if !yield(Input{Name: fmt.Sprintf("%s:%d", path, n), Dir: dir, Data: data}) {
			return false
		}
	}
	if err := sc.Err(); err != nil {
		msg := readError(path, err)
		if errors.Is(err, bufio.ErrTooLong) {
			msg = fmt.Sprintf("a line is longer than the %d MiB document limit", maxDocumentSize>>20)
		}
		return yield(Input{Name: path, Err: &InputError{Message: msg}})
	}
	return true
}

// jsonFiles lists the *.json files under dir, sorted by path,
// and an error input for each part of the tree that could not be read.
func jsonFiles(dir string) ([]string, []Input) {
	var files []string
	var errs []Input
	_ = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			errs = append(errs, Input{Name: p, Err: &InputError{Message: readError(p, err)}})
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if !d.IsDir() && strings.EqualFold(filepath.Ext(p), ".json") {
			files = append(files, p)
		}
		return nil
	})
	sort.Strings(files)
	return files, errs
}

func readError(path string, err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Sprintf("%s: no such file or folder", path)
	case errors.Is(err, fs.ErrPermission):
		return fmt.Sprintf("%s: permission denied: make it readable", path)
	default:
		return fmt.Sprintf("read %s: %v", path, err)
	}
}
