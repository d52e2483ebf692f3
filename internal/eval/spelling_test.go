package eval

import (
	"path/filepath"
	"testing"

	"github.com/copydesk/copydesk/internal/benchdata"
)

// TestSpellingSample: the typo rules on real misspellings (sample of the bench set).
func TestSpellingSample(t *testing.T) {
	stats := spellingStats(t, filepath.Join(benchdata.Root(), "testdata", "bench", "spelling-sample.tsv"))
	PrintSpelling(testWriter{t}, stats, 5)
	for src, min := range map[string][3]float64{
		"norvig-birkbeck-1":             {0.95, 0.75, 0.90},
		"wikipedia-common-misspellings": {0.95, 0.90, 0.95},
	} {
		s := stats[src]
		if s == nil || s.Pairs < 200 {
			t.Fatalf("%s: too few pairs", src)
		}
		n := float64(s.Pairs)
		if d, t1, t5 := float64(s.Detected)/n, float64(s.Top1)/n, float64(s.Top5)/n; d < min[0] || t1 < min[1] || t5 < min[2] {
			t.Errorf("%s: detection %.3f top-1 %.3f top-5 %.3f, want at least %v", src, d, t1, t5, min)
		}
	}
}

// TestSpellingFull runs on the full bench set when ../shared is there.
func TestSpellingFull(t *testing.T) {
	p := benchdata.Shared("spelling/pairs.tsv")
	if p == "" || testing.Short() {
		t.Skip("full spelling set not present (../shared/bench/spelling)")
	}
	stats := spellingStats(t, p)
	PrintSpelling(testWriter{t}, stats, 0)
	var n, d, t1, t5 int
	for _, s := range stats {
		n, d, t1, t5 = n+s.Pairs, d+s.Detected, t1+s.Top1, t5+s.Top5
	}
	if float64(d) < 0.95*float64(n) || float64(t1) < 0.75*float64(n) || float64(t5) < 0.92*float64(n) {
		t.Errorf("detection %d, top-1 %d, top-5 %d of %d pairs: below 0.95 / 0.75 / 0.92", d, t1, t5, n)
	}
}

type testWriter struct{ t *testing.T }

func (w testWriter) Write(b []byte) (int, error) {
	w.t.Log(string(b))
	return len(b), nil
}
