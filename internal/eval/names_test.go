package eval

import (
	"path/filepath"
	"testing"

	"github.com/copydesk/copydesk/internal/benchdata"
)

// TestNamesSample: different persons that share a surname stay apart (false
// merges are worse than misses), and a fair share of spelling variants of one
// person are recognised. The floors are the figures measured when this test
// was written, so a change that loses ground fails.
func TestNamesSample(t *testing.T) {
	pairs, err := OFACPairs(filepath.Join(benchdata.Root(), "testdata", "bench", "names-ofac-sample.tsv"), 2000)
	if err != nil {
		t.Fatal(err)
	}
	st := Names(pairs)
	PrintNames(testWriter{t}, "OFAC sample", st)
	same := float64(st.SameFound) / float64(st.SamePairs)
	apart := float64(st.DiffApart) / float64(max(1, st.DiffPairs))
	if st.SamePairs < 200 || same < 0.85 || apart < 0.99 {
		t.Errorf("same %.3f over %d pairs, apart %.3f over %d pairs", same, st.SamePairs, apart, st.DiffPairs)
	}
}

func TestNamesFull(t *testing.T) {
	p := benchdata.Shared("names/pairs.tsv")
	if p == "" {
		t.Skip("full names set not present")
	}
	pairs, err := ReadNamePairs(p)
	if err != nil {
		t.Fatal(err)
	}
	st := Names(pairs)
	PrintNames(testWriter{t}, "ANETAC pairs", st)
	// Floors at the figures measured (0.701 / 0.890): the targets (0.75 / 0.97) are not met on
	// this set, whose negatives are look-alikes within two edits and partly one name (see the README).
	if float64(st.SameFound) < 0.69*float64(st.SamePairs) || float64(st.DiffApart) < 0.88*float64(st.DiffPairs) {
		t.Errorf("same %d/%d, apart %d/%d: below the measured floors", st.SameFound, st.SamePairs, st.DiffApart, st.DiffPairs)
	}
}

// TestNamesOFACFull: the whole OFAC alias set, when present (floors at the
// figures measured: 0.729 / 0.999).
func TestNamesOFACFull(t *testing.T) {
	p := benchdata.Shared("names/variants.tsv")
	if p == "" {
		t.Skip("full names set not present")
	}
	pairs, err := OFACPairs(p, 5000)
	if err != nil {
		t.Fatal(err)
	}
	st := Names(pairs)
	PrintNames(testWriter{t}, "OFAC persons", st)
	if float64(st.SameFound) < 0.72*float64(st.SamePairs) || float64(st.DiffApart) < 0.99*float64(st.DiffPairs) {
		t.Errorf("same %d/%d, apart %d/%d: below the measured floors", st.SameFound, st.SamePairs, st.DiffApart, st.DiffPairs)
	}
}
