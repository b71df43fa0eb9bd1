package engine

import (
	"context"
	"errors"
	"testing"
)

func TestCheckInterrupted(t *testing.T) {
	policy := writeFile(t, "slow.rego", `package icp.filing

deny contains {"rule": "SLOW", "msg": "never"} if {
	input.subject.name == "slow"
	some i in numbers.range(1, 100000000)
	i < 0
}
`)
	e := newTestEngine(t, Config{Policies: []string{policy}})
	slow := []byte(`{"kind": "FilingSnapshot", "version": 1, "as_of": "2026-11-20T08:00:00Z",
 "subject": {"name": "slow", "type": "enterprise", "province": "ZJ", "icp_number": "浙ICP备12345678号", "status": "active"},
 "websites": [], "hosting": []}`)
	docs := [][]byte{[]byte(minimalSnapshot), slow, []byte(minimalSnapshot)}
	inputs := func(yield func(Input) bool) {
		for i, d := range docs {
			if !yield(Input{Name: string(rune('A' + i)), Dir: ".", Data: d}) {
				return
			}
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var got []Result
	err := e.Check(ctx, inputs, Options{Jobs: 1, Limits: Limits{Timeout: 1 << 40}}, func(r Result) error {
		got = append(got, r)
		cancel() // as SIGINT would, while B is being evaluated
		return nil
	})
	var intr *Interrupted
	if !errors.As(err, &intr) || !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want *Interrupted", err)
	}
	if len(got) != 1 || got[0].File != "A" || got[0].Err != nil {
		t.Fatalf("emitted %+v, want only A, checked", got)
	}
	if intr.Done != 1 || intr.Found < 2 {
		t.Errorf("progress %+v, want 1 done of at least 2 found", intr)
	}
}

func TestCheckCancelledBeforeStart(t *testing.T) {
	e := newTestEngine(t, Config{})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	n := 0
	err := e.Check(ctx, func(yield func(Input) bool) { yield(Input{Name: "A", Data: []byte(minimalSnapshot)}) }, Options{}, func(Result) error { n++; return nil })
	var intr *Interrupted
	if !errors.As(err, &intr) || n != 0 || intr.Done != 0 {
		t.Errorf("err = %v, %d emitted; want *Interrupted and nothing emitted", err, n)
	}
}
