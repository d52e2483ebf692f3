package checks

import (
	"strings"

	"github.com/copydesk/copydesk/internal/swar"
)

// Most bytes of English text are printable ASCII, and several formatting
// checks care only about the others (no-break spaces, garbled accents,
// invisible characters). These helpers skip eight bytes at a time to the
// next byte of interest, instead of looking at every byte in turn (see
// internal/swar).

// nextNonASCII returns the index of the first byte at or after i that is not
// ASCII, or len(t).
func nextNonASCII(t string, i int) int {
	for ; i+8 <= len(t); i += 8 {
		if swar.HasHigh(swar.Load(t, i)) {
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
		// A byte below 0x20 or equal to 0x7F, or with its high bit set (adding
		// one to every byte sets the high bit of 0x7F).
		if w := swar.Load(t, i); swar.HasLess(w, 0x20) || swar.HasHigh(w+swar.Ones) || swar.HasHigh(w) {
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
