package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestJobsByteForByte: 8 workers and 1 worker over 2,000 documents write the same report, byte for byte.
func TestJobsByteForByte(t *testing.T) {
	if testing.Short() {
		t.Skip("2,000 documents")
	}
	seeds, _ := filepath.Glob("../../testdata/seeds/*.txt")
	dir := t.TempDir()
	for i := 0; i < 400; i++ {
		for _, s := range seeds {
			b, _ := os.ReadFile(s)
			os.WriteFile(filepath.Join(dir, fmt.Sprintf("%03d-%s", i, filepath.Base(s))), b, 0o644)
		}
	}
	_, one, _ := copydesk(t, "", "check", "--format", "json", "--jobs", "1", dir)
	_, eight, _ := copydesk(t, "", "check", "--format", "json", "--jobs", "8", dir)
	if one != eight || strings.Count(one, `"id": `) != 2000 {
		t.Errorf("reports differ between 1 and 8 workers (or not 2,000 documents: %d)", strings.Count(one, `"id": `))
	}
}

// TestInterruptedRun: a cancelled run (SIGINT) still writes a valid report of
// what it finished, says it was interrupted, and exits with 2.
func TestInterruptedRun(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var out, errOut bytes.Buffer
	code := run(ctx, []string{"copydesk", "check", "--format", "json", "../../testdata/seeds"}, strings.NewReader(""), &out, &errOut)
	var rep struct {
		Summary struct {
			Interrupted bool `json:"interrupted"`
		} `json:"summary"`
	}
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatalf("report not written: %v\n%s", err, out.String())
	}
	if code != 2 || !rep.Summary.Interrupted || !strings.Contains(errOut.String(), "interrupted") {
		t.Errorf("exit %d, interrupted %v, stderr %q", code, rep.Summary.Interrupted, errOut.String())
	}
}

// TestStreamJSONL: JSONL records on standard input come out as findings in
// input order, record by record, and the gate still decides the exit code.
func TestStreamJSONL(t *testing.T) {
	var in strings.Builder
	for i := 0; i < 300; i++ {
		fmt.Fprintf(&in, `{"id":"r%03d","text":"Record %d: he said the the talks failed."}`+"\n", i, i)
	}
	in.WriteString(`{"id":"bad"` + "\n")
	code, out, errOut := copydesk(t, in.String(), "check", "--format", "jsonl", "--jobs", "4", "-")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 301 || !strings.Contains(lines[0], `"path":"stdin#r000"`) || !strings.Contains(lines[299], `"path":"stdin#r299"`) ||
		!strings.Contains(lines[300], `"error":"invalid JSON`) {
		t.Errorf("%d lines; first %q; last %q", len(lines), lines[0], lines[len(lines)-1])
	}
	if code != 2 || !strings.Contains(errOut, "1 input could not be read") {
		t.Errorf("exit %d %q", code, errOut)
	}
}
