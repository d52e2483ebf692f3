package lexicon

import (
	"slices"
	"testing"
)

func BenchmarkBuildTrie(b *testing.B) {
	l, _ := English()
	for i := 0; i < b.N; i++ {
		l.buildTrie()
	}
}

// TestTrieBuiltByPrefix: the trie built along the previous spelling's path
// is the one that inserting each spelling from the root, searching each
// node's children, builds.
func TestTrieBuiltByPrefix(t *testing.T) {
	l, err := English()
	if err != nil {
		t.Fatal(err)
	}
	got := l.buildTrie()
	want := &trie{label: []byte{0}, child: []int32{-1}, sibling: []int32{-1}, word: []int32{-1}}
	var data []byte
	keys := l.sortedKeys()
	for i, w := range keys {
		if i > 0 && keys[i-1] == w {
			continue
		}
		n := int32(0)
		for k := 0; k < len(w); k++ {
			c := want.child[n]
			for c >= 0 && want.label[c] != w[k] {
				c = want.sibling[c]
			}
			if c < 0 {
				c = want.newChild(n, w[k])
			}
			n = c
		}
		want.word[n] = int32(len(want.start))
		want.start = append(want.start, uint32(len(data)))
		want.size = append(want.size, uint8(min(len(w), 255)))
		data = append(data, w...)
	}
	if !slices.Equal(got.label, want.label) || !slices.Equal(got.child, want.child) || !slices.Equal(got.sibling, want.sibling) ||
		!slices.Equal(got.word, want.word) || !slices.Equal(got.start, want.start) || !slices.Equal(got.size, want.size) || got.data != string(data) {
		t.Fatalf("tries differ: %d nodes, want %d", len(got.label), len(want.label))
	}
}
