package rules

import (
	"regexp/syntax"
	"unicode"
	"unicode/utf8"
)

// ByteSet is a set of bytes, one bit each.
type ByteSet [4]uint64

// Has reports whether b is in the set.
func (s *ByteSet) Has(b byte) bool { return s[b>>6]&(1<<(b&63)) != 0 }

func (s *ByteSet) add(b byte) { s[b>>6] |= 1 << (b & 63) }

// firstBytes returns the bytes a match of expr can start with, or nil when a
// match may start with any byte or be empty. Text whose first byte is not in
// the set cannot match an expression anchored at its start, so a caller can
// skip the regular expression: Go's backtracker clears a bitmap of program
// size times text length on every call, about 6,000 instructions for a short
// line and a large alternation, even when the first letter already rules the
// line out. Any byte of a character beyond ASCII stands for that character.
func firstBytes(expr string) *ByteSet {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil
	}
	prog, err := syntax.Compile(re.Simplify())
	if err != nil {
		return nil
	}
	var set ByteSet
	seen := make([]bool, len(prog.Inst))
	// walk adds the bytes the instruction at pc can consume first; false
	// means anything may come first (or nothing: the match may be empty).
	var walk func(pc uint32) bool
	walk = func(pc uint32) bool {
		if seen[pc] {
			return true
		}
		seen[pc] = true
		in := &prog.Inst[pc]
		switch in.Op {
		case syntax.InstAlt, syntax.InstAltMatch:
			return walk(in.Out) && walk(in.Arg)
		case syntax.InstCapture, syntax.InstNop, syntax.InstEmptyWidth:
			return walk(in.Out) // ^, $, \b pass through: a superset is safe
		case syntax.InstFail:
			return true
		case syntax.InstRune, syntax.InstRune1:
			fold := syntax.Flags(in.Arg)&syntax.FoldCase != 0
			ranges := in.Rune
			if len(ranges) == 1 { // one rune (folded or not), not a range
				ranges = []rune{ranges[0], ranges[0]}
			}
			for i := 0; i+1 < len(ranges); i += 2 {
				lo, hi := ranges[i], ranges[i+1]
				for r := lo; r <= hi && r < utf8.RuneSelf; r++ {
					addRune(&set, r, fold)
				}
				if hi >= utf8.RuneSelf {
					addHigh(&set)
				}
			}
			return true
		default: // any character
			return false
		}
	}
	if !walk(uint32(prog.Start)) {
		return nil
	}
	return &set
}

// addRune adds r, and with fold every rune of its case orbit.
func addRune(set *ByteSet, r rune, fold bool) {
	set.add(byte(r))
	if !fold {
		return
	}
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		if f < utf8.RuneSelf {
			set.add(byte(f))
		} else {
			addHigh(set) // "k" folds to the Kelvin sign
		}
	}
}

// addHigh adds every byte of characters beyond ASCII.
func addHigh(set *ByteSet) {
	set[2], set[3] = ^uint64(0), ^uint64(0)
}
