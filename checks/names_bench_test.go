package checks

import (
	"context"
	"fmt"
	"math/rand"
	"runtime"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/document"
)

// BenchmarkNamesCorpus checks 10,000 short news documents with generated name
// mentions (1,000 to 16,000 people, several spellings each) and runs the
// corpus pass: the whole run, per-document checks and cross-document
// clustering. It reports the distinct spellings and the heap the run holds at
// its end (findings, mentions and entities), which must grow no faster than
// the spellings do.
func BenchmarkNamesCorpus(b *testing.B) {
	for _, people := range []int{1000, 4000, 16000} {
		b.Run(fmt.Sprintf("people=%d", people), func(b *testing.B) { benchNamesCorpus(b, people) })
	}
}

func benchNamesCorpus(b *testing.B, npeople int) {
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
	people := make([]person, npeople)
	for i := range people {
		people[i] = person{word(), word()}
	}
	var docs []*document.Document
	var size int64
	spellings := map[string]bool{}
	for d := 0; d < 10000; d++ {
		text := "The meeting in Baghdad was held on Tuesday, officials said."
		for m := 0; m < 3; m++ {
			p := people[rnd.Intn(len(people))]
			name := p.first + " " + variant(p.last)
			spellings[name] = true
			text += fmt.Sprintf(" %s met the delegation.", name)
		}
		path := fmt.Sprintf("doc%05d.txt", d)
		docs = append(docs, document.New(path, path, []byte(text)))
		size += int64(len(text))
	}
	b.SetBytes(size)
	var before, after runtime.MemStats
	held := 0.0
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		e := testEngine(b, "names.*")
		items := make([]document.Item, len(docs))
		for k, d := range docs {
			items[k] = document.Item{Path: d.Path, Doc: d}
		}
		b.StopTimer()
		runtime.GC()
		runtime.ReadMemStats(&before)
		b.StartTimer()
		results, err := e.RunAll(context.Background(), 1, walkItems(items))
		if err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		runtime.GC()
		runtime.ReadMemStats(&after)
		held = float64(after.HeapAlloc) - float64(before.HeapAlloc)
		runtime.KeepAlive(results)
		runtime.KeepAlive(e)
		b.StartTimer()
	}
	b.ReportMetric(float64(len(spellings)), "spellings")
	b.ReportMetric(held/(1<<20), "heldMB")
}
