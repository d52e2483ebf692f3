package document

import (
	"sort"
	"sync"
	"unicode/utf8"
)

// Folded is the text as phrase matchers see it: ASCII letters in lower case,
// every run of horizontal white space (no-break spaces included) as one space,
// curly quotes and apostrophes as straight ones. Offsets map back to the
// original through checkpoints kept only where the two drift apart, so the map
// costs almost nothing however long the text.
type Folded struct {
	Text string
	cps  []checkpoint
}

// checkpoint: from folded offset f on (to the next checkpoint), the original
// offset is o + (x - f).
type checkpoint struct{ f, o int32 }

type foldCache struct {
	once sync.Once
	f    *Folded
}

// Fold returns the folded text, computed once per document.
func (d *Document) Fold() *Folded {
	d.fold.once.Do(func() { d.fold.f = FoldText(d.Text) })
	return d.fold.f
}

// orig maps one folded offset to the original text.
func (f *Folded) orig(x int) int {
	i := sort.Search(len(f.cps), func(i int) bool { return int(f.cps[i].f) > x }) - 1
	if i < 0 {
		i = 0
	}
	return int(f.cps[i].o) + x - int(f.cps[i].f)
}

// Orig maps a folded span to the original text.
func (f *Folded) Orig(s, e int) Span {
	return Span{Start: f.orig(s), End: f.orig(e)}
}

// FoldText folds any text (see Folded).
func FoldText(t string) *Folded {
	buf := make([]byte, 0, len(t))
	f := &Folded{cps: []checkpoint{{0, 0}}}
	delta := 0               // original minus folded offset in force
	mark := func(orig int) { // the next folded byte comes from orig
		if d := orig - len(buf); d != delta {
			delta = d
			f.cps = append(f.cps, checkpoint{int32(len(buf)), int32(orig)})
		}
	}
	for i := 0; i < len(t); {
		c := t[i]
		if c < 0x80 {
			switch {
			case c >= 'A' && c <= 'Z':
				mark(i)
				buf = append(buf, c+'a'-'A')
				i++
				continue
			case c == ' ' || c == '\t':
				mark(i)
				buf = append(buf, ' ')
				i = skipSpace(t, i)
				continue
			}
			mark(i)
			buf = append(buf, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(t[i:])
		switch r {
		case '\u00A0', '\u202F', '\u2007', '\u2009', '\u200A', '\u3000':
			mark(i)
			buf = append(buf, ' ')
			i = skipSpace(t, i)
			continue
		case '’', '‘', '`', '´':
			mark(i)
			buf = append(buf, '\'')
		case '“', '”', '„', '«', '»':
			mark(i)
			buf = append(buf, '"')
		default:
			mark(i)
			buf = append(buf, t[i:i+n]...)
		}
		i += n
	}
	f.cps = append(f.cps, checkpoint{int32(len(buf)), int32(len(t))})
	f.Text = string(buf)
	return f
}

// skipSpace returns the end of the run of horizontal white space at i.
func skipSpace(t string, i int) int {
	for i < len(t) {
		if t[i] == ' ' || t[i] == '\t' {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(t[i:])
		if r == '\u00A0' || r == '\u202F' || r == '\u2007' || r == '\u2009' || r == '\u200A' || r == '\u3000' {
			i += n
			continue
		}
		break
	}
	return i
}
