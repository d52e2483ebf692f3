package edit

import (
	"bytes"
	"testing"
)

// FuzzRemoval: removing a span removes all of it, and nothing outside it but
// white space.
func FuzzRemoval(f *testing.F) {
	f.Add([]byte("Body.\n\nLeave a Reply\n\nConnecting to %s\n"), 7, 20)
	f.Add([]byte("a b c"), 2, 3)
	f.Fuzz(func(t *testing.T, src []byte, s, e int) {
		if s < 0 || e < s || e > len(src) {
			return
		}
		out, applied, _ := Apply(src, Removal(src, [][2]int{{s, e}}))
		covered := make([]bool, len(src))
		for _, a := range applied {
			for i := a.Start; i < a.End; i++ {
				covered[i] = true
				// Outside [s,e) only white space may go.
				if (i < s || i >= e) && !bytes.ContainsRune([]byte(" \t\r\n"), rune(src[i])) && src[i] != 0xc2 && src[i] != 0xa0 {
					t.Fatalf("removed %q at %d outside the span", src[i], i)
				}
			}
		}
		for i := s; i < e; i++ {
			if !covered[i] {
				t.Fatalf("byte %d of the span [%d,%d) was kept", i, s, e)
			}
		}
		if len(out) > len(src) {
			t.Fatal("removal made the text longer")
		}
	})
}
