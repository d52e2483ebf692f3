package lexicon

import "testing"

func BenchmarkBuildTrie(b *testing.B) {
	l, _ := English()
	for i := 0; i < b.N; i++ {
		l.buildTrie()
	}
}
