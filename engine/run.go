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
// only when emit returns an error, which it returns.
func (e *Engine) Check(ctx context.Context, inputs iter.Seq[Input], opts Options, emit func(Result) error) error {
	jobs := max(opts.Jobs, 1)
	opts.Limits = opts.Limits.withDefaults()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	type job struct {
		seq int
		in  Input
	}
	type done struct {
		seq int
		res Result
	}
	window := make(chan struct{}, jobs*4) // documents between read and emitted
	todo := make(chan job)
	finished := make(chan done, jobs)

	go func() {
		defer close(todo)
		seq := 0
		for in := range inputs {
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
	}()

	var wg sync.WaitGroup
	for range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range todo {
				finished <- done{j.seq, e.safeCheck(ctx, j.in, opts)}
			}
		}()
	}
	go func() {
		wg.Wait()
		close(finished)
	}()

	pending := make(map[int]Result)
	next := 0
	var emitErr error
	for d := range finished {
		pending[d.seq] = d.res
		for r, ok := pending[next]; ok; r, ok = pending[next] {
			delete(pending, next)
			next++
			<-window
			if emitErr == nil {
				if emitErr = emit(r); emitErr != nil {
					cancel()
				}
			}
		}
	}
	return emitErr
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
