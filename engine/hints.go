package engine

import (
	"bytes"
	"fmt"
)

// missingFiling says what to fix when the snapshot a plan acts on is not
// there: the path given for every plan (the command line's), or the plan's
// own "filing", which is relative to the plan file. Only the latter may
// suggest giving the snapshot another way.
func missingFiling(path string, given bool) string {
	if given {
		return fmt.Sprintf("filing snapshot %s not found: give the path of an existing snapshot (relative to the working directory)", path)
	}
	return fmt.Sprintf("filing snapshot %s not found: fix the path of the snapshot the plan acts on (a plan's \"filing\" is relative to the plan file)", path)
}

// encodingError recognises a document saved as UTF-16, as Windows Notepad
// saves "Unicode" text: a byte order mark, or the zero bytes that ASCII
// characters take in UTF-16. Such a file is not JSON (nor YAML) until it is
// saved as UTF-8.
func encodingError(data []byte) *InputError {
	const fix = "the file is UTF-16 (what Windows Notepad calls \"Unicode\"): save it as UTF-8"
	switch {
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return &InputError{Message: fix, Line: 1, Column: 1}
	case len(data) >= 2 && (data[0] == 0) != (data[1] == 0):
		return &InputError{Message: fix, Line: 1, Column: 1}
	}
	return nil
}
