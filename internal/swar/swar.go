// Package swar tests eight bytes of text at once ("SIMD within a register"):
// most bytes of English news are plain ASCII, and the code that looks for the
// rare others (no-break spaces, control bytes, capitals to fold) skips a word
// at a time instead of testing each byte.
package swar

const (
	Ones  = 0x0101010101010101 // 1 in every byte
	Highs = 0x8080808080808080 // the high bit of every byte
)

// Load reads t[i:i+8] as a little-endian word (the compiler makes it one load).
func Load(t string, i int) uint64 {
	_ = t[i+7]
	return uint64(t[i]) | uint64(t[i+1])<<8 | uint64(t[i+2])<<16 | uint64(t[i+3])<<24 |
		uint64(t[i+4])<<32 | uint64(t[i+5])<<40 | uint64(t[i+6])<<48 | uint64(t[i+7])<<56
}

// HasHigh reports whether a byte of x is not ASCII.
func HasHigh(x uint64) bool { return x&Highs != 0 }

// HasLess reports whether a byte of x is below n (n at most 0x80): the
// classic test, exact as a yes or no although the per-byte flags are not.
func HasLess(x uint64, n byte) bool { return (x-Ones*uint64(n))&^x&Highs != 0 }

// HasByte reports whether a byte of x equals b.
func HasByte(x uint64, b byte) bool { return HasLess(x^Ones*uint64(b), 1) }
