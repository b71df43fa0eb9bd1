package engine

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/icpcheck/icpcheck/internal/filemode"
)

// Every file icpcheck reads from a path (documents, a plan's filing
// snapshot) goes through openRegular and readRegular: a named pipe would
// block the run forever, a device such as /dev/zero would fill memory, and
// a /proc file reports one size and reads another. All of them are input
// errors that name the file and echo nothing of its content.

// errTooLarge is a file over the size limit.
var errTooLarge = errors.New("larger than the size limit")

// errUnstable is a file whose size changed while it was read: a /proc or
// /sys file (which report a size of 0 or 4096) or one still being written.
var errUnstable = errors.New("changed size while it was read")

// notRegularError is a path that names something other than a regular file.
type notRegularError struct{ mode fs.FileMode }

func (e notRegularError) Error() string {
	return "is " + filemode.Describe(e.mode) + ", not a regular file"
}

// openRegular opens path for reading if it is a regular file (after
// symlinks). The mode is checked before opening, so that opening has no
// effect on a device, and again on the open file, which is opened without
// blocking (openFlags) in case a named pipe took the file's place between
// the two.
func openRegular(path string) (*os.File, fs.FileInfo, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, nil, notRegularError{info.Mode()}
	}
	f, err := os.OpenFile(path, os.O_RDONLY|openFlags, 0)
	if err != nil {
		return nil, nil, err
	}
	if info, err = f.Stat(); err != nil || !info.Mode().IsRegular() {
		f.Close()
		if err == nil {
			err = notRegularError{info.Mode()}
		}
		return nil, nil, err
	}
	return f, info, nil
}

// readRegular reads a whole regular file of at most maxSize bytes. A file
// that reports more is refused before a byte is read; one whose content
// differs in length from its reported size is errUnstable.
func readRegular(path string, maxSize int64) ([]byte, error) {
	f, info, err := openRegular(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if info.Size() > maxSize {
		return nil, errTooLarge
	}
	// One read into a buffer of the reported size and a byte more (not
	// io.ReadAll, which grows its buffer from 512 bytes and reads several
	// times): a file that fills it is longer than it reported.
	data := make([]byte, info.Size()+1)
	n, err := io.ReadFull(f, data)
	switch {
	case err == nil:
		return nil, errUnstable
	case err != io.EOF && err != io.ErrUnexpectedEOF:
		return nil, err
	case int64(n) != info.Size():
		return nil, errUnstable
	}
	return data[:n], nil
}

// readError says, in one line, why path could not be read: never with
// anything read from it.
func readError(path string, err error, maxSize int64) string {
	var notRegular notRegularError
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Sprintf("%s: no such file or folder", path)
	case errors.Is(err, fs.ErrPermission):
		return fmt.Sprintf("%s: permission denied: make it readable", path)
	case errors.As(err, &notRegular):
		return fmt.Sprintf("%s %v: give a file (pipe a stream to - instead)", path, err)
	case errors.Is(err, errTooLarge):
		return fmt.Sprintf("%s is larger than the %s limit", path, byteSize(maxSize))
	case errors.Is(err, errUnstable):
		return fmt.Sprintf("%s changed size while it was read (a /proc or /sys file, or one still being written): give a regular file", path)
	default:
		var pathErr *fs.PathError
		if errors.As(err, &pathErr) {
			err = pathErr.Err // the path is already named
		}
		return fmt.Sprintf("read %s: %v", path, err)
	}
}

// fileError is readError as a document's error, naming the size limit's
// setting when that is what refused the file.
func fileError(path string, err error, maxSize int64) *InputError {
	ierr := &InputError{Message: readError(path, err, maxSize)}
	if errors.Is(err, errTooLarge) {
		ierr.Setting = SettingMaxSize
	}
	return ierr
}

// ReadFile reads a regular file of at most maxSize bytes, for the files a
// command reads besides documents (a signing key, data). Its error is one
// line that names the file and says why, with nothing read from it.
func ReadFile(path string, maxSize int64) ([]byte, error) {
	data, err := readRegular(path, maxSize)
	if err != nil {
		return nil, errors.New(readError(path, err, maxSize))
	}
	return data, nil
}
