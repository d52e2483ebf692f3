package checks

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/document"
)

// BenchmarkMix runs the rules in $COPYDESK_BENCH_RULES (comma-separated globs)
// over the sample articles, segmentation included: for finding what a whole run costs.
func BenchmarkMix(b *testing.B) {
	rules := os.Getenv("COPYDESK_BENCH_RULES")
	if rules == "" {
		b.Skip("set COPYDESK_BENCH_RULES")
	}
	docs, n := benchDocs(b)
	e := testEngine(b, strings.Split(rules, ",")...)
	b.SetBytes(n)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			e.CheckDocument(context.Background(), document.New("bench.txt", "bench", d.Raw))
		}
	}
}
