package checks

import (
	"context"
	"fmt"
	"runtime"
	"testing"

	"github.com/copydesk/copydesk/document"
	"github.com/copydesk/copydesk/internal/benchdata"
)

// benchDocs are the sample articles (about 46 documents of English MT news,
// 470 KB), segmented once outside the timer.
func benchDocs(b *testing.B) ([]*document.Document, int64) {
	segs, err := benchdata.SampleSegments()
	if err != nil {
		b.Skip("no benchmark sample:", err)
	}
	var docs []*document.Document
	var n int64
	for i, a := range benchdata.Articles(segs) {
		docs = append(docs, document.New("bench.txt", string(rune('a'+i%26)), []byte(a)))
		n += int64(len(a))
	}
	return docs, n
}

// benchFamily measures the checks matching only (all checks with none) over
// the sample articles. Each round gets freshly segmented documents, made
// outside the timer: what checks share through Document.Memo (the phrase
// search) is not carried over from one round to the next. The corpus pass
// ends each round outside the timer too, so that what the name check keeps
// for it does not pile up from round to round.
func benchFamily(b *testing.B, only ...string) {
	docs, n := benchDocs(b)
	e := testEngine(b, only...)
	b.SetBytes(n)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		fresh := make([]*document.Document, len(docs))
		for k, d := range docs {
			fresh[k] = document.New(d.Path, d.ID, d.Raw)
		}
		b.StartTimer()
		for _, d := range fresh {
			e.CheckDocument(context.Background(), d)
		}
		b.StopTimer()
		for _, c := range e.corpus {
			c.Finish(func(string, Finding) {})
		}
		b.StartTimer()
	}
}

func BenchmarkSegment(b *testing.B) {
	docs, n := benchDocs(b)
	b.SetBytes(n)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			document.New("bench.txt", "bench", d.Raw)
		}
	}
}

// BenchmarkAll is a whole run as the command line makes it: documents loaded
// unsegmented, segmentation and every check in GOMAXPROCS workers, the corpus
// pass of the name check. `-cpu 1,2` shows how it scales.
func BenchmarkAll(b *testing.B) { benchRun(b, 1) }

// BenchmarkAllMany is BenchmarkAll over ten copies of the sample (460
// documents, 890 KB) in one run: how it scales over many documents, where a
// run of 46 spends a larger share waiting for its last document.
func BenchmarkAllMany(b *testing.B) { benchRun(b, 10) }

// benchRun checks copies of the sample articles in one run, each copy under
// other paths.
func benchRun(b *testing.B, copies int) {
	docs, n := benchDocs(b)
	e := testEngine(b)
	b.SetBytes(n * int64(copies))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		_, err := e.RunAll(context.Background(), runtime.GOMAXPROCS(0), func(fn func(document.Item) error) error {
			for c := 0; c < copies; c++ {
				for k, d := range docs {
					p := fmt.Sprintf("doc%02d-%03d.txt", c, k)
					if err := fn(document.Item{Path: p, Doc: document.NewDeferred(p, p, d.Raw)}); err != nil {
						return err
					}
				}
			}
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkFormat(b *testing.B) { benchFamily(b, "format.*") }
func BenchmarkMTBasic(b *testing.B) {
	benchFamily(b, "mt.repeated-word", "mt.spacing", "mt.placeholder", "mt.foreign-punctuation", "mt.stray-slash", "mt.repeated-phrase")
}
func BenchmarkBoilerplate(b *testing.B) { benchFamily(b, "boilerplate.*") }
func BenchmarkTypo(b *testing.B)        { benchFamily(b, "typo.*") }

func BenchmarkCalque(b *testing.B)   { benchFamily(b, "mt.calque", "mt.untranslated") }
func BenchmarkLanguage(b *testing.B) { benchFamily(b, "language.*") }
func BenchmarkQuotes(b *testing.B) {
	benchFamily(b, "mt.unbalanced-quote", "mt.quoted-name", "mt.quote-spacing")
}
func BenchmarkNames(b *testing.B) { benchFamily(b, "names.*") }
