package engine

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// A plan comes from the pull request, and so does its "filing" path: it
// could name /etc/passwd, ../../secret or a symlink out of the checkout.
// The path is therefore confined to a root, and nothing read from the file
// it names appears in an error (only where, and what kind of problem), so
// that a plan cannot turn icpcheck into a way to print a runner's files.
// A --filing FILE given on the command line is the user's own choice and
// is not confined; it is read through the same limits.

// planFiling reads the snapshot a plan acts on: opts.Filing, or the plan's
// "filing" path relative to the plan file, confined to the filing root.
func (e *Engine) planFiling(plan map[string]any, in Input, opts Options) (map[string]any, *InputError) {
	if opts.Filing != "" {
		return e.readFiling(opts.Filing, opts)
	}
	rel, _ := plan["filing"].(string)
	if rel == "" {
		ierr := &InputError{Pointer: "/filing", Setting: SettingFiling, Message: "the plan names no filing snapshot: set \"filing\" to the snapshot's path relative to the plan, or give the snapshot"}
		placeError(ierr, in.Data)
		return nil, ierr
	}
	path, msg := confine(rel, in.Dir, opts.FilingRoot)
	var ierr *InputError
	if msg != "" {
		ierr = &InputError{Pointer: "/filing", Message: fmt.Sprintf("filing snapshot %q %s", rel, msg)}
	}
	var filing map[string]any
	if ierr == nil {
		filing, ierr = e.loadFiling(path, opts, false)
	}
	if ierr != nil {
		placeError(ierr, in.Data)
	}
	return filing, ierr
}

// readFiling reads and validates the snapshot at path, the user's own
// choice (--filing), with as_of replaced by opts.AsOf when that is set.
func (e *Engine) readFiling(path string, opts Options) (map[string]any, *InputError) {
	return e.loadFiling(path, opts, true)
}

// loadFiling reads a filing snapshot through the size limit, within a time
// limit of its own (the reading of the plan that names it is done). Unless
// the user chose the file (trusted), its errors say where it is wrong and
// never what it holds: the path came from a pull request.
func (e *Engine) loadFiling(path string, opts Options, trusted bool) (map[string]any, *InputError) {
	data, err := readRegular(path, opts.Limits.MaxSize)
	if err != nil {
		ierr := fileError(path, err, opts.Limits.MaxSize)
		ierr.Pointer, ierr.Message = "/filing", "filing snapshot "+ierr.Message
		if errors.Is(err, fs.ErrNotExist) {
			ierr.Message = missingFiling(path, trusted)
		}
		return nil, ierr
	}
	ctx, cancel := context.WithTimeout(context.Background(), opts.Limits.Timeout)
	defer cancel()
	doc, k, ierr := e.readDocument(ctx, data, opts.Limits)
	if ierr == nil && k.Name != KindSnapshot {
		ierr = &InputError{Pointer: "/kind", Message: fmt.Sprintf("is a %s, not a FilingSnapshot", k.Name)}
		placeError(ierr, data)
	}
	if ierr != nil {
		where := path
		if ierr.Line > 0 {
			where = fmt.Sprintf("%s:%d:%d", path, ierr.Line, ierr.Column)
		}
		if trusted {
			return nil, &InputError{Pointer: "/filing", Setting: ierr.Setting, Message: fmt.Sprintf("filing snapshot %s: %s", where, ierr.Message)}
		}
		// The message may quote the file (a key, a kind, a character):
		// only where it is wrong is said, and how to see why.
		return nil, &InputError{Pointer: "/filing", Message: fmt.Sprintf("filing snapshot %s is not a valid FilingSnapshot: run `icpcheck validate %s` to see why", where, path)}
	}
	overrideAsOf(doc, opts.AsOf)
	return doc, nil
}

// confine resolves a plan's filing path (relative to planDir) and checks
// that it stays inside the filing root: root when given, else the git work
// tree that holds the plan, else the working directory. It returns the
// path to read, or why it may not be read (never where a symlink points).
func confine(rel, planDir, root string) (string, string) {
	if filepath.IsAbs(rel) || filepath.VolumeName(rel) != "" {
		return "", "is an absolute path: give it relative to the plan file"
	}
	dir, err := filepath.Abs(planDir)
	if err != nil {
		return "", fmt.Sprintf("cannot be resolved: %v", err)
	}
	path := filepath.Join(dir, rel)
	shown := filepath.Join(planDir, rel) // as the user named the plan
	rootDesc := "--filing-root " + root
	if root == "" {
		root, rootDesc = filingRoot(dir)
	}
	realRoot, err := filepath.EvalSymlinks(root)
	if err != nil {
		return "", fmt.Sprintf("cannot be checked: the filing root %s cannot be resolved", root)
	}
	realRoot, _ = filepath.Abs(realRoot)
	leaves := fmt.Sprintf("leaves %s: keep the snapshot inside it (or pass --filing-root DIR or --filing FILE)", rootDesc)
	absRoot, _ := filepath.Abs(root)
	if !within(path, absRoot) && !within(path, realRoot) {
		return "", leaves
	}
	real, err := filepath.EvalSymlinks(path)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return shown, "" // reading it says it is not found
		}
		return "", "cannot be resolved: check the path and its symlinks"
	}
	if real, _ = filepath.Abs(real); !within(real, realRoot) {
		return "", "is a symlink that " + leaves
	}
	return shown, ""
}

// filingRoot is the git work tree that holds dir (the nearest folder above
// it with a .git folder or file), or, outside any repository, the working
// directory; and how to name it in a message.
func filingRoot(dir string) (string, string) {
	if repo, ok := workTree(dir); ok {
		return repo, "the repository " + repo
	}
	wd, err := os.Getwd()
	if err != nil {
		wd = "."
	}
	return wd, "the working directory " + wd + " (no git repository holds the plan)"
}

// workTree is the nearest folder at or above dir with a .git folder or
// file (a worktree's), if any.
func workTree(dir string) (string, bool) {
	for d := dir; ; d = filepath.Dir(d) {
		if _, err := os.Lstat(filepath.Join(d, ".git")); err == nil {
			return d, true
		}
		if filepath.Dir(d) == d {
			return "", false
		}
	}
}

// within reports whether path is root or lies below it; both are absolute
// and clean.
func within(path, root string) bool {
	rel, err := filepath.Rel(root, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}

// linkGuard keeps the documents found by walking a folder inside the git
// work tree that holds the folder (or, outside any, the folder itself), as
// a plan's filing is kept inside it: a pull request could otherwise add x.json as a
// symlink to a file of the runner's (a credentials file is JSON too) and
// have its keys quoted in errors. A file named on the command line is the
// user's choice and is not checked.
type linkGuard struct {
	root string // resolved
	desc string
}

func newLinkGuard(dir string) linkGuard {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return linkGuard{}
	}
	root, desc := abs, "the folder "+dir
	if repo, ok := workTree(abs); ok {
		root, desc = repo, "the repository "+repo
	}
	real, err := filepath.EvalSymlinks(root)
	if err != nil {
		return linkGuard{}
	}
	real, _ = filepath.Abs(real)
	return linkGuard{root: real, desc: desc}
}

// check says why path, found in the folder, may not be read: it is a
// symlink that resolves outside the root. It never says where it points.
func (g linkGuard) check(path string) string {
	if g.root == "" {
		return ""
	}
	info, err := os.Lstat(path)
	if err != nil || info.Mode()&fs.ModeSymlink == 0 {
		return ""
	}
	real, err := filepath.EvalSymlinks(path)
	if err != nil {
		return "" // reading it reports the dangling link or the loop
	}
	if real, _ = filepath.Abs(real); within(real, g.root) {
		return ""
	}
	return fmt.Sprintf("%s is a symlink that leaves %s: a folder's documents stay inside it (name the file on the command line to check it anyway)", path, g.desc)
}
