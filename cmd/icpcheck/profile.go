package main

import (
	"fmt"
	"os"
	"runtime/pprof"
)

// startCPUProfile writes a CPU profile of the whole run to the file that
// ICPCHECK_CPUPROFILE names, for bench/pgo.sh, which merges such profiles
// into default.pgo (profile-guided optimisation of the build). It returns
// the function that ends the profile. Without the variable it does nothing.
func startCPUProfile(getenv func(string) string) (stop func(), err error) {
	path := getenv("ICPCHECK_CPUPROFILE")
	if path == "" {
		return func() {}, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("ICPCHECK_CPUPROFILE: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("ICPCHECK_CPUPROFILE: %w", err)
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}, nil
}
