package eval

import (
	"context"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/copydesk/copydesk/document"
	"github.com/copydesk/copydesk/internal/benchdata"
)

// Coverage is how many of the raters' marks of one category some finding
// overlaps, and the marks none does: where a new rule could come from.
type Coverage struct {
	Category       string
	Marks, Covered int
	Uncovered      map[string]int // "[marked text] …context…" -> times
}

// MQMCoverage checks each document's segments together, as MQM does, with
// the rules matching pattern, and counts by category the marked spans that
// some finding overlaps. Categories come most marked first.
func MQMCoverage(segs []benchdata.Segment, pattern string) ([]*Coverage, error) {
	e, err := Engine(pattern)
	if err != nil {
		return nil, err
	}
	byCat := map[string]*Coverage{}
	docs, byDoc := groupDocs(segs)
	for _, k := range docs {
		text, starts := joinSegments(segs, byDoc[k])
		r := e.CheckDocument(context.Background(), document.New(k, k, []byte(text)))
		for n, i := range byDoc[k] {
			s := segs[i]
			for _, m := range s.Errors {
				if m.Start == nil || m.End == nil {
					continue
				}
				ms, me := *m.Start, min(len(s.Target), max(*m.End, *m.Start+1))
				if ms < 0 || ms >= me {
					continue
				}
				c := byCat[m.Category]
				if c == nil {
					c = &Coverage{Category: m.Category, Uncovered: map[string]int{}}
					byCat[m.Category] = c
				}
				c.Marks++
				st, en := starts[n]+ms, starts[n]+me
				covered := false
				for _, f := range r.Findings {
					if f.Span.Start < en && st < f.Span.End {
						covered = true
						break
					}
				}
				if covered {
					c.Covered++
					continue
				}
				ctx := s.Target[max(0, ms-12):min(len(s.Target), me+12)]
				c.Uncovered[strings.ReplaceAll(fmt.Sprintf("[%s] …%s…", s.Target[ms:me], ctx), "\n", " ")]++
			}
		}
	}
	out := make([]*Coverage, 0, len(byCat))
	for _, c := range byCat {
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Marks != out[j].Marks {
			return out[i].Marks > out[j].Marks
		}
		return out[i].Category < out[j].Category
	})
	return out, nil
}

// PrintCoverage writes one line per category, then for each category up
// to sample of its uncovered marks, the most frequent first.
func PrintCoverage(w io.Writer, cov []*Coverage, sample int) {
	for _, c := range cov {
		fmt.Fprintf(w, "%-45s marks %6d  covered %6d (%.2f)\n", c.Category, c.Marks, c.Covered, float64(c.Covered)/float64(max(1, c.Marks)))
	}
	for _, c := range cov {
		if len(c.Uncovered) == 0 || sample <= 0 {
			continue
		}
		keys := make([]string, 0, len(c.Uncovered))
		for k := range c.Uncovered {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(i, j int) bool {
			if c.Uncovered[keys[i]] != c.Uncovered[keys[j]] {
				return c.Uncovered[keys[i]] > c.Uncovered[keys[j]]
			}
			return keys[i] < keys[j]
		})
		fmt.Fprintf(w, "== %s: %d marks not covered\n", c.Category, c.Marks-c.Covered)
		for _, k := range keys[:min(sample, len(keys))] {
			fmt.Fprintf(w, "  %3d %s\n", c.Uncovered[k], k)
		}
	}
}
