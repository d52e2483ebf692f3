package rules

import (
	"regexp/syntax"
	"unicode/utf8"
)

// lastBytes returns the bytes a match of expr can end with, or nil when a
// match may end with any byte or be empty. It lets a caller skip a line
// pattern on a line whose last byte no match could end with: most lines of
// prose end in a full stop, and few residue patterns can. Any byte of a
// character beyond ASCII stands for that character (its last byte is a
// continuation byte, so the high half of the set is added whole).
func lastBytes(expr string) *ByteSet {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil
	}
	var set ByteSet
	if ok, empty := lastOf(re.Simplify(), &set); !ok || empty {
		return nil
	}
	return &set
}

// lastOf adds to set the bytes re's matches can end with. ok is false when
// any byte may end one; empty is true when re can match the empty string
// (so the bytes before it may end the match too).
func lastOf(re *syntax.Regexp, set *ByteSet) (ok, empty bool) {
	fold := re.Flags&syntax.FoldCase != 0
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return true, true
	case syntax.OpNoMatch:
		return true, false
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return true, true
		}
		addLast(set, re.Rune[len(re.Rune)-1], re.Rune[len(re.Rune)-1], fold)
		return true, false
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			addLast(set, re.Rune[i], re.Rune[i+1], false) // a class holds its folded runes already
		}
		return true, false
	case syntax.OpCapture:
		return lastOf(re.Sub[0], set)
	case syntax.OpStar, syntax.OpQuest:
		ok, _ := lastOf(re.Sub[0], set)
		return ok, true
	case syntax.OpPlus:
		return lastOf(re.Sub[0], set)
	case syntax.OpRepeat:
		ok, empty := lastOf(re.Sub[0], set)
		return ok, empty || re.Min == 0
	case syntax.OpAlternate:
		ok, empty := true, false
		for _, sub := range re.Sub {
			o, e := lastOf(sub, set)
			ok, empty = ok && o, empty || e
		}
		return ok, empty
	case syntax.OpConcat:
		for i := len(re.Sub) - 1; i >= 0; i-- {
			o, e := lastOf(re.Sub[i], set)
			if !o {
				return false, false
			}
			if !e {
				return true, false
			}
		}
		return true, true
	}
	return false, false // any character
}

// addLast adds the last bytes of the runes lo..hi (with fold, their case orbits).
func addLast(set *ByteSet, lo, hi rune, fold bool) {
	for r := lo; r <= hi && r < utf8.RuneSelf; r++ {
		addRune(set, r, fold)
	}
	if hi >= utf8.RuneSelf {
		addHigh(set)
	}
}
