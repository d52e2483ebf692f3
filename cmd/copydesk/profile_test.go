package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestProfiles: each variable writes its file, and one that names a file
// that cannot be created is reported by name while the others still work.
func TestProfiles(t *testing.T) {
	dir := t.TempDir()
	cpu, tr, mem := filepath.Join(dir, "cpu.out"), filepath.Join(dir, "trace.out"), filepath.Join(dir, "mem.out")
	t.Setenv("COPYDESK_CPUPROFILE", cpu)
	t.Setenv("COPYDESK_TRACE", tr)
	t.Setenv("COPYDESK_MEMPROFILE", mem)
	var stderr bytes.Buffer
	startProfiles(&stderr)()
	for _, p := range []string{cpu, tr, mem} {
		if fi, err := os.Stat(p); err != nil || fi.Size() == 0 {
			t.Errorf("%s not written: %v", filepath.Base(p), err)
		}
	}
	if stderr.Len() != 0 {
		t.Errorf("unexpected messages: %s", stderr.String())
	}

	t.Setenv("COPYDESK_TRACE", filepath.Join(dir, "missing", "trace.out"))
	if err := os.Remove(cpu); err != nil {
		t.Fatal(err)
	}
	stderr.Reset()
	startProfiles(&stderr)()
	if msg := stderr.String(); !strings.Contains(msg, "COPYDESK_TRACE=") || !strings.Contains(msg, "missing") {
		t.Errorf("unwritable trace reported as %q", msg)
	}
	if fi, err := os.Stat(cpu); err != nil || fi.Size() == 0 {
		t.Errorf("the CPU profile was not written beside the failed trace: %v", err)
	}
}
