// Package benchdata reads the benchmark samples under testdata/bench for tests
// and benchmarks, and the full sets under ../shared/bench when they are there.
package benchdata

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Segment is one rated machine translation (mqm-zhen format).
type Segment struct {
	ID     string      `json:"id"`
	System string      `json:"system"`
	Target string      `json:"target"`
	Errors []SpanError `json:"errors"`
}

// SpanError is one rater's mark.
type SpanError struct {
	Rater    string `json:"rater"`
	Category string `json:"category"`
	Severity string `json:"severity"`
	Start    *int   `json:"start"`
	End      *int   `json:"end"`
}

// Clean reports whether no rater marked an error in the target text.
func (s Segment) Clean() bool {
	for _, e := range s.Errors {
		if e.Start != nil {
			return false
		}
	}
	return true
}

// Doc is the document part of the id: SET|SYSTEM|DOC|SEG -> SET|SYSTEM|DOC.
func (s Segment) Doc() string {
	if i := strings.LastIndexByte(s.ID, '|'); i > 0 {
		return s.ID[:i]
	}
	return s.ID
}

// Root finds the module root (the folder holding go.mod) from the working directory.
func Root() string {
	dir, _ := os.Getwd()
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// Shared returns the path of a file in ../shared/bench, or "" when absent.
func Shared(rel string) string {
	p := filepath.Join(Root(), "..", "shared", "bench", rel)
	if _, err := os.Stat(p); err != nil {
		return ""
	}
	return p
}

// ReadSegments reads an mqm-zhen JSONL file.
func ReadSegments(path string) ([]Segment, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []Segment
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var s Segment
		if err := json.Unmarshal(sc.Bytes(), &s); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, sc.Err()
}

// SampleSegments reads testdata/bench/mqm-zhen-sample.jsonl.
func SampleSegments() ([]Segment, error) {
	return ReadSegments(filepath.Join(Root(), "testdata", "bench", "mqm-zhen-sample.jsonl"))
}

// Articles groups segments into documents, one paragraph per segment, in a stable order.
func Articles(segs []Segment) []string {
	by := map[string][]string{}
	var keys []string
	for _, s := range segs {
		k := s.Doc()
		if _, ok := by[k]; !ok {
			keys = append(keys, k)
		}
		by[k] = append(by[k], s.Target)
	}
	sort.Strings(keys)
	out := make([]string, 0, len(keys))
	for _, k := range keys {
		out = append(out, strings.Join(by[k], "\n\n")+"\n")
	}
	return out
}

// NewsText is English news text of about n bytes, made by repeating the sample articles.
func NewsText(n int) (string, error) {
	segs, err := SampleSegments()
	if err != nil {
		return "", err
	}
	arts := Articles(segs)
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		b.WriteString(arts[i%len(arts)])
		b.WriteString("\n")
	}
	return b.String(), nil
}
