package eval

import (
	"context"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/copydesk/copydesk/config"
	"github.com/copydesk/copydesk/document"
	"github.com/copydesk/copydesk/internal/benchdata"
)

// RuleStats is how one rule fared against the raters' marks.
type RuleStats struct {
	Rule               string
	Findings, InMarked int // findings, and those overlapping a rater-marked error span
	OnClean            int // findings on segments the raters marked error-free
	CleanSegmentsHit   int
	Unmatched          []string
}

// Precision is the share of findings that overlap a marked error.
func (s RuleStats) Precision() float64 { return float64(s.InMarked) / float64(max(1, s.Findings)) }

// MQM checks the segments of each translated document together, as one
// paragraph (they are consecutive sentences of one article: a quotation may
// open in one and close in the next), and compares every finding with the error
// spans the raters marked in the segment where the finding starts. cfg is
// the configuration to check under (nil: the default one).
func MQM(segs []benchdata.Segment, prefix string, cfg *config.Config) (map[string]*RuleStats, int, error) {
	e, err := EngineWith(cfg, prefix+"*")
	if err != nil {
		return nil, 0, err
	}
	stats := map[string]*RuleStats{}
	clean := 0
	for _, s := range segs {
		if s.Clean() {
			clean++
		}
	}
	docs, byDoc := groupDocs(segs)
	for _, k := range docs {
		text, starts := joinSegments(segs, byDoc[k])
		r := e.CheckDocument(context.Background(), document.New(k, k, []byte(text)))
		hit := map[string]bool{}
		for _, f := range r.Findings {
			if !strings.HasPrefix(f.Rule, prefix) {
				continue
			}
			n := sort.SearchInts(starts, f.Span.Start+1) - 1
			if n < 0 {
				n = 0
			}
			s := segs[byDoc[k][n]]
			off := starts[n]
			st := stats[f.Rule]
			if st == nil {
				st = &RuleStats{Rule: f.Rule}
				stats[f.Rule] = st
			}
			st.Findings++
			marked := false
			for _, m := range s.Errors {
				if m.Start != nil && m.End != nil && off+*m.Start < f.Span.End && f.Span.Start < off+max(*m.End, *m.Start+1) {
					marked = true
				}
			}
			if marked {
				st.InMarked++
			} else if len(st.Unmatched) < 10 {
				st.Unmatched = append(st.Unmatched, fmt.Sprintf("%q in %q", f.Text, clipText(s.Target, 90)))
			}
			if s.Clean() {
				st.OnClean++
				if key := f.Rule + "|" + s.ID; !hit[key] {
					hit[key] = true
					st.CleanSegmentsHit++
				}
			}
		}
	}
	return stats, clean, nil
}

// groupDocs returns the documents of segs, sorted, and each one's segments in order.
func groupDocs(segs []benchdata.Segment) ([]string, map[string][]int) {
	byDoc := map[string][]int{}
	var docs []string
	for i, s := range segs {
		k := s.Doc()
		if _, ok := byDoc[k]; !ok {
			docs = append(docs, k)
		}
		byDoc[k] = append(byDoc[k], i)
	}
	sort.Strings(docs)
	return docs, byDoc
}

// joinSegments joins a document's segments and returns where each one
// starts in the text. A segment follows the one before it after a space, as
// the next sentence of a paragraph, unless that one has no closing
// punctuation: it is a headline or a line of its own ("… dies today",
// "… - China News Network"), and a line break ends it, as in the article.
func joinSegments(segs []benchdata.Segment, idx []int) (string, []int) {
	var b strings.Builder
	starts := make([]int, 0, len(idx))
	for n, i := range idx {
		if n > 0 {
			if endsLine(segs[idx[n-1]].Target) {
				b.WriteByte('\n')
			} else {
				b.WriteByte(' ')
			}
		}
		starts = append(starts, b.Len())
		b.WriteString(segs[i].Target)
	}
	return b.String(), starts
}

// endsLine: a segment without closing punctuation (a full stop, a question
// or exclamation mark, a colon or semicolon, a closing quotation mark or
// bracket, an ellipsis) ends its line.
func endsLine(seg string) bool {
	seg = strings.TrimRight(seg, " \t")
	r, _ := utf8.DecodeLastRuneInString(seg)
	return seg != "" && !strings.ContainsRune(".!?:;\"')]”’»…", r)
}

func clipText(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}

// PrintMQM writes one line per rule.
func PrintMQM(w io.Writer, stats map[string]*RuleStats, clean int, sample bool) {
	var rules []string
	for r := range stats {
		rules = append(rules, r)
	}
	sort.Strings(rules)
	fmt.Fprintf(w, "%-26s %8s %9s %9s %14s\n", "rule", "findings", "in marks", "precision", "clean segs hit")
	for _, r := range rules {
		s := stats[r]
		fmt.Fprintf(w, "%-26s %8d %9d %9.3f %7d / %-5d\n", r, s.Findings, s.InMarked, s.Precision(), s.CleanSegmentsHit, clean)
		if sample {
			for _, u := range s.Unmatched {
				fmt.Fprintf(w, "    unmatched: %s\n", u)
			}
		}
	}
}
