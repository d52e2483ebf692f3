package checks

import (
	"fmt"
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

// byteFinder finds the next of a few bytes in a text, each with the
// vectorised strings.IndexByte, remembering where each is next: a text is
// scanned once per byte of the set, where strings.IndexAny tested the set
// against every byte in turn (3% of a run for brackets and placeholders).
type byteFinder struct {
	t    string
	set  string
	next [4]int // each byte's next place at or after the last query (len(t): none); -1: not looked for
}

// newByteFinder finds the bytes of set (at most four) in t.
func newByteFinder(t, set string) *byteFinder {
	f := &byteFinder{t: t, set: set}
	if len(set) > len(f.next) {
		panic(fmt.Sprintf("newByteFinder: %d bytes; it finds at most %d", len(set), len(f.next))) // a caller's bug, caught by its first test
	}
	for k := range f.next {
		f.next[k] = -1
	}
	return f
}

// from returns the index of the first byte of the set at or after i, or
// len(t). Successive calls must not go back in the text.
func (f *byteFinder) from(i int) int {
	best := len(f.t)
	for k := 0; k < len(f.set); k++ {
		if f.next[k] < i {
			f.next[k] = len(f.t)
			if i < len(f.t) {
				if j := strings.IndexByte(f.t[i:], f.set[k]); j >= 0 {
					f.next[k] = i + j
				}
			}
		}
		best = min(best, f.next[k])
	}
	return best
}
