package checks

import "strings"

// Most bytes of English text are printable ASCII, and several formatting
// checks care only about the others (no-break spaces, garbled accents,
// invisible characters). These helpers skip eight bytes at a time to the
// next byte of interest, instead of looking at every byte in turn.

const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
)

// load8 reads t[i:i+8] as a little-endian word (the compiler makes it one load).
func load8(t string, i int) uint64 {
	_ = t[i+7]
	return uint64(t[i]) | uint64(t[i+1])<<8 | uint64(t[i+2])<<16 | uint64(t[i+3])<<24 |
		uint64(t[i+4])<<32 | uint64(t[i+5])<<40 | uint64(t[i+6])<<48 | uint64(t[i+7])<<56
}

// nextNonASCII returns the index of the first byte at or after i that is not
// ASCII, or len(t).
func nextNonASCII(t string, i int) int {
	for ; i+8 <= len(t); i += 8 {
		if load8(t, i)&highs != 0 {
			break
		}
	}
	for ; i < len(t) && t[i] < 0x80; i++ {
	}
	return i
}

// nextUnprintable returns the index of the first byte at or after i that is
// not ASCII or is an ASCII control character (line ends and tabs included),
// or len(t).
func nextUnprintable(t string, i int) int {
	for ; i+8 <= len(t); i += 8 {
		w := load8(t, i)
		// A byte below 0x20 or equal to 0x7F, or with its high bit set: the
		// classic "has a byte less than n" test, for n = 0x20, and for 0x7F
		// by adding one to every byte.
		if (w-ones*0x20)&^w&highs != 0 || (w+ones)&highs != 0 || w&highs != 0 {
			break
		}
	}
	for ; i < len(t); i++ {
		if c := t[i]; c < 0x20 || c >= 0x7F {
			break
		}
	}
	return i
}

// indexDoubleSpace is the index of the next two spaces in a row at or after i, or -1.
func indexDoubleSpace(t string, i int) int {
	k := strings.Index(t[i:], "  ")
	if k < 0 {
		return -1
	}
	return i + k
}
