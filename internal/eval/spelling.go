// Package eval measures copydesk's checks against public benchmark data: the
// figures quoted in the issues and the README come from here, through the
// tests (on the samples in testdata/bench) and tools/evaluate (on full sets).
package eval

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/copydesk/copydesk/checks"
	"github.com/copydesk/copydesk/config"
	"github.com/copydesk/copydesk/document"
	"github.com/copydesk/copydesk/rules"
)

// Engine builds an engine with the default configuration limited to rules.
func Engine(only ...string) (*checks.Engine, error) {
	return EngineWith(nil, only...)
}

// EngineWith is Engine under a configuration (nil: the default one), to
// measure a house setting (abbreviations: dotted).
func EngineWith(cfg *config.Config, only ...string) (*checks.Engine, error) {
	packs, err := rules.Load(nil)
	if err != nil {
		return nil, err
	}
	if cfg == nil {
		cfg = config.Default()
	}
	return checks.NewEngine(&checks.Setup{Config: cfg, Packs: packs}, only)
}

// Pair is one misspelling with its accepted corrections.
type Pair struct {
	Wrong, Right string
	Alternatives []string
	Source       string
}

// ReadPairs reads pairs.tsv (misspelling, correction, source, alternatives; a header line).
func ReadPairs(path string) ([]Pair, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []Pair
	sc := bufio.NewScanner(f)
	first := true
	for sc.Scan() {
		if first {
			first = false
			continue
		}
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) < 3 {
			continue
		}
		p := Pair{Wrong: cols[0], Right: cols[1], Source: cols[2]}
		if len(cols) > 3 && cols[3] != "" {
			p.Alternatives = strings.Split(cols[3], ",")
		}
		out = append(out, p)
	}
	return out, sc.Err()
}

// SpellingStats are the figures of one source of pairs.
type SpellingStats struct {
	Source               string
	Pairs, Excluded      int // excluded: the misspelling is an English word, or the correction is not in the word list
	Detected, Top1, Top5 int
	Missed, WrongTop1    []string
}

func (s SpellingStats) String() string {
	n := float64(max(1, s.Pairs))
	return fmt.Sprintf("%-30s pairs %5d (excluded %4d)  detection %.3f  top-1 %.3f  top-5 %.3f",
		s.Source, s.Pairs, s.Excluded, float64(s.Detected)/n, float64(s.Top1)/n, float64(s.Top5)/n)
}

// Spelling runs the typo rules on each misspelling set inside a neutral
// sentence, counting detection and whether a correction is the first or among
// the first five suggestions. Pairs whose misspelling is itself an English
// word, or whose correction the word list lacks, or that hold spaces or
// capitals, are excluded (and counted).
func Spelling(pairs []Pair, known func(string) bool) (map[string]*SpellingStats, error) {
	e, err := Engine("typo.*")
	if err != nil {
		return nil, err
	}
	stats := map[string]*SpellingStats{}
	for _, p := range pairs {
		s := stats[p.Source]
		if s == nil {
			s = &SpellingStats{Source: p.Source}
			stats[p.Source] = s
		}
		if strings.ContainsAny(p.Wrong+p.Right, " ") || strings.ToLower(p.Wrong) != p.Wrong || known(p.Wrong) || !known(p.Right) {
			s.Excluded++
			continue
		}
		s.Pairs++
		text := "They said that " + p.Wrong + " was the word."
		r := e.CheckDocument(context.Background(), document.New("pair", "pair", []byte(text)))
		var sugg []string
		found := false
		for _, f := range r.Findings {
			if f.Text == p.Wrong && strings.HasPrefix(f.Rule, "typo.") {
				found = true
				for _, x := range f.Fixes {
					sugg = append(sugg, x.Replacement)
				}
			}
		}
		if !found {
			s.Missed = append(s.Missed, p.Wrong)
			continue
		}
		s.Detected++
		ok := func(w string) bool {
			if strings.EqualFold(w, p.Right) {
				return true
			}
			for _, a := range p.Alternatives {
				if strings.EqualFold(w, strings.TrimSpace(a)) {
					return true
				}
			}
			return false
		}
		for i, w := range sugg {
			if i < 5 && ok(w) {
				s.Top5++
				if i == 0 {
					s.Top1++
				}
				break
			}
		}
		if len(sugg) == 0 || !ok(sugg[0]) {
			first := ""
			if len(sugg) > 0 {
				first = sugg[0]
			}
			s.WrongTop1 = append(s.WrongTop1, p.Wrong+"->"+first+" (want "+p.Right+")")
		}
	}
	return stats, nil
}

// PrintSpelling writes the figures, a sample of errors included.
func PrintSpelling(w io.Writer, stats map[string]*SpellingStats, sample int) {
	var all SpellingStats
	all.Source = "all"
	for _, k := range []string{"norvig-birkbeck-1", "norvig-birkbeck-2", "wikipedia-common-misspellings"} {
		s := stats[k]
		if s == nil {
			continue
		}
		fmt.Fprintln(w, s)
		all.Pairs += s.Pairs
		all.Excluded += s.Excluded
		all.Detected += s.Detected
		all.Top1 += s.Top1
		all.Top5 += s.Top5
		if sample > 0 {
			fmt.Fprintf(w, "  missed: %s\n  wrong top-1: %s\n", head(s.Missed, sample), head(s.WrongTop1, sample))
		}
	}
	fmt.Fprintln(w, all)
}

func head(xs []string, n int) string {
	if len(xs) > n {
		xs = xs[:n]
	}
	return strings.Join(xs, ", ")
}
