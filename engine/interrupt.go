package engine

import "fmt"

// Interrupted is Check's error when its context was cancelled (SIGINT,
// SIGTERM) before every input was checked. The results emitted are the
// first Done inputs, in order; Found inputs had been read when it stopped,
// all of them if AllFound.
type Interrupted struct {
	Done     int
	Found    int
	AllFound bool
	Cause    error // the context's error
}

func (e *Interrupted) Error() string {
	return "interrupted: " + e.Progress()
}

func (e *Interrupted) Unwrap() error { return e.Cause }

// Progress says how far the run got, for a person.
func (e *Interrupted) Progress() string {
	if e.AllFound {
		return fmt.Sprintf("checked %d of %d documents; the report is incomplete", e.Done, e.Found)
	}
	return fmt.Sprintf("checked %d of the %d documents read so far; the report is incomplete", e.Done, e.Found)
}
