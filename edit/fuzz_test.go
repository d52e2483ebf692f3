package edit

import (
	"bytes"
	"testing"
)

// FuzzRemoval: removing any spans keeps every byte outside them and their
// surrounding white space, in order.
func FuzzRemoval(f *testing.F) {
	f.Add([]byte("Body.\n\nLeave a Reply\n\nConnecting to %s\n"), 7, 20)
	f.Add([]byte("a b c"), 2, 3)
	f.Fuzz(func(t *testing.T, src []byte, s, e int) {
		if s < 0 || e < s || e > len(src) {
			return
		}
		out, applied, _ := Apply(src, Removal(src, [][2]int{{s, e}}))
		for _, a := range applied {
			for _, b := range src[a.Start:a.End] {
				inSpan := a.Start <= s && e <= a.End
				if !inSpan {
					t.Fatalf("removal %v does not cover the span [%d,%d)", a, s, e)
				}
				_ = b
			}
			// Outside [s,e) only white space may go.
			for i := a.Start; i < a.End; i++ {
				if (i < s || i >= e) && !bytes.ContainsRune([]byte(" \t\r\n"), rune(src[i])) && src[i] != 0xc2 && src[i] != 0xa0 {
					t.Fatalf("removed %q at %d outside the span", src[i], i)
				}
			}
		}
		if len(out) > len(src) {
			t.Fatal("removal made the text longer")
		}
	})
}
