// Package baseline records the findings a project has accepted, so a CI gate
// reports and fails only on new ones. A finding is known by its rule, its
// document and a fingerprint of the flagged text and its surroundings, not by
// its line: edits elsewhere in a document do not invalidate the baseline.
package baseline

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/copydesk/copydesk/checks"
	"github.com/copydesk/copydesk/reports"
)

// Entry is one accepted finding.
type Entry struct {
	Rule        string `json:"rule"`
	Path        string `json:"path"`
	Fingerprint string `json:"fingerprint"`
	Text        string `json:"text"` // for the reader of the file; not used to match
}

// File is the baseline file.
type File struct {
	Tool     string  `json:"tool"`
	Version  int     `json:"version"`
	Findings []Entry `json:"findings"`
}

func key(rule, path, fp string) string {
	return rule + "\x00" + filepath.ToSlash(filepath.Clean(path)) + "\x00" + fp
}

// Write records every finding of the results.
func Write(path string, results []checks.Result) error {
	f := File{Tool: "copydesk", Version: 1, Findings: []Entry{}}
	for _, r := range results {
		if r.Err != nil {
			continue
		}
		for _, fd := range r.Findings {
			f.Findings = append(f.Findings, Entry{Rule: fd.Rule, Path: filepath.ToSlash(filepath.Clean(r.Path)),
				Fingerprint: reports.Fingerprint(r, fd), Text: fd.Text})
		}
	}
	sort.SliceStable(f.Findings, func(i, j int) bool {
		a, b := f.Findings[i], f.Findings[j]
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		return a.Rule < b.Rule
	})
	b, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
		return fmt.Errorf("writing baseline: %w", err)
	}
	return nil
}

// Baseline is a loaded baseline: how many times each finding was accepted.
type Baseline struct {
	count map[string]int
}

// Load reads a baseline file.
func Load(path string) (*Baseline, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("baseline %s: %w", path, err)
	}
	var f File
	if err := json.Unmarshal(raw, &f); err != nil {
		return nil, fmt.Errorf("baseline %s: not a copydesk baseline: %v", path, err)
	}
	if f.Version != 1 {
		return nil, fmt.Errorf("baseline %s: version %d, want 1", path, f.Version)
	}
	b := &Baseline{count: map[string]int{}}
	for _, e := range f.Findings {
		b.count[key(e.Rule, e.Path, e.Fingerprint)]++
	}
	return b, nil
}

// Filter removes the findings the baseline accepts (each accepted entry
// absorbs one finding) and returns how many it removed.
func (b *Baseline) Filter(results []checks.Result) int {
	left := make(map[string]int, len(b.count))
	for k, v := range b.count {
		left[k] = v
	}
	removed := 0
	for i := range results {
		r := &results[i]
		if r.Err != nil {
			continue
		}
		kept := r.Findings[:0]
		for _, f := range r.Findings {
			k := key(f.Rule, r.Path, reports.Fingerprint(*r, f))
			if left[k] > 0 {
				left[k]--
				removed++
				continue
			}
			kept = append(kept, f)
		}
		r.Findings = kept
	}
	return removed
}
