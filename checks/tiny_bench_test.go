package checks

import (
	"context"
	"testing"

	"github.com/copydesk/copydesk/document"
)

// BenchmarkTinyDocument is the fixed cost of checking one short document, per family.
func BenchmarkTinyDocument(b *testing.B) {
	for _, fam := range []string{"format.*", "mt.repeated-word", "mt.spacing", "mt.placeholder", "boilerplate.*", "typo.*", "mt.calque", "language.*", "names.*", "mt.unbalanced-quote"} {
		b.Run(fam, func(b *testing.B) {
			e := testEngine(b, fam)
			d := document.New("t", "t", []byte("The minister met his counterpart in Baghdad on Tuesday, officials said."))
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				e.CheckDocument(context.Background(), d)
			}
		})
	}
}
