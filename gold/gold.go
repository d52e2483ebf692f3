// Package gold scores findings against hand-annotated gold files (the format
// of testdata/seeds/gold.jsonl), with the same rules as the project's scorer:
// a gold item is found when findings of at most twice its length plus 20 bytes
// cover half of it; a finding is correct when half of it lies in gold spans.
package gold

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
)

// Item is one gold annotation.
type Item struct {
	Doc      string `json:"doc"`
	Category string `json:"category"`
	Level    string `json:"level"` // must or may
	Text     string `json:"text"`
	From     string `json:"from"`
	To       string `json:"to"`
	Note     string `json:"note"`

	Spans [][2]int `json:"-"`
}

// Label is the item's text, or its from…to range.
func (it Item) Label() string {
	if it.Text != "" {
		return it.Text
	}
	return it.From + "…" + it.To
}

// Finding is the part of a finding scoring needs.
type Finding struct {
	Offset, Length int
	Category, Rule string
}

// Load reads a gold file and locates every item in its document under docsDir.
func Load(path, docsDir string) ([]Item, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var items []Item
	texts := map[string][]byte{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for n := 1; sc.Scan(); n++ {
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		var it Item
		if err := json.Unmarshal(sc.Bytes(), &it); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", path, n, err)
		}
		if _, ok := texts[it.Doc]; !ok {
			b, err := os.ReadFile(filepath.Join(docsDir, it.Doc+".txt"))
			if err != nil {
				return nil, err
			}
			texts[it.Doc] = b
		}
		it.Spans = spansOf(it, texts[it.Doc])
		items = append(items, it)
	}
	return items, sc.Err()
}

func spansOf(it Item, b []byte) [][2]int {
	var out [][2]int
	if it.Text != "" {
		needle := []byte(it.Text)
		for i := 0; ; {
			j := bytes.Index(b[i:], needle)
			if j < 0 {
				break
			}
			out = append(out, [2]int{i + j, i + j + len(needle)})
			i += j + 1
		}
		return out
	}
	a := bytes.Index(b, []byte(it.From))
	if a < 0 {
		return nil
	}
	z := bytes.Index(b[a:], []byte(it.To))
	if z < 0 {
		return nil
	}
	return [][2]int{{a, a + z + len(it.To)}}
}

func covered(lo, hi int, iv [][2]int) int {
	sort.Slice(iv, func(i, j int) bool { return iv[i][0] < iv[j][0] })
	total, cur := 0, lo
	for _, x := range iv {
		a, z := max(lo, x[0], cur), min(hi, x[1])
		if z > a {
			total += z - a
			cur = z
		}
	}
	return total
}

// Score is the outcome of scoring a run.
type Score struct {
	MustFound, MustTotal, MayFound, MayTotal int
	Missed                                   []Item
	FalsePositives                           []FalsePositive
	Correct                                  int
}

// FalsePositive is a finding outside every gold span.
type FalsePositive struct {
	Doc string
	Finding
}

// Evaluate scores findings (by document id) against items. Documents without gold are not scored.
func Evaluate(items []Item, findings map[string][]Finding) Score {
	var s Score
	goldSpans := map[string][][2]int{}
	for _, it := range items {
		goldSpans[it.Doc] = append(goldSpans[it.Doc], it.Spans...)
	}
	for _, it := range items {
		found := false
		for _, sp := range it.Spans {
			n := sp[1] - sp[0]
			var iv [][2]int
			for _, f := range findings[it.Doc] {
				if f.Length <= 2*n+20 {
					iv = append(iv, [2]int{f.Offset, f.Offset + f.Length})
				}
			}
			if covered(sp[0], sp[1], iv)*2 >= n {
				found = true
			}
		}
		if it.Level == "must" {
			s.MustTotal++
			if found {
				s.MustFound++
			} else {
				s.Missed = append(s.Missed, it)
			}
		} else {
			s.MayTotal++
			if found {
				s.MayFound++
			}
		}
	}
	docs := make([]string, 0, len(findings))
	for d := range findings {
		docs = append(docs, d)
	}
	sort.Strings(docs)
	for _, d := range docs {
		gs, ok := goldSpans[d]
		if !ok {
			continue
		}
		for _, f := range findings[d] {
			if covered(f.Offset, f.Offset+f.Length, append([][2]int(nil), gs...))*2 >= max(1, f.Length) {
				s.Correct++
			} else {
				s.FalsePositives = append(s.FalsePositives, FalsePositive{Doc: d, Finding: f})
			}
		}
	}
	return s
}
