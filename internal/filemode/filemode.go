// Package filemode names the kind of a file that icpcheck refuses to read
// (a folder, a named pipe, a device), in the words of its error messages,
// for the documents and for the policy and data files alike.
package filemode

import "io/fs"

// Describe names the kind of file of mode m, as "a named pipe (FIFO)".
func Describe(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a folder"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe (FIFO)"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0:
		return "a device"
	}
	return "a special file"
}
