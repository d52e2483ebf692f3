package edit

import (
	"sort"
	"unicode/utf8"
)

// Removal turns spans to delete into edits that also take the line breaks the
// deleted lines leave behind. A span that holds all the text of its lines
// removes those lines whole; then each stretch of removed and blank lines is
// closed up: to one blank line between two paragraphs if it held one, to
// nothing at the start or the end of the text. So residue blocks that follow
// each other leave one paragraph break, not the blank lines that separated
// them. Nothing but the spans and white space is removed.
func Removal(src []byte, spans [][2]int) []Edit {
	var edits []Edit
	starts := lineStarts(src)
	removed := make([]bool, len(starts)) // by line: all its text is in a span
	for _, sp := range spans {
		s, e := sp[0], sp[1]
		if s >= e {
			continue // nothing to remove (and no line to take)
		}
		ls := lineStart(src, s)
		le := lineEnd(src, e)
		if blank(src[ls:s]) && blank(src[e:le]) {
			for i := lineIndex(starts, ls); i < len(starts) && starts[i] <= max(le-1, ls); i++ {
				removed[i] = true
			}
			continue
		}
		edits = append(edits, Edit{Start: s, End: e, New: ""})
	}
	end := func(i int) int { // the end of line i, its line break included
		if i+1 < len(starts) {
			return starts[i+1]
		}
		return len(src)
	}
	blankLine := func(i int) bool { return blank(src[starts[i]:lineEnd(src, starts[i])]) }
	for a := 0; a < len(starts); a++ {
		if !removed[a] {
			continue
		}
		// The stretch of removed and blank lines around line a: [a, b].
		for a > 0 && !removed[a-1] && blankLine(a-1) {
			a--
		}
		b := a
		firstBlank := -1
		for b < len(starts) && (removed[b] || blankLine(b)) {
			if firstBlank < 0 && !removed[b] {
				firstBlank = b
			}
			b++
		}
		b-- // the last line of the stretch
		if a > 0 && b+1 < len(starts) && firstBlank >= 0 {
			// Between two paragraphs that a blank line separated: keep one.
			edits = append(edits, Edit{Start: starts[a], End: starts[firstBlank]}, Edit{Start: end(firstBlank), End: end(b)})
		} else {
			edits = append(edits, Edit{Start: starts[a], End: end(b)})
		}
		a = b
	}
	return mergeEdits(edits)
}

// lineStarts returns the offset of every line of src: 0, and each offset
// after a line break that text follows.
func lineStarts(src []byte) []int {
	starts := []int{0}
	for i, c := range src {
		if c == '\n' && i+1 < len(src) {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// lineIndex returns the index of the line that starts at or before off.
func lineIndex(starts []int, off int) int {
	i := sort.SearchInts(starts, off+1) - 1
	return max(i, 0)
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
