package main

import (
	"archive/tar"
	"compress/gzip"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestBundleRefusesTheSystemRoot: policies in package system (or below)
// and data under data.system would take over an OPA server's own
// configuration; the bundle refuses them.
func TestBundleRefusesTheSystemRoot(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string { return writeIn(t, dir, name, content) }
	mask := write("mask.rego", "package system.log\n\nmask contains \"/input/subject\"\n")
	authz := write("authz.rego", "package system.authz\n\ndefault allow := true\n")
	root := write("root.rego", "package system\n\nx := 1\n")
	data := write("system.json", `{"system": {"x": 1}}`)
	out := filepath.Join(dir, "out.tar.gz")
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"-p", mask}, "package system.log: a bundle may not hold policies in package system"},
		{[]string{"-p", authz}, "package system.authz"},
		{[]string{"-p", root}, "package system:"},
		{[]string{"-d", data}, "data.system"},
	} {
		code, _, errOut := runCLI(t, "", append([]string{"bundle", "-o", out}, c.args...)...)
		if code != exitError || !strings.Contains(errOut, c.want) {
			t.Errorf("%v: exit %d, stderr %q; want exit 2 saying %q", c.args, code, errOut, c.want)
		}
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("a refused bundle was written")
	}
}

// rsaKeyPair writes a new RSA key pair as PEM files and returns their
// paths.
func rsaKeyPair(t *testing.T, dir, name string) (private, public string) {
	t.Helper()
	key, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	pub, err := x509.MarshalPKIXPublicKey(&key.PublicKey)
	if err != nil {
		t.Fatal(err)
	}
	private, public = filepath.Join(dir, name+".pem"), filepath.Join(dir, name+".pub.pem")
	if err := os.WriteFile(private, pem.EncodeToMemory(&pem.Block{Type: "RSA PRIVATE KEY", Bytes: x509.MarshalPKCS1PrivateKey(key)}), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(public, pem.EncodeToMemory(&pem.Block{Type: "PUBLIC KEY", Bytes: pub}), 0o644); err != nil {
		t.Fatal(err)
	}
	return private, public
}

func TestBundleSigningErrors(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out.tar.gz")
	notKey := filepath.Join(dir, "not-a-key.pem")
	if err := os.WriteFile(notKey, []byte("hello\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--signing-key", filepath.Join(dir, "missing.pem")}, "missing.pem: no such file"},
		{[]string{"--signing-key", notKey}, "sign the bundle with " + notKey + " (RS256)"},
		{[]string{"--signing-key", notKey, "--signing-alg", "none"}, `--signing-alg "none": use one of`},
	} {
		code, _, errOut := runCLI(t, "", append([]string{"bundle", "-o", out}, c.args...)...)
		if code != exitError || !strings.Contains(errOut, c.want) {
			t.Errorf("%v: exit %d, stderr %q; want exit 2 saying %q", c.args, code, errOut, c.want)
		}
	}
}

// TestSignedBundleVerifiedByOPA: a bundle signed with --signing-key is
// served by an OPA server that verifies it with the public key and answers
// as icpcheck does; one signed with another key is refused.
func TestSignedBundleVerifiedByOPA(t *testing.T) {
	opa := opaBinary(t)
	chdirRoot(t)
	dir := t.TempDir()
	private, public := rsaKeyPair(t, dir, "release")
	otherPrivate, _ := rsaKeyPair(t, dir, "other")

	signed := filepath.Join(dir, "signed.tar.gz")
	if code, _, errOut := runCLI(t, "", "bundle", "-o", signed, "--signing-key", private); code != exitOK {
		t.Fatalf("bundle --signing-key: exit %d: %s", code, errOut)
	}
	if names := tarNames(t, signed); !slices.Contains(names, "/.signatures.json") {
		t.Fatalf("signed bundle holds %v, no /.signatures.json", names)
	}

	srv := startOPA(t, opa, signed, "--verification-key", public)
	compareWithServer(t, srv, "validate", "fixtures/filings/icp101-dns-at-provider-without-access.json", nil)

	forged := filepath.Join(dir, "forged.tar.gz")
	if code, _, errOut := runCLI(t, "", "bundle", "-o", forged, "--signing-key", otherPrivate); code != exitOK {
		t.Fatalf("bundle --signing-key: exit %d: %s", code, errOut)
	}
	if _, err := tryStartOPA(t, opa, forged, "--verification-key", public); err == nil || !strings.Contains(err.Error(), "verif") {
		t.Errorf("a bundle signed with another key was served: %v", err)
	}
}

// tarNames lists the files of a .tar.gz.
func tarNames(t *testing.T, file string) []string {
	t.Helper()
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	gz, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for tr := tar.NewReader(gz); ; {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			return names
		}
		if err != nil {
			t.Fatal(err)
		}
		names = append(names, h.Name)
	}
}
