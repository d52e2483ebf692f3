package eval

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/names"

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
	st := Names(pairs, checkMatcher(t), 15)
	PrintNames(testWriter{t}, "OFAC sample", st)
	same := float64(st.SameFound) / float64(st.SamePairs)
	apart := float64(st.DiffApart) / float64(max(1, st.DiffPairs))
	if st.SamePairs < 200 || same < 0.85 || apart < 0.99 {
		t.Errorf("same %.3f over %d pairs, apart %.3f over %d pairs", same, st.SamePairs, apart, st.DiffPairs)
	}
}

// TestBlockKeysCoverSame: the check compares only spellings that share a
// block key, so every pair names.Same accepts must share one, or the check
// would miss what the pair figures count.
func TestBlockKeysCoverSame(t *testing.T) {
	pairs, err := OFACPairs(filepath.Join(benchdata.Root(), "testdata", "bench", "names-ofac-sample.tsv"), 2000)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, p := range pairs {
		if !names.Same(p.A, p.B) {
			continue
		}
		n++
		if kb := names.BlockKeys(p.B); !slices.ContainsFunc(names.BlockKeys(p.A), func(k string) bool { return slices.Contains(kb, k) }) {
			t.Errorf("%q / %q: one name, no shared block key (%q / %q)", p.A, p.B, names.BlockKeys(p.A), kb)
		}
	}
	if n < 400 {
		t.Fatalf("only %d pairs recognised: the sample did not load as expected", n)
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
	check := checkMatcher(t)
	st := Names(pairs, check, 15)
	PrintNames(testWriter{t}, "ANETAC pairs", st)
	labels, err := ReadPairLabels(filepath.Join(benchdata.Root(), "testdata", "bench", "names-anetac-merges.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	r := ReviewMerges(pairs, check, labels)
	PrintMergeReview(testWriter{t}, "ANETAC pairs", r)
	// Floors at the figures measured for the check (0.741 / 0.946; names.Same alone 0.757 /
	// 0.946). Neither of the lines is met on this set. Its negatives are look-alikes
	// within two edits, and of the 215 pairs the check merges, labelled by hand
	// (names-anetac-merges.tsv), 56 are one name the corpus wrote two ways in Arabic
	// (Kavanagh / Kavanaugh), 117 two names, 43 unclear; of a random sample of 300 of its
	// positives (names-anetac-positives.tsv), 111 are two names, and the check joins 0.864
	// of the 118 that are one name (TestSameLabels). The check's rule that two one-word
	// names English knows commonly are two names costs 63 of its positives, most of them
	// Western names Arabic writes alike (Colombia / Columbia, Taiwan / Taiyuan); see the README.
	if float64(st.SameFound) < 0.738*float64(st.SamePairs) || float64(st.DiffApart) < 0.945*float64(st.DiffPairs) {
		t.Errorf("same %d/%d, apart %d/%d: below the measured floors", st.SameFound, st.SamePairs, st.DiffApart, st.DiffPairs)
	}
	// The guards only ever split what names.Same joins.
	alone := Names(pairs, names.Same, 0)
	if st.SameFound > alone.SameFound || st.DiffApart < alone.DiffApart {
		t.Errorf("check same %d, apart %d; names.Same alone same %d, apart %d: the check joined what spelling did not",
			st.SameFound, st.DiffApart, alone.SameFound, alone.DiffApart)
	}
	if len(r.Unlabelled) > 0 {
		t.Logf("merges to label in names-anetac-merges.tsv: %q", r.Unlabelled)
	}
	positives, err := ReadPairLabels(filepath.Join(benchdata.Root(), "testdata", "bench", "names-anetac-positives.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	sr := ReviewSame(pairs, check, positives)
	PrintSameReview(testWriter{t}, "ANETAC pairs", sr)
	if len(sr.Unknown) > 0 {
		t.Errorf("names-anetac-positives.tsv labels pairs that are not same-name pairs of the set: %q", sr.Unknown)
	}
}

// TestSameLabels: the sample of ANETAC's same-name pairs labelled by hand
// reads whole, and the check joins the pairs labelled one name (measured
// 102 of 118 = 0.864; the set's "same" figure, 0.741, counts the 111 of
// 300 sampled pairs that are two names Arabic writes alike, Reuben /
// Robyn, as misses when copydesk keeps them apart). The labelled pairs are
// in the repository, so this runs without the full set.
func TestSameLabels(t *testing.T) {
	labels, err := ReadPairLabels(filepath.Join(benchdata.Root(), "testdata", "bench", "names-anetac-positives.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	if len(labels) != 300 || labels[[2]string{"Jeffery", "Jeffrey"}] != "one" || labels[[2]string{"Reuben", "Robyn"}] != "two" {
		t.Fatalf("labels file read wrong: %d labels", len(labels))
	}
	var pairs []NamePair
	for k := range labels {
		pairs = append(pairs, NamePair{A: k[0], B: k[1], Same: true})
	}
	slices.SortFunc(pairs, func(x, y NamePair) int { return strings.Compare(x.A+"\t"+x.B, y.A+"\t"+y.B) })
	r := ReviewSame(pairs, checkMatcher(t), labels)
	PrintSameReview(testWriter{t}, "ANETAC sample", r)
	if r.Labelled["one"] != 118 || r.Labelled["two"] != 111 || r.Labelled["unclear"] != 71 {
		t.Errorf("labels by kind %v, want one 118, two 111, unclear 71", r.Labelled)
	}
	if float64(r.Found["one"]) < 0.85*float64(r.Labelled["one"]) {
		t.Errorf("one-name pairs joined %d/%d, below the measured floor 0.85", r.Found["one"], r.Labelled["one"])
	}
	// A table: a pair labelled but absent from the set is reported, and a
	// negative is not reviewed.
	small := ReviewSame([]NamePair{
		{A: "Jeffery", B: "Jeffrey", Same: true},
		{A: "Reuben", B: "Robyn", Same: true},
		{A: "Nicola", B: "Nicole"},
	}, names.Same, PairLabels{{"Jeffery", "Jeffrey"}: "one", {"Reuben", "Robyn"}: "two", {"Nicola", "Nicole"}: "two", {"Osman", "Othman"}: "one"})
	if small.Labelled["one"] != 1 || small.Labelled["two"] != 1 || small.Found["one"] != 1 ||
		!slices.Equal(small.Unknown, []string{"Nicola / Nicole", "Osman / Othman"}) {
		t.Errorf("small review: labelled %v, found %v, unknown %q", small.Labelled, small.Found, small.Unknown)
	}
}

// TestMergeLabels: the labels file reads whole; a bad label is an error
// naming the file and line; and a review counts merges by label and leaves
// the one-name pairs out of the "apart" figure.
func TestMergeLabels(t *testing.T) {
	labels, err := ReadPairLabels(filepath.Join(benchdata.Root(), "testdata", "bench", "names-anetac-merges.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	if len(labels) < 200 || labels[[2]string{"Kavanagh", "Kavanaugh"}] != "one" || labels[[2]string{"Nicola", "Nicole"}] != "two" {
		t.Errorf("labels file read wrong: %d labels", len(labels))
	}
	bad := filepath.Join(t.TempDir(), "bad.tsv")
	if err := os.WriteFile(bad, []byte("a\tb\tlabel\nNicola\tNicole\tsame\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadPairLabels(bad); err == nil || !strings.Contains(err.Error(), "bad.tsv:2") {
		t.Errorf("bad label: error %v, want one naming bad.tsv:2", err)
	}
	pairs := []NamePair{
		{A: "Kavanagh", B: "Kavanaugh"},              // merged, labelled one name
		{A: "Nicola", B: "Nicole"},                   // kept apart, labelled two names
		{A: "Ahtissari", B: "Ahtisarri", Same: true}, // a positive: not reviewed
		{A: "Hassan", B: "Hussein"},                  // kept apart, unlabelled
		{A: "Gaddafi", B: "Qadhafi"},                 // merged, unlabelled
	}
	r := ReviewMerges(pairs, names.Same, PairLabels{{"Kavanagh", "Kavanaugh"}: "one", {"Nicola", "Nicole"}: "two"})
	if r.Merged["one"] != 1 || r.Merged["two"] != 0 || r.Merged["unlabelled"] != 1 || !slices.Equal(r.Unlabelled, []string{"Gaddafi / Qadhafi"}) {
		t.Errorf("merges by label %v, unlabelled %q", r.Merged, r.Unlabelled)
	}
	if r.Apart != 2 || r.Pairs != 3 || r.ApartClear != 2 || r.PairsClear != 3 {
		t.Errorf("apart %d/%d, clear %d/%d; want 2/3 and 2/3", r.Apart, r.Pairs, r.ApartClear, r.PairsClear)
	}
}

// TestNamesOFACFull: the whole OFAC alias set, when present (floors at the
// issue's targets; measured 0.775 / 0.999).
func TestNamesOFACFull(t *testing.T) {
	p := benchdata.Shared("names/variants.tsv")
	if p == "" {
		t.Skip("full names set not present")
	}
	pairs, err := OFACPairs(p, 5000)
	if err != nil {
		t.Fatal(err)
	}
	st := Names(pairs, checkMatcher(t), 15)
	PrintNames(testWriter{t}, "OFAC persons", st)
	if float64(st.SameFound) < 0.75*float64(st.SamePairs) || float64(st.DiffApart) < 0.99*float64(st.DiffPairs) {
		t.Errorf("same %d/%d, apart %d/%d: below the measured floors", st.SameFound, st.SamePairs, st.DiffApart, st.DiffPairs)
	}
}

// TestOFACClustersSample groups the sample's spellings all at once, as the
// check groups a run: entities recovered whole and spellings joined must not
// fall, and groups that mix two persons must not grow (floors and ceiling at
// the figures measured when this test was written).
func TestOFACClustersSample(t *testing.T) {
	st, err := OFACClusters(filepath.Join(benchdata.Root(), "testdata", "bench", "names-ofac-sample.tsv"), checkMatcher(t), 10)
	if err != nil {
		t.Fatal(err)
	}
	PrintClusters(testWriter{t}, "OFAC sample", st)
	const wholeFloor, linkedFloor, mixedCeiling = 30, 371, 0
	if st.Entities < 50 || st.Whole < wholeFloor || st.Linked < linkedFloor || st.Merged-st.MergedShared > mixedCeiling {
		t.Errorf("whole %d (floor %d), linked %d (floor %d), mixed %d (ceiling %d)", st.Whole, wholeFloor, st.Linked, linkedFloor,
			st.Merged-st.MergedShared, mixedCeiling)
	}
}

// TestOFACClustersFull: the same on the whole alias list, when present
// (measured: 193 of 1,103 entities whole, 2,509 of 4,620 spellings joined,
// 10 groups mixing persons over different spellings; the French silent e of
// Amine and Tajeddine joined 13 more, the Russian kh written h 4, an article
// written on to the name ("Alagha") 37, a Slavic j between vowels 6, German
// transliteration of Russian 9).
func TestOFACClustersFull(t *testing.T) {
	p := benchdata.Shared("names/variants.tsv")
	if p == "" {
		t.Skip("full names set not present")
	}
	st, err := OFACClusters(p, checkMatcher(t), 10)
	if err != nil {
		t.Fatal(err)
	}
	PrintClusters(testWriter{t}, "OFAC persons", st)
	if st.Whole < 193 || st.Linked < 2509 || st.Merged-st.MergedShared > 10 {
		t.Errorf("whole %d, linked %d, mixed %d: past the measured figures", st.Whole, st.Linked, st.Merged-st.MergedShared)
	}
}

// checkMatcher is the names check's pair decision (CheckMatcher), which the
// figures measure.
func checkMatcher(t *testing.T) Matcher {
	t.Helper()
	m, err := CheckMatcher()
	if err != nil {
		t.Fatal(err)
	}
	return m
}
