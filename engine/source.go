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

// Inputs expands command-line arguments into documents, in order: a file as
// itself, a folder as its *.json, *.yaml and *.yml files sorted by path, "-"
// as standard input, a .ndjson file as one document per non-blank line, read
// as it goes, and a YAML file (or YAML on standard input) as each of its
// "---"-separated documents, the whole stream within the size limit.
// An argument that cannot be read yields an Input with Err set, so that one
// bad path never hides the results of the others. A document over maxSize
// bytes is an error too.
func Inputs(args []string, stdin io.Reader, maxSize int64) iter.Seq[Input] {
	if maxSize <= 0 {
		maxSize = DefaultLimits().MaxSize
	}
	r := reader{maxSize: maxSize}
	return func(yield func(Input) bool) {
		for _, arg := range args {
			if !r.expand(arg, stdin, yield) {
				return
			}
		}
	}
}

type reader struct{ maxSize int64 }

func (r reader) expand(arg string, stdin io.Reader, yield func(Input) bool) bool {
	if arg == "-" {
		data, err := io.ReadAll(io.LimitReader(stdin, r.maxSize+1))
		in := r.fileInput("-", ".", data, err)
		if in.Err == nil && isYAML(in.Data) {
			return yieldYAML(in, yield)
		}
		return yield(in)
	}
	info, err := os.Stat(arg)
	if err != nil {
		return yield(Input{Name: arg, Err: fileError(arg, err, r.maxSize)})
	}
	if !info.IsDir() {
		return r.yieldFile(arg, yield)
	}
	files, walkErrs := jsonFiles(arg)
	if len(files) == 0 && len(walkErrs) == 0 {
		// An empty folder is a mistake (a wrong path, a step that wrote
		// nothing), never a green build.
		return yield(Input{Name: arg, Err: &InputError{Message: fmt.Sprintf("no documents found in %s: give a folder that holds the documents to check", arg)}})
	}
	for _, we := range walkErrs {
		if !yield(we) {
			return false
		}
	}
	guard := newLinkGuard(arg)
	for _, f := range files {
		if msg := guard.check(f); msg != "" {
			if !yield(Input{Name: f, Err: &InputError{Message: msg}}) {
				return false
			}
			continue
		}
		if !r.yieldFile(f, yield) {
			return false
		}
	}
	return true
}

func (r reader) yieldFile(path string, yield func(Input) bool) bool {
	if strings.EqualFold(filepath.Ext(path), ".ndjson") {
		return r.yieldLines(path, yield)
	}
	data, err := readRegular(path, r.maxSize)
	if err != nil {
		return yield(Input{Name: path, Err: fileError(path, err, r.maxSize)})
	}
	in := Input{Name: path, Dir: filepath.Dir(path), Data: data}
	if isYAMLFile(path) {
		return yieldYAML(in, yield)
	}
	return yield(in)
}

func (r reader) fileInput(name, dir string, data []byte, err error) Input {
	in := Input{Name: name, Dir: dir, Data: data}
	switch {
	case err != nil:
		in.Err = fileError(name, err, r.maxSize)
	case int64(len(data)) > r.maxSize:
		in.Data = nil
		in.Err = &InputError{Setting: SettingMaxSize, Message: fmt.Sprintf("document larger than the %s limit", byteSize(r.maxSize))}
	}
	return in
}

// yieldLines streams an NDJSON file one line at a time. A line over the size
// limit is an error result of its own, and reading goes on with the next.
func (r reader) yieldLines(path string, yield func(Input) bool) bool {
	f, _, err := openRegular(path)
	if err != nil {
		return yield(Input{Name: path, Err: fileError(path, err, r.maxSize)})
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, 64<<10)
	dir := filepath.Dir(path)
	for n := 1; ; n++ {
		line, tooLong, err := r.readLine(br)
		name := fmt.Sprintf("%s:%d", path, n)
		switch {
		case tooLong:
			if !yield(Input{Name: name, Err: &InputError{Setting: SettingMaxSize, Message: fmt.Sprintf("line larger than the %s document limit", byteSize(r.maxSize))}}) {
				return false
			}
		case len(bytes.TrimSpace(line)) > 0:
			if !yield(Input{Name: name, Dir: dir, Data: line}) {
				return false
			}
		}
		if errors.Is(err, io.EOF) {
			return true
		}
		if err != nil {
			return yield(Input{Name: name, Err: fileError(path, err, r.maxSize)})
		}
	}
}

// readLine reads up to the next newline. A line over the size limit is
// skipped to its end and reported as too long instead of being held.
func (r reader) readLine(br *bufio.Reader) (line []byte, tooLong bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if int64(len(line)+len(chunk)) > r.maxSize+1 {
				tooLong, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		if !errors.Is(err, bufio.ErrBufferFull) {
			return line, tooLong, err
		}
	}
}

// jsonFiles lists the *.json, *.yaml and *.yml files under dir, sorted by
// path, leaving out hidden files and folders (a name that starts with "."),
// and an error input for each part of the tree that could not be read.
func jsonFiles(dir string) ([]string, []Input) {
	var files []string
	var errs []Input
	_ = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			errs = append(errs, Input{Name: p, Err: fileError(p, err, 0)})
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if p != dir && strings.HasPrefix(d.Name(), ".") {
			// hidden: .git, .github's workflows, .icpcheck.yaml are no documents
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if !d.IsDir() && (strings.EqualFold(filepath.Ext(p), ".json") || isYAMLFile(p)) {
			files = append(files, p)
		}
		return nil
	})
	sort.Strings(files)
	return files, errs
}
