package document

import (
	"testing"

	"github.com/copydesk/copydesk/internal/benchdata"
)

func BenchmarkFold(b *testing.B) {
	text, err := benchdata.NewsText(1 << 20)
	if err != nil {
		b.Skip(err)
	}
	b.SetBytes(int64(len(text)))
	for i := 0; i < b.N; i++ {
		FoldText(text)
	}
}
