package swar

import "testing"

// TestAgainstBytes checks each test against its byte-at-a-time meaning, for
// every byte value at every place of a word.
func TestAgainstBytes(t *testing.T) {
	base := "aZ@[ b{~"
	for k := 0; k < 8; k++ {
		for c := 0; c < 256; c++ {
			b := []byte(base)
			b[k] = byte(c)
			x := Load(string(b), 0)
			high, less, eq := false, false, false
			for _, v := range b {
				high = high || v >= 0x80
				less = less || v < 0x20
				eq = eq || v == '`'
			}
			if HasHigh(x) != high || HasLess(x, 0x20) != less || HasByte(x, '`') != eq {
				t.Fatalf("%q: HasHigh %v, HasLess %v, HasByte %v; want %v, %v, %v",
					b, HasHigh(x), HasLess(x, 0x20), HasByte(x, '`'), high, less, eq)
			}
		}
	}
}
