package engine

import (
	"context"
	"fmt"
	"iter"
	"sync"
)

// Check evaluates every input on opts.Jobs workers that share the prepared
// queries, and calls emit with each result in input order as soon as it and
// all before it are done. At most a few documents per worker are in flight,
// so memory stays bounded however many inputs there are. Check stops early
// when emit returns an error, which it returns, or when ctx is cancelled:
// then the results emitted are the inputs checked before it, in order
// (none cut short by the cancellation), and it returns *Interrupted.
func (e *Engine) Check(parent context.Context, inputs iter.Seq[Input], opts Options, emit func(Result) error) error {
	jobs := max(opts.Jobs, 1)
	opts.Limits = opts.Limits.withDefaults()
	ctx, cancel := context.WithCancel(parent)
	defer cancel()

	type job struct {
		seq int
		in  Input
	}
	type done struct {
		seq int
		res Result
		cut bool // failed because the run was cancelled
	}
	window := make(chan struct{}, jobs*4) // documents between read and emitted
	todo := make(chan job)
	finished := make(chan done, jobs)

	found, allFound := 0, false // written before todo is closed
	go func() {
		defer close(todo)
		seq := 0
		if ctx.Err() != nil {
			return
		}
		for in := range inputs {
			found = seq + 1
			select {
			case window <- struct{}{}:
			case <-ctx.Done():
				return
			}
			select {
			case todo <- job{seq, in}:
			case <-ctx.Done():
				return
			}
			seq++
		}
		allFound = true
	}()

	var wg sync.WaitGroup
	for range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range todo {
				res := e.safeCheck(ctx, j.in, opts)
				finished <- done{j.seq, res, res.Err != nil && ctx.Err() != nil}
			}
		}()
	}
	go func() {
		wg.Wait()
		close(finished)
	}()

	pending := make(map[int]done)
	next, emitted := 0, 0
	halted := false // a result was cut short: emit none after it
	var emitErr error
	for d := range finished {
		pending[d.seq] = d
		for r, ok := pending[next]; ok; r, ok = pending[next] {
			delete(pending, next)
			next++
			<-window
			halted = halted || r.cut
			if emitErr == nil && !halted {
				if emitErr = emit(r.res); emitErr != nil {
					cancel()
				}
				emitted++
			}
		}
	}
	switch {
	case emitErr != nil:
		return emitErr
	case parent.Err() != nil && (halted || !allFound):
		return &Interrupted{Done: emitted, Found: found, AllFound: allFound, Cause: parent.Err()}
	}
	return nil
}

// safeCheck turns a panic while handling one document into that document's
// error result, so the others are still checked.
func (e *Engine) safeCheck(ctx context.Context, in Input, opts Options) (res Result) {
	defer func() {
		if p := recover(); p != nil {
			res = Result{File: in.Name, Err: &InputError{Message: fmt.Sprintf("internal error while checking this document: %v (please report it)", p)}}
		}
	}()
	return e.checkDocument(ctx, in, opts)
}
