package suppress

import (
	"fmt"
	"testing"

	"github.com/icpcheck/icpcheck/engine"
)

// BenchmarkApply: one document's 10 findings against 50 exceptions that
// share one path glob, and a baseline of 1,000 entries.
func BenchmarkApply(b *testing.B) {
	var exceptions []Exception
	for i := range 50 {
		e := Exception{Rule: fmt.Sprintf("ICP%03d", i), Website: "shop", Path: "plans/**/*.json", Dir: "/repo", Source: "c.yaml:1"}
		if err := e.Compile(); err != nil {
			b.Fatal(err)
		}
		exceptions = append(exceptions, e)
	}
	base := &Baseline{source: "b.json", dir: "/repo", left: map[Entry]int{}}
	for i := range 1000 {
		base.left[Entry{Rule: "ICP101", File: fmt.Sprintf("plans/p%d.json", i), Website: "shop"}] = 1
	}
	s := New(exceptions, base, day1, rules())
	b.ResetTimer()
	for b.Loop() {
		r := engine.Result{File: "/repo/plans/team/p1.json", Kind: engine.KindPlan}
		for i := range 10 {
			r.Violations = append(r.Violations, engine.Violation{Rule: fmt.Sprintf("ICP%03d", 40+i), Website: "shop"})
		}
		s.Apply(&r)
	}
}
