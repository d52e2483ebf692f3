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
// tool trace` (where workers wait: `-pprof=sync`). Setting up a profile that cannot be written is reported
// and the run goes on without it. The returned function finishes them.
func startProfiles(stderr io.Writer) func() {
	var stops []func()
	if path := os.Getenv("COPYDESK_CPUPROFILE"); path != "" {
		f, err := os.Create(path)
		if err == nil {
			err = pprof.StartCPUProfile(f)
		}
		if err != nil {
			fmt.Fprintf(stderr, "copydesk: COPYDESK_CPUPROFILE=%s: %v\n", path, err)
		} else {
			stops = append(stops, func() { pprof.StopCPUProfile(); f.Close() })
		}
	}
	if path := os.Getenv("COPYDESK_TRACE"); path != "" {
		f, err := os.Create(path)
		if err == nil {
			err = trace.Start(f)
		}
		if err != nil {
			fmt.Fprintf(stderr, "copydesk: COPYDESK_TRACE=%s: %v\n", path, err)
		} else {
			stops = append(stops, func() { trace.Stop(); f.Close() })
		}
	}
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
