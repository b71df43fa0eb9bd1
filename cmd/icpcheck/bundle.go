package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/bundle"
	"github.com/open-policy-agent/opa/v1/loader"
	"github.com/spf13/pflag"

	"github.com/icpcheck/icpcheck/engine"
	"github.com/icpcheck/icpcheck/internal/regopack"
)

type bundleFlags struct {
	output     string
	policies   []string
	data       []string
	signingKey string
	signingAlg string
}

func bundleCommand() command {
	return command{
		name:    "bundle",
		args:    "-o FILE [flags]",
		summary: "write an OPA bundle of the policies for `opa run --server`",
		example: `icpcheck bundle -o icpcheck.tar.gz
opa run --server --bundle icpcheck.tar.gz
icpcheck bundle -o company.tar.gz -p company-policies/ -d company.yaml
icpcheck bundle -o signed.tar.gz --signing-key private.pem
opa run --server --bundle signed.tar.gz --verification-key public.pem`,
		setup: func(fs *pflag.FlagSet) runFunc {
			f := &bundleFlags{}
			fs.StringVarP(&f.output, "output", "o", "", "write the bundle (a .tar.gz) to this `file`; - for standard output")
			fs.StringArrayVarP(&f.policies, "policy", "p", nil, "Rego `path` (file or folder) bundled with the embedded policies, tests left out (repeatable)")
			fs.StringArrayVarP(&f.data, "data", "d", nil, "JSON or YAML `file` merged over the embedded data (repeatable)")
			fs.StringVar(&f.signingKey, "signing-key", "", "sign the bundle with the private key (PEM) in this `file`, or with the secret in it for HS256/HS384/HS512, as `opa build --signing-key` does")
			fs.StringVar(&f.signingAlg, "signing-alg", "RS256", "signing algorithm: "+strings.Join(signingAlgs, ", "))
			return func(ctx context.Context, a *app, args []string) int {
				return a.bundle(ctx, f, args)
			}
		},
	}
}

// bundle writes the policies (without their tests) and data as an OPA
// bundle: what an OPA server needs to answer the decision paths of the
// policy interface for a fleet.
func (a *app) bundle(ctx context.Context, f *bundleFlags, args []string) int {
	c := command{name: "bundle"}
	switch {
	case len(args) > 0:
		return a.usageFailure(c, usageError{"bundle takes no arguments: name the policies with -p and the data with -d"})
	case f.output == "":
		return a.usageFailure(c, usageError{"no output: give the bundle's file with -o FILE"})
	case !slices.Contains(signingAlgs, f.signingAlg):
		return a.usageFailure(c, usageError{fmt.Sprintf("--signing-alg %q: use one of %s", f.signingAlg, strings.Join(signingAlgs, ", "))})
	}
	// Compile exactly as the checking commands would, so that a bundle
	// that an OPA server would refuse is never written.
	if _, err := engine.New(ctx, engine.Config{Pack: a.pack, Policies: f.policies, Data: f.data}); err != nil {
		return a.bundleFailure(err)
	}
	b, err := buildBundle(a.pack, f.policies, f.data)
	if err != nil {
		return a.bundleFailure(err)
	}
	if f.signingKey != "" {
		if err := sign(&b, f.signingKey, f.signingAlg); err != nil {
			return a.bundleFailure(err)
		}
	}
	var buf bytes.Buffer
	if err := bundle.NewWriter(&buf).Write(b); err != nil {
		return a.bundleFailure(fmt.Errorf("write bundle: %w", err))
	}
	if f.output == "-" {
		if _, err := a.stdout.Write(buf.Bytes()); err != nil {
			return a.writeFailure("bundle", err)
		}
		return exitOK
	}
	if err := writeFileAtomic(f.output, buf.Bytes()); err != nil {
		return a.bundleFailure(err)
	}
	fmt.Fprintf(a.stderr, "icpcheck bundle: wrote %s (revision %s, roots %s, %d policy files)\n",
		f.output, b.Manifest.Revision, strings.Join(*b.Manifest.Roots, ", "), len(b.Modules))
	return exitOK
}

func (a *app) bundleFailure(err error) int {
	fmt.Fprintf(a.stderr, "icpcheck bundle: %v\n", err)
	return exitError
}

// buildBundle gathers the bundle's content: the pack's Rego as
// icp/..., the -p files as custom/..., no tests, no schemas; the pack's data
// with the -d files merged over it (as the checking commands merge them).
// The manifest's roots are the first segments of every package and data
// key (just "icp" for the embedded pack); its revision is the SHA-256 of the
// content, so the same policies give the same bundle, byte for byte.
func buildBundle(pack fs.FS, policies, dataFiles []string) (bundle.Bundle, error) {
	set, err := regopack.Pack(pack, false)
	if err != nil {
		return bundle.Bundle{}, err
	}
	extra, err := regopack.Paths(policies, false)
	if err != nil {
		return bundle.Bundle{}, err
	}
	var modules []bundle.ModuleFile
	for name, f := range set.Files {
		modules = append(modules, moduleFile(strings.TrimPrefix(name, regopack.PackDir+"/"), f))
	}
	for _, name := range extra.Names() {
		f := extra.Files[name]
		if root := f.Parsed.Package.Path[1].Value.(ast.String); root == reservedRoot {
			return bundle.Bundle{}, fmt.Errorf("%s: package %s: a bundle may not hold policies in package system or below, which an OPA server reserves for its own configuration (authorization, decision-log masking); load such a policy into the server on its own", name, strings.TrimPrefix(f.Parsed.Package.Path.String(), "data."))
		}
		modules = append(modules, moduleFile("custom"+path.Clean("/"+filepath.ToSlash(name)), f))
	}
	sort.Slice(modules, func(i, j int) bool { return modules[i].Path < modules[j].Path })
	for i := 1; i < len(modules); i++ {
		if modules[i].Path == modules[i-1].Path {
			return bundle.Bundle{}, fmt.Errorf("two policy files would both be %s in the bundle: rename one", modules[i].Path)
		}
	}

	if err := set.OverlayData(dataFiles, engine.DataReader(engine.DefaultLimits())); err != nil {
		return bundle.Bundle{}, err
	}
	docs := set.Data
	if _, ok := docs[reservedRoot]; ok {
		return bundle.Bundle{}, fmt.Errorf("a -d file gives data.system, which an OPA server reserves for its own configuration: move it under another key")
	}

	rootSet := map[string]bool{}
	for _, m := range modules {
		rootSet[string(m.Parsed.Package.Path[1].Value.(ast.String))] = true
	}
	for k := range docs {
		rootSet[k] = true
	}
	roots := make([]string, 0, len(rootSet))
	for r := range rootSet {
		roots = append(roots, r)
	}
	sort.Strings(roots)

	revision, err := contentHash(modules, docs)
	if err != nil {
		return bundle.Bundle{}, err
	}
	regoV1 := 1
	return bundle.Bundle{
		Manifest: bundle.Manifest{Revision: revision, Roots: &roots, RegoVersion: &regoV1},
		Data:     docs,
		Modules:  modules,
	}, nil
}

// reservedRoot is the root of the documents an OPA server reads its own
// configuration from: a bundle that wrote there would take it over.
const reservedRoot = "system"

// signingAlgs are the algorithms OPA signs and verifies bundles with.
var signingAlgs = []string{"RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "HS256", "HS384", "HS512"}

// sign adds OPA's bundle signature (.signatures.json: a JWT over the hash
// of every file) made with the key in keyFile, so that an OPA server
// started with --verification-key refuses a bundle changed on its way.
func sign(b *bundle.Bundle, keyFile, alg string) error {
	key, err := engine.ReadFile(keyFile, 1<<20)
	if err != nil {
		return fmt.Errorf("--signing-key: %w", err)
	}
	// The key is passed as its content: given a path, OPA would take a
	// path that does not exist for the secret itself.
	if err := b.GenerateSignature(bundle.NewSigningConfig(string(key), alg, ""), "", false); err != nil {
		return fmt.Errorf("sign the bundle with %s (%s): %w", keyFile, alg, err)
	}
	return nil
}

func moduleFile(p string, f *loader.RegoFile) bundle.ModuleFile {
	return bundle.ModuleFile{URL: p, Path: p, RelativePath: p, Raw: f.Raw, Parsed: f.Parsed}
}

// contentHash is the hex SHA-256 of the modules (path and source, in
// order) and the data (as JSON, keys sorted).
func contentHash(modules []bundle.ModuleFile, data map[string]any) (string, error) {
	h := sha256.New()
	for _, m := range modules {
		fmt.Fprintf(h, "%s\x00%d\x00", m.Path, len(m.Raw))
		h.Write(m.Raw)
	}
	bs, err := json.Marshal(data)
	if err != nil {
		return "", fmt.Errorf("encode data: %w", err)
	}
	h.Write(bs)
	return hex.EncodeToString(h.Sum(nil)), nil
}

// writeFileAtomic writes data to a temporary file beside name and renames
// it, so that a bundle server never serves half a bundle.
func writeFileAtomic(name string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // a no-op once renamed
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), name)
}
