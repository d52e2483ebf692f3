package lexicon

import (
	"slices"
	"sort"
	"strings"
	"testing"
	"time"
)

func TestKnown(t *testing.T) {
	l, err := English()
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"the", "countryside", "isn't", "don’t", "honour", "honor", "organisation", "Iraq", "IRAQ", "army's", "armies’", "Mosul", "selfie"} {
		if !l.Known(w) {
			t.Errorf("%q unknown", w)
		}
	}
	for _, w := range []string{"countryisde", "opperation", "frontns", "sence", "isnt", "conytibuting", "iraq's'", "Phillipines"} {
		if l.Known(w) {
			t.Errorf("%q known", w)
		}
	}
}

func TestSuggest(t *testing.T) {
	l, _ := English()
	cases := map[string]string{
		"countryisde":  "countryside",
		"opperation":   "operation",
		"frontns":      "fronts",
		"sence":        "sense",
		"conytibuting": "contributing",
		"teh":          "the",
		"recieve":      "receive",
		// the typed word's plural is kept: the stem is what was misspelt
		"heros":    "heroes",
		"emploies": "employees",
	}
	for typo, want := range cases {
		got := l.Suggest(typo, 5)
		if len(got) == 0 || got[0].Word != want {
			t.Errorf("Suggest(%q) = %v, want %q first", typo, got, want)
		}
	}
}

func TestWeightedDistance(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want float64
	}{
		{"opperation", "operation", 0.5},
		{"teh", "the", 0.6},
		{"same", "same", 0},
		{"cat", "dog", 2.2}, // c/d and t/g are neighbouring keys, a/o both vowels
	} {
		if got := WeightedDistance(c.a, c.b); got != c.want {
			t.Errorf("WeightedDistance(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

func BenchmarkLoad(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := Load(embedded); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSuggest(b *testing.B) {
	l, _ := English()
	l.Suggest("warmup", 1)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		l.Suggest("conytibuting", 5)
	}
}

func TestLoadTime(t *testing.T) {
	start := time.Now()
	if _, err := Load(embedded); err != nil {
		t.Fatal(err)
	}
	t.Logf("loaded in %v", time.Since(start))
}

// TestSortedKeys: the merge gives what sorting every lower-cased spelling gives.
func TestSortedKeys(t *testing.T) {
	l, err := English()
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for i := range l.start {
		w := l.word(i)
		if hasUpperASCII(w) {
			w = strings.ToLower(w)
		}
		want = append(want, w)
	}
	sort.Strings(want)
	if got := l.sortedKeys(); !slices.Equal(got, want) {
		t.Fatalf("sortedKeys differs from sorting: %d keys, want %d", len(got), len(want))
	}
}

// TestSuggestLongToken: a token far longer than any word has no suggestion,
// and asking costs no table the size of its square (a million letters would
// need 8 TB).
func TestSuggestLongToken(t *testing.T) {
	lex, err := English()
	if err != nil {
		t.Fatal(err)
	}
	if got := lex.Suggest(strings.Repeat("a", 1_000_000), 5); got != nil {
		t.Errorf("suggestions for a million-letter token: %v", got)
	}
	if got := lex.Suggest("goverment", 5); len(got) == 0 || got[0].Word != "government" {
		t.Errorf("goverment: %v", got)
	}
}
