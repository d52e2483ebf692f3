package checks

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// The word-at-a-time scans agree with a byte-by-byte loop on random texts.
func TestByteScans(t *testing.T) {
	alphabet := []byte{'a', 'Z', ' ', '~', 0x7F, 0x1F, '\n', '\t', 0x20, 0x80, 0xC2, 0xA0, 0xFF, '0'}
	rng := rand.New(rand.NewPCG(5, 6))
	for n := 0; n < 20000; n++ {
		b := make([]byte, rng.IntN(40))
		for i := range b {
			if rng.IntN(4) == 0 {
				b[i] = alphabet[rng.IntN(len(alphabet))]
			} else {
				b[i] = byte(0x20 + rng.IntN(0x5F)) // printable ASCII
			}
		}
		s := string(b)
		for i := 0; i <= len(s); i++ {
			wantA, wantU := len(s), len(s)
			for k := len(s) - 1; k >= i; k-- {
				if s[k] >= 0x80 {
					wantA = k
				}
				if s[k] < 0x20 || s[k] >= 0x7F {
					wantU = k
				}
			}
			if got := nextNonASCII(s, i); got != wantA {
				t.Fatalf("nextNonASCII(%q, %d) = %d, want %d", s, i, got, wantA)
			}
			if got := nextUnprintable(s, i); got != wantU {
				t.Fatalf("nextUnprintable(%q, %d) = %d, want %d", s, i, got, wantU)
			}
		}
	}
}

// TestByteFinder agrees with strings.IndexAny at every place of texts with
// the set's bytes at the ends, side by side and absent, asked in text order.
func TestByteFinder(t *testing.T) {
	for _, text := range []string{"", "(", "no brackets here", "(a) [b] ((c)) ]x[", "x)", "%s and {0} and ${x} 50%"} {
		for _, set := range []string{"()[]", "%{$", "x"} {
			f := newByteFinder(text, set)
			for i := 0; i <= len(text); i++ {
				want := len(text)
				if k := strings.IndexAny(text[i:], set); k >= 0 {
					want = i + k
				}
				if got := f.from(i); got != want {
					t.Fatalf("%q in %q from %d: %d, want %d", set, text, i, got, want)
				}
			}
		}
	}
}

// TestByteFinderRefusesLongSets: more bytes than it can follow is a clear
// panic at construction, not an index error at the first search.
func TestByteFinderRefusesLongSets(t *testing.T) {
	defer func() {
		if r := recover(); r == nil || !strings.Contains(fmt.Sprint(r), "at most 4") {
			t.Errorf("recovered %v, want a panic naming the limit", r)
		}
	}()
	newByteFinder("text", "abcde")
}
