package engine

import (
	"fmt"
	"time"
)

// Limits bound what one document may cost, so that hostile or broken input
// becomes an error result naming the limit instead of a stalled run.
type Limits struct {
	MaxSize  int64         // bytes in one document or NDJSON line
	MaxDepth int           // nesting of arrays and objects
	Timeout  time.Duration // policy evaluation of one document
}

// DefaultLimits are the limits when no flag changes them.
func DefaultLimits() Limits {
	return Limits{MaxSize: 10 << 20, MaxDepth: 64, Timeout: 5 * time.Second}
}

// withDefaults fills in the limits left at zero.
func (l Limits) withDefaults() Limits {
	d := DefaultLimits()
	if l.MaxSize <= 0 {
		l.MaxSize = d.MaxSize
	}
	if l.MaxDepth <= 0 {
		l.MaxDepth = d.MaxDepth
	}
	if l.Timeout <= 0 {
		l.Timeout = d.Timeout
	}
	return l
}

// byteSize renders a size for messages: "10 MiB", or bytes.
func byteSize(n int64) string {
	if n >= 1<<20 && n%(1<<20) == 0 {
		return fmt.Sprintf("%d MiB", n>>20)
	}
	if n >= 1<<10 && n%(1<<10) == 0 {
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}
