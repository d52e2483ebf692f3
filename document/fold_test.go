package document

import (
	"encoding/binary"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestFold(t *testing.T) {
	raw := "Leave\u00a0 A “Reply” — don’t\tGo"
	f := FoldText(raw)
	if f.Text != "leave a \"reply\" — don't go" {
		t.Errorf("folded = %q", f.Text)
	}
	if f.Orig(0, len(f.Text)) != (Span{0, len(raw)}) {
		t.Fatalf("the whole folded text maps to %v, want [0,%d)", f.Orig(0, len(f.Text)), len(raw))
	}
	// "reply" maps back to the original bytes, quotes excluded.
	sp := f.Orig(9, 14)
	if raw[sp.Start:sp.End] != "Reply" {
		t.Errorf("orig = %q", raw[sp.Start:sp.End])
	}
}

// foldReference is the folding rule written one rune at a time, with the
// original offset of every folded byte: the fast FoldText must agree with it.
func foldReference(t string) (string, []int) {
	var out []byte
	var orig []int
	for i := 0; i < len(t); {
		r, n := utf8.DecodeRuneInString(t[i:])
		switch {
		case r == ' ' || r == '\t' || r == '\u00A0' || r == '\u202F' || r == '\u2007' || r == '\u2009' || r == '\u200A' || r == '\u3000':
			out, orig = append(out, ' '), append(orig, i)
			i = skipSpace(t, i)
			continue
		case r >= 'A' && r <= 'Z':
			out, orig = append(out, byte(r)+'a'-'A'), append(orig, i)
		case r == '’' || r == '‘' || r == '`' || r == '´':
			out, orig = append(out, '\''), append(orig, i)
		case r == '“' || r == '”' || r == '„' || r == '«' || r == '»':
			out, orig = append(out, '"'), append(orig, i)
		default:
			for k := 0; k < n; k++ {
				out, orig = append(out, t[i+k]), append(orig, i+k)
			}
		}
		i += n
	}
	return string(out), append(orig, len(t))
}

func TestFoldAgreesWithReference(t *testing.T) {
	// Long runs of plain ASCII (capitals, '@', '[', '`', '{' around the letters, single and double
	// spaces) go through the eight-bytes-at-a-time path.
	pieces := []string{"A", "b", " ", "\t", "\u00a0", "’", "“", "é", "\x00", "\xff", "Z", ".", "\n", "\u3000", "ß", "اترك",
		"Leave a Reply", "@[`{", "  ", "QUICK brown", "xyzXYZ", "~\x7f\x1f"}
	rng := rand.New(rand.NewPCG(3, 4))
	for n := 0; n < 40000; n++ {
		var b strings.Builder
		for k := rng.IntN(30); k >= 0; k-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		text := b.String()
		f := FoldText(text)
		want, orig := foldReference(text)
		if f.Text != want {
			t.Fatalf("FoldText(%q) = %q, want %q", text, f.Text, want)
		}
		for x := 0; x <= len(want); x++ {
			if got := f.orig(x); got != orig[x] {
				t.Fatalf("FoldText(%q): folded offset %d maps to %d, want %d", text, x, got, orig[x])
			}
			if got := f.Offset(orig[x]); got != x { // and back: the original offset of each folded byte
				t.Fatalf("FoldText(%q): original offset %d maps to folded %d, want %d", text, orig[x], got, x)
			}
		}
	}
}

// TestEightBytesAtATime checks the word-at-a-time tests against their
// byte-at-a-time meaning, for every byte value at every place of a word, and
// for pairs of spaces.
func TestEightBytesAtATime(t *testing.T) {
	plain := func(b []byte) bool {
		for k, c := range b {
			if c >= 0x80 || c < 0x20 || c == '`' || c == ' ' && (k == 7 || b[k+1] == ' ') {
				return false
			}
		}
		return true
	}
	check := func(b []byte) {
		x := binary.LittleEndian.Uint64(b)
		if got := plainASCII(x); got != plain(b) {
			t.Fatalf("plainASCII(%q) = %v", b, got)
		}
		want := make([]byte, 8)
		for k, c := range b {
			want[k] = c
			if c >= 'A' && c <= 'Z' {
				want[k] = c + 'a' - 'A'
			}
		}
		if plain(b) {
			if got := binary.LittleEndian.AppendUint64(nil, lowerASCII8(x)); string(got) != string(want) {
				t.Fatalf("lowerASCII8(%q) = %q, want %q", b, got, want)
			}
		}
	}
	for k := 0; k < 8; k++ {
		for c := 0; c < 256; c++ {
			b := []byte("aZ@[ b{~")
			b[k] = byte(c)
			check(b)
		}
		for j := 0; j < 8; j++ {
			b := []byte("QRSTUVWX")
			b[k], b[j] = ' ', ' '
			check(b)
		}
	}
}
