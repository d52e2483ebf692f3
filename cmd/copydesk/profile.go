package main

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/pprof"
	"runtime/trace"
)

// startProfiles honours COPYDESK_CPUPROFILE, COPYDESK_MEMPROFILE and
// COPYDESK_TRACE (file names): a CPU profile of the whole run and a heap
// profile at its end, for `go tool pprof`, and an execution trace, for `go
// tool trace` (where workers wait: `-pprof=sync`). Setting up a profile that
// cannot be written is reported and the run goes on without it. The
// returned function finishes them.
func startProfiles(stderr io.Writer) func() {
	var stops []func()
	// during runs begin on the file the variable names until end.
	during := func(env string, begin func(io.Writer) error, end func()) {
		path := os.Getenv(env)
		if path == "" {
			return
		}
		f, err := os.Create(path)
		if err == nil {
			err = begin(f)
		}
		if err != nil {
			fmt.Fprintf(stderr, "copydesk: %s=%s: %v\n", env, path, err)
			return
		}
		stops = append(stops, func() { end(); f.Close() })
	}
	during("COPYDESK_CPUPROFILE", pprof.StartCPUProfile, pprof.StopCPUProfile)
	during("COPYDESK_TRACE", trace.Start, trace.Stop)
	if path := os.Getenv("COPYDESK_MEMPROFILE"); path != "" {
		stops = append(stops, func() {
			f, err := os.Create(path)
			if err == nil {
				runtime.GC() // the live heap as the run ends
				err = pprof.Lookup("allocs").WriteTo(f, 0)
				f.Close()
			}
			if err != nil {
				fmt.Fprintf(stderr, "copydesk: COPYDESK_MEMPROFILE=%s: %v\n", path, err)
			}
		})
	}
	return func() {
		for _, stop := range stops {
			stop()
		}
	}
}
