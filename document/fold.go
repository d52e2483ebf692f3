package document

import (
	"sync"
	"unicode/utf8"
)

// Folded is the text as phrase matchers see it: ASCII letters in lower case,
// every run of horizontal white space (no-break spaces included) as one space,
// curly quotes and apostrophes as straight ones. Map[i] is the offset in the
// original text of folded byte i; Map[len(Text)] is len of the original.
type Folded struct {
	Text string
	Map  []int32
}

type foldCache struct {
	once sync.Once
	f    *Folded
}

// Fold returns the folded text, computed once per document.
func (d *Document) Fold() *Folded {
	d.fold.once.Do(func() { d.fold.f = FoldText(d.Text) })
	return d.fold.f
}

// Orig maps a folded span to the original text.
func (f *Folded) Orig(s, e int) Span {
	return Span{Start: int(f.Map[s]), End: int(f.Map[e])}
}

// FoldText folds any text (see Folded).
func FoldText(t string) *Folded {
	buf := make([]byte, 0, len(t))
	m := make([]int32, 0, len(t)+1)
	for i := 0; i < len(t); {
		c := t[i]
		if c < 0x80 {
			switch {
			case c >= 'A' && c <= 'Z':
				buf = append(buf, c+'a'-'A')
				m = append(m, int32(i))
				i++
				continue
			case c == ' ' || c == '\t':
				i = foldSpace(t, i, &buf, &m)
				continue
			}
			buf = append(buf, c)
			m = append(m, int32(i))
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(t[i:])
		switch r {
		case '\u00A0', '\u202F', '\u2007', '\u2009', '\u200A', '\u3000':
			i = foldSpace(t, i, &buf, &m)
			continue
		case '’', '‘', '`', '´':
			buf = append(buf, '\'')
			m = append(m, int32(i))
		case '“', '”', '„', '«', '»':
			buf = append(buf, '"')
			m = append(m, int32(i))
		default:
			for k := 0; k < n; k++ {
				buf = append(buf, t[i+k])
				m = append(m, int32(i))
			}
		}
		i += n
	}
	m = append(m, int32(len(t)))
	return &Folded{Text: string(buf), Map: m}
}

func foldSpace(t string, i int, buf *[]byte, m *[]int32) int {
	*buf = append(*buf, ' ')
	*m = append(*m, int32(i))
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
