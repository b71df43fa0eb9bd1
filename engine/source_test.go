package engine

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// collect expands args and returns each input's name and error text.
func collect(t *testing.T, maxSize int64, args ...string) []Input {
	t.Helper()
	var out []Input
	for in := range Inputs(args, strings.NewReader(""), maxSize) {
		out = append(out, in)
	}
	return out
}

func TestInputsFolderSortedAndBadEntriesReported(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"b.json", "a.json", "notes.txt", filepath.Join("sub", "c.json")} {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("{}"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// A symlink loop and a dangling link, both named like documents.
	if err := os.Symlink("loop2.json", filepath.Join(dir, "loop1.json")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("loop1.json", filepath.Join(dir, "loop2.json")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("gone.json", filepath.Join(dir, "dangling.json")); err != nil {
		t.Fatal(err)
	}
	got := collect(t, 0, dir)
	var names []string
	for _, in := range got {
		rel, _ := filepath.Rel(dir, in.Name)
		names = append(names, rel)
		broken := strings.Contains(rel, "loop") || strings.Contains(rel, "dangling")
		if broken != (in.Err != nil) {
			t.Errorf("%s: err = %v", rel, in.Err)
		}
	}
	want := "a.json b.json dangling.json loop1.json loop2.json sub/c.json"
	if strings.Join(names, " ") != want {
		t.Errorf("inputs %v, want %s", names, want)
	}
}

func TestInputsUnreadableFile(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("running as root: every file is readable, so an unreadable one cannot be made")
	}
	p := filepath.Join(t.TempDir(), "secret.json")
	if err := os.WriteFile(p, []byte("{}"), 0o000); err != nil {
		t.Fatal(err)
	}
	got := collect(t, 0, p)
	if len(got) != 1 || got[0].Err == nil || !strings.Contains(got[0].Err.Message, "permission denied") {
		t.Errorf("unreadable file: %+v", got)
	}
}

func TestInputsSizeLimit(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.json")
	if err := os.WriteFile(big, []byte(`{"pad": "`+strings.Repeat("x", 2000)+`"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	got := collect(t, 1024, big)
	if len(got) != 1 || got[0].Err == nil || !strings.Contains(got[0].Err.Message, "1 KiB limit") || got[0].Err.Setting != SettingMaxSize {
		t.Errorf("oversized file: %+v", got[0].Err)
	}
}

func TestInputsNDJSON(t *testing.T) {
	p := filepath.Join(t.TempDir(), "fleet.ndjson")
	lines := []string{`{"n": 1}`, ``, `{"pad": "` + strings.Repeat("x", 2000) + `"}`, `{"n": 4}`, `{"n": 5}`}
	if err := os.WriteFile(p, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	got := collect(t, 1024, p)
	var summary []string
	for _, in := range got {
		s := in.Name[strings.LastIndexByte(in.Name, ':')+1:]
		if in.Err != nil {
			s += "!"
		} else {
			s += "=" + strings.TrimSpace(string(in.Data))
		}
		summary = append(summary, s)
	}
	want := `1={"n": 1} 3! 4={"n": 4} 5={"n": 5}`
	if strings.Join(summary, " ") != want {
		t.Errorf("ndjson inputs %v, want %s", summary, want)
	}
}

func TestInputsMissingArgument(t *testing.T) {
	got := collect(t, 0, "no-such-file.json")
	if len(got) != 1 || got[0].Err == nil || !strings.Contains(got[0].Err.Message, "no such file") {
		t.Errorf("missing file: %+v", got)
	}
}
