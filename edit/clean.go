package edit

import "unicode/utf8"

// Removal turns spans to delete into edits that also take the line breaks the
// deleted lines leave behind: a span that holds all the text of its lines
// removes those lines whole, the blank lines around a removed block are
// squeezed to at most one, and none is left at the end of the text. Nothing
// but the spans and white space is removed.
func Removal(src []byte, spans [][2]int) []Edit {
	var edits []Edit
	for _, sp := range spans {
		s, e := sp[0], sp[1]
		ls := lineStart(src, s)
		le := lineEnd(src, e)
		if blank(src[ls:s]) && blank(src[e:le]) {
			// Whole lines: take them with their line break, and the blank lines after them
			// when the block is preceded by a blank line (or the start of the text).
			s = ls
			e = le
			if e < len(src) {
				e++ // the '\n'
			}
			if e == len(src) {
				// A block that ends the text takes the blank lines before it too:
				// the text ends with its last line, not with a run of empty ones.
				for s > 0 && precededByBlankLine(src, s) {
					s = lineStart(src, s-1)
				}
			}
			if s == 0 || precededByBlankLine(src, s) {
				for e < len(src) {
					ne := lineEnd(src, e)
					if !blank(src[e:ne]) || ne == len(src) && e == ne {
						break
					}
					if ne < len(src) {
						ne++
					}
					e = ne
				}
			}
		}
		edits = append(edits, Edit{Start: s, End: e, New: ""})
	}
	return mergeEdits(edits)
}

// mergeEdits joins overlapping or touching deletions so Apply takes them all.
func mergeEdits(es []Edit) []Edit {
	if len(es) == 0 {
		return es
	}
	sortEdits(es)
	out := []Edit{es[0]}
	for _, e := range es[1:] {
		last := &out[len(out)-1]
		if e.Start <= last.End {
			if e.End > last.End {
				last.End = e.End
			}
			continue
		}
		out = append(out, e)
	}
	return out
}

func sortEdits(es []Edit) {
	for i := 1; i < len(es); i++ {
		for j := i; j > 0 && es[j].Start < es[j-1].Start; j-- {
			es[j], es[j-1] = es[j-1], es[j]
		}
	}
}

func lineStart(b []byte, i int) int {
	for i > 0 && b[i-1] != '\n' {
		i--
	}
	return i
}

func lineEnd(b []byte, i int) int {
	for i < len(b) && b[i] != '\n' {
		i++
	}
	return i
}

func precededByBlankLine(b []byte, s int) bool {
	if s == 0 {
		return true
	}
	prev := lineStart(b, s-1)
	return blank(b[prev : s-1])
}

// blank: only white space, no-break spaces included.
func blank(b []byte) bool {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		switch r {
		case ' ', '\t', '\r', '\u00a0', '\u202f', '\u200b', '\ufeff':
		default:
			return false
		}
		i += n
	}
	return true
}
