package eval

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/document"
)

func TestScratchCoverage(t *testing.T) {
	segs := fullSegments(t)
	e, err := Engine("*")
	if err != nil {
		t.Fatal(err)
	}
	byDoc := map[string][]int{}
	for i, s := range segs {
		byDoc[s.Doc()] = append(byDoc[s.Doc()], i)
	}
	type key struct{ cat string }
	total, covered := map[string]int{}, map[string]int{}
	uncovered := map[string]map[string]int{}
	for k, idx := range byDoc {
		var b strings.Builder
		starts := []int{}
		for n, i := range idx {
			if n > 0 {
				b.WriteByte(' ')
			}
			starts = append(starts, b.Len())
			b.WriteString(segs[i].Target)
		}
		r := e.CheckDocument(context.Background(), document.New(k, k, []byte(b.String())))
		for n, i := range idx {
			s := segs[i]
			for _, m := range s.Errors {
				if m.Start == nil || m.End == nil {
					continue
				}
				st, en := starts[n]+*m.Start, starts[n]+max(*m.End, *m.Start+1)
				total[m.Category]++
				hit := false
				for _, f := range r.Findings {
					if f.Span.Start < en && st < f.Span.End {
						hit = true
					}
				}
				if hit {
					covered[m.Category]++
				} else {
					if uncovered[m.Category] == nil {
						uncovered[m.Category] = map[string]int{}
					}
					ctx := s.Target[max(0, *m.Start-12):min(len(s.Target), max(*m.End, *m.Start+1)+12)]
					uncovered[m.Category][fmt.Sprintf("[%s] …%s…", s.Target[*m.Start:min(len(s.Target), max(*m.End, *m.Start+1))], ctx)]++
				}
			}
		}
	}
	var cats []string
	for c := range total {
		cats = append(cats, c)
	}
	sort.Slice(cats, func(i, j int) bool { return total[cats[i]] > total[cats[j]] })
	for _, c := range cats {
		fmt.Printf("%-40s %6d %6d\n", c, total[c], covered[c])
	}
	for _, c := range []string{"Accuracy/Source language fragment", "Locale convention/Name format", "Fluency/Inconsistency", "Non-translation!", "Fluency/Punctuation", "Fluency/Spelling", "Locale convention/Date format", "Locale convention/Number format", "Locale convention/Currency format", "Fluency/Character encoding", "Locale convention/Address format", "Locale convention/Time format", "Fluency/Register"} {
		fmt.Println("==", c)
		var ks []string
		for k := range uncovered[c] {
			ks = append(ks, k)
		}
		sort.Strings(ks)
		for _, k := range ks {
			fmt.Println("  ", uncovered[c][k], strings.ReplaceAll(k, "\n", " "))
		}
	}
}
