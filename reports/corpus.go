package reports

import (
	"fmt"
	"io"
	"math"
	"sort"
	"strings"

	"github.com/copydesk/copydesk/checks"
)

// scoreBinNames are the score ranges of the distribution, lowest first.
var scoreBinNames = []string{"0-9", "10-19", "20-29", "30-39", "40-49", "50-59", "60-69", "70-79", "80-89", "90-100"}

// scoreBin is the name of the range a score falls in.
func scoreBin(score int) string { return scoreBinNames[min(9, max(0, score/10))] }

// corpusStats are the figures a quality report over many documents leads
// with: how the scores are spread, which documents need an editor first,
// and which unknown words recur (to grow the accept-list or find a
// systematic misspelling).
type corpusStats struct {
	Scores   scoreStats     `json:"scores"`
	Lowest   []lowDoc       `json:"lowest"`
	Unknown  []unknownWord  `json:"unknown_words"`
	wordHits map[string]int // occurrences, for the HTML chart
}

type scoreStats struct {
	Mean   float64        `json:"mean"`
	Median int            `json:"median"`
	Bins   map[string]int `json:"bins"` // "0-9" ... "90-100": documents
}

type lowDoc struct {
	Path     string `json:"path"`
	Score    int    `json:"score"`
	Findings int    `json:"findings"`
}

type unknownWord struct {
	Word      string `json:"word"`
	Documents int    `json:"documents"`
	Count     int    `json:"count"`
}

// Lengths of the lists in the summary.
const (
	lowestListed  = 10
	unknownListed = 20
)

func (run *Run) corpusStats(results []checks.Result) corpusStats {
	st := corpusStats{Scores: scoreStats{Bins: map[string]int{}}, wordHits: map[string]int{}, Lowest: []lowDoc{}, Unknown: []unknownWord{}}
	for _, b := range scoreBinNames {
		st.Scores.Bins[b] = 0 // every range is listed, the empty ones too
	}
	var scores []int
	docsOf := map[string]int{}
	for _, r := range results {
		if r.Err != nil {
			continue
		}
		sc := Score(r)
		scores = append(scores, sc)
		st.Scores.Bins[scoreBin(sc)]++
		st.Lowest = append(st.Lowest, lowDoc{Path: r.Path, Score: sc, Findings: len(r.Findings)})
		seen := map[string]bool{}
		for _, f := range r.Findings {
			if f.Rule != "typo.unknown-word" {
				continue
			}
			st.wordHits[f.Text]++
			if !seen[f.Text] {
				seen[f.Text] = true
				docsOf[f.Text]++
			}
		}
	}
	if len(scores) > 0 {
		sort.Ints(scores)
		sum := 0
		for _, s := range scores {
			sum += s
		}
		st.Scores.Mean = math.Round(10*float64(sum)/float64(len(scores))) / 10
		st.Scores.Median = scores[(len(scores)-1)/2]
	}
	sort.SliceStable(st.Lowest, func(i, j int) bool { return st.Lowest[i].Score < st.Lowest[j].Score })
	if len(st.Lowest) > lowestListed {
		st.Lowest = st.Lowest[:lowestListed]
	}
	for w, n := range docsOf {
		st.Unknown = append(st.Unknown, unknownWord{Word: w, Documents: n, Count: st.wordHits[w]})
	}
	sort.Slice(st.Unknown, func(i, j int) bool {
		a, b := st.Unknown[i], st.Unknown[j]
		if a.Documents != b.Documents {
			return a.Documents > b.Documents
		}
		if a.Count != b.Count {
			return a.Count > b.Count
		}
		return a.Word < b.Word
	})
	if len(st.Unknown) > unknownListed {
		st.Unknown = st.Unknown[:unknownListed]
	}
	return st
}

// WriteSummary writes the corpus summary as text, without the findings:
// counts, the spread of scores, the most frequent rules, the documents that
// score lowest and the unknown words met in most documents. It is the
// report to read first over thousands of documents.
func (run *Run) WriteSummary(w io.Writer, results []checks.Result) error {
	s, st := run.summary(results), run.corpusStats(results)
	var b strings.Builder
	fmt.Fprintf(&b, "copydesk: %s, %s", Count(s.Documents, "document"), Count(s.Findings, "finding"))
	if s.Failed > 0 {
		fmt.Fprintf(&b, "; %s", run.gateLine(s.Failed, s.Documents))
	}
	b.WriteString("\n")
	if s.Documents > 0 {
		fmt.Fprintf(&b, "\nscores: median %d, mean %.1f\n", st.Scores.Median, st.Scores.Mean)
		maxBin := 1
		for _, n := range st.Scores.Bins {
			maxBin = max(maxBin, n)
		}
		for i := len(scoreBinNames) - 1; i >= 0; i-- {
			n := st.Scores.Bins[scoreBinNames[i]]
			fmt.Fprintf(&b, "  %6s %6d", scoreBinNames[i], n)
			if n > 0 {
				b.WriteString(" " + strings.Repeat("#", (n*40+maxBin-1)/maxBin))
			}
			b.WriteString("\n")
		}
	}
	section := func(title string, m map[string]int, limit int) {
		if len(m) == 0 {
			return
		}
		fmt.Fprintf(&b, "\n%s:\n", title)
		for _, x := range bars(m, limit, nil) {
			fmt.Fprintf(&b, "  %7d  %s\n", x.N, x.Label)
		}
	}
	section("findings by category", s.ByCategory, 0)
	section("most frequent rules", s.ByRule, 10)
	if len(st.Lowest) > 0 {
		fmt.Fprintf(&b, "\nlowest scores:\n")
		for _, d := range st.Lowest {
			fmt.Fprintf(&b, "  %3d  %s (%s)\n", d.Score, d.Path, Count(d.Findings, "finding"))
		}
	}
	if len(st.Unknown) > 0 {
		fmt.Fprintf(&b, "\nunknown words, by documents (accept the right ones, or fix a systematic misspelling):\n")
		for _, u := range st.Unknown {
			fmt.Fprintf(&b, "  %7d  %s (%s)\n", u.Documents, clipMD(u.Word, 60), Count(u.Count, "time"))
		}
	}
	if other := s.Documents - s.ByLanguage[run.Language]; other > 0 {
		fmt.Fprintf(&b, "\ndocuments by language:\n")
		for _, x := range bars(s.ByLanguage, 0, nil) {
			fmt.Fprintf(&b, "  %7d  %s\n", x.N, x.Label)
		}
	}
	if len(s.Errors) > 0 {
		fmt.Fprintf(&b, "\n%s could not be read:\n", Count(len(s.Errors), "input"))
		for _, e := range s.Errors {
			fmt.Fprintf(&b, "  %s: %s\n", e.Path, e.Reason)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}
