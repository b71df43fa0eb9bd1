//go:build !unix

package engine

// openFlags: where there are no named pipes to block on, plain opening.
const openFlags = 0
