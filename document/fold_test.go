package document

import (
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
	pieces := []string{"A", "b", " ", "\t", "\u00a0", "’", "“", "é", "\x00", "\xff", "Z", ".", "\n", "\u3000", "ß", "اترك"}
	rng := rand.New(rand.NewPCG(3, 4))
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := rng.IntN(12); k >= 0; k-- {
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
		}
	}
}
