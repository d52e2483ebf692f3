package document

import (
	"encoding/binary"
	"sort"
	"sync"
	"unicode/utf8"
	"unsafe"

	"github.com/copydesk/copydesk/internal/swar"
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
	d.fold.once.Do(func() {
		var buf []byte // the folded text is never longer than the text
		if d.held != nil {
			if cap(d.held.fold) < len(d.Text) {
				d.held.fold = make([]byte, len(d.Text))
			}
			buf = d.held.fold[:len(d.Text)] // given back with the segmentation at Compact
		}
		d.fold.f = foldInto(d.Text, buf)
	})
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

// Offset maps an original offset to the folded text. It is exact at the
// start of a character outside a run of white space, and at the end of the
// text; inside a run it may point past the run's one space.
func (f *Folded) Offset(x int) int {
	lo, hi := 0, len(f.cps) // the last checkpoint at or before x
	for hi-lo > 1 {
		m := int(uint(lo+hi) >> 1)
		if int(f.cps[m].o) <= x {
			lo = m
		} else {
			hi = m
		}
	}
	return min(int(f.cps[lo].f)+x-int(f.cps[lo].o), len(f.Text))
}

// Orig maps a folded span to the original text.
func (f *Folded) Orig(s, e int) Span {
	return Span{Start: f.orig(s), End: f.orig(e)}
}

// FoldText folds any text (see Folded). The folded text is never longer than
// the original, so it is written into one buffer of that size; runs of plain
// ASCII are folded in a tight loop, with one checkpoint test per run.
func FoldText(t string) *Folded { return foldInto(t, nil) }

// foldInto is FoldText writing into buf, which holds len(t) bytes (nil:
// allocated).
func foldInto(t string, buf []byte) *Folded {
	if t == "" {
		return &Folded{cps: []checkpoint{{0, 0}, {0, 0}}}
	}
	if buf == nil {
		buf = make([]byte, len(t))
	}
	w := 0 // bytes written
	f := &Folded{cps: []checkpoint{{0, 0}}}
	delta := 0 // original minus folded offset in force
	for i := 0; i < len(t); {
		if d := i - w; d != delta { // the next folded byte comes from i
			delta = d
			f.cps = append(f.cps, checkpoint{int32(w), int32(i)})
		}
		c := t[i]
		if c < 0x80 {
			if c == ' ' || c == '\t' {
				buf[w] = ' '
				w++
				i++
				if i < len(t) && (t[i] == ' ' || t[i] == '\t' || t[i] >= 0x80) {
					i = skipSpace(t, i) // a run of spaces, or maybe a no-break space
				}
				continue
			}
			if c == 0 {
				buf[w] = 0
				w++
				i++
				continue
			}
			for i+8 <= len(t) { // eight bytes at a time while lower-casing is all they need
				x := binary.LittleEndian.Uint64(unsafe.Slice(unsafe.StringData(t[i:]), 8)) // swar.Load is not inlined into a function this large
				if !plainASCII(x) {
					break
				}
				binary.LittleEndian.PutUint64(buf[w:], lowerASCII8(x))
				w += 8
				i += 8
			}
			for i < len(t) && foldASCII[t[i]] != 0 {
				buf[w] = foldASCII[t[i]]
				w++
				i++
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(t[i:])
		switch r {
		case '\u00A0', '\u202F', '\u2007', '\u2009', '\u200A', '\u3000':
			buf[w] = ' '
			w++
			i = skipSpace(t, i)
			continue
		case '’', '‘', '´':
			buf[w] = '\''
			w++
		case '“', '”', '„', '«', '»':
			buf[w] = '"'
			w++
		default:
			w += copy(buf[w:], t[i:i+n])
		}
		i += n
	}
	f.cps = append(f.cps, checkpoint{int32(w), int32(len(t))})
	f.Text = unsafe.String(&buf[0], w) // buf is never written again
	return f
}

// plainASCII: the eight bytes of x (a little-endian load) fold to
// themselves but for capitals: printable ASCII, no backtick, no two spaces
// in a row, and not ending with a space (which the next byte might continue).
func plainASCII(x uint64) bool {
	// The swar tests written out, so that plainASCII stays small enough to be inlined.
	if x&swar.Highs != 0 || (x-0x20*swar.Ones)&^x&swar.Highs != 0 { // beyond ASCII, or a control byte (tab, newline, NUL)
		return false
	}
	if b := x ^ '`'*swar.Ones; (b-swar.Ones)&^b&swar.Highs != 0 { // a backtick, folded to an apostrophe
		return false
	}
	e := x ^ 0x20*swar.Ones                                                 // spaces become zero bytes
	z := ^((e&^swar.Highs + ^uint64(swar.Highs)) | e | ^uint64(swar.Highs)) // the high bit of each zero byte, exactly
	return z&(z<<8) == 0 && z>>63 == 0
}

// lowerASCII8 lower-cases the capitals among eight ASCII bytes.
func lowerASCII8(x uint64) uint64 {
	geA := x + (0x80-'A')*swar.Ones     // high bit set where the byte is 'A' or above
	gtZ := x + (0x80-'Z'-1)*swar.Ones   // high bit set where the byte is above 'Z'
	return x | (geA&^gtZ&swar.Highs)>>2 // 0x80 >> 2 is the case bit
}

// foldASCII maps each ASCII byte but the space and the tab to its folded
// form (capitals to lower case); 0 marks the bytes the loop stops at (NUL,
// which FoldText copies on its own).
var foldASCII = func() (m [256]byte) {
	for c := 1; c < 0x80; c++ {
		m[c] = byte(c)
		if c >= 'A' && c <= 'Z' {
			m[c] = byte(c) + 'a' - 'A'
		}
	}
	m[' '], m['\t'] = 0, 0
	m['`'] = '\'' // a backtick for an apostrophe ("don`t"), as the curly ones
	return
}()

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
