//go:build unix

package engine

import (
	"context"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/icpcheck/icpcheck/policies"
)

// TestDataFIFOIsRefused: a FIFO given with -d is refused before it is read
// (reading it would wait for a writer forever).
func TestDataFIFOIsRefused(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "data.json")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	_, err := New(context.Background(), Config{Pack: policies.FS(), Data: []string{fifo}})
	if err == nil || !strings.Contains(err.Error(), "data.json is a named pipe (FIFO), not a regular file") {
		t.Errorf("FIFO: %v", err)
	}
}
