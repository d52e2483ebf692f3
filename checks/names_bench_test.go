package checks

import (
	"context"
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/document"
)

// BenchmarkNamesCorpus checks 10,000 short news documents with generated name
// mentions (1,000 people, several spellings each) and runs the corpus pass:
// the whole run, per-document checks and cross-document clustering.
func BenchmarkNamesCorpus(b *testing.B) {
	rnd := rand.New(rand.NewSource(1))
	// People with syllable-built names and a few transliteration variants each.
	cons := []string{"b", "d", "f", "gh", "h", "j", "k", "kh", "l", "m", "n", "q", "r", "s", "sh", "t", "th", "w", "z"}
	vows := []string{"a", "i", "u", "ou", "e", "o"}
	word := func() string {
		w := ""
		for k := 0; k < 2+rnd.Intn(2); k++ {
			w += cons[rnd.Intn(len(cons))] + vows[rnd.Intn(len(vows))]
		}
		return strings.ToUpper(w[:1]) + w[1:] + cons[rnd.Intn(len(cons))]
	}
	variant := func(w string) string {
		switch rnd.Intn(4) {
		case 0:
			return strings.Replace(w, "ou", "u", 1)
		case 1:
			return strings.Replace(w, "th", "s", 1)
		case 2:
			return "al-" + w
		}
		return w
	}
	type person struct{ first, last string }
	people := make([]person, 1000)
	for i := range people {
		people[i] = person{word(), word()}
	}
	var docs []*document.Document
	var size int64
	for d := 0; d < 10000; d++ {
		text := "The meeting in Baghdad was held on Tuesday, officials said."
		for m := 0; m < 3; m++ {
			p := people[rnd.Intn(len(people))]
			text += fmt.Sprintf(" %s %s met the delegation.", p.first, variant(p.last))
		}
		path := fmt.Sprintf("doc%05d.txt", d)
		docs = append(docs, document.New(path, path, []byte(text)))
		size += int64(len(text))
	}
	b.SetBytes(size)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		e := testEngine(b, "names.*")
		items := make([]document.Item, len(docs))
		for k, d := range docs {
			items[k] = document.Item{Path: d.Path, Doc: d}
		}
		if _, err := e.RunAll(context.Background(), 1, walkItems(items)); err != nil {
			b.Fatal(err)
		}
	}
}
