package document

import (
	"testing"
	"unicode/utf8"
)

// FuzzSegment: any bytes segment without panic; every span lies inside the
// text and ordered; positions round-trip on rune boundaries.
func FuzzSegment(f *testing.F) {
	for _, s := range []string{"", "Gen. Gen. Othman al-Ghanemi", "\xEF\xBB\xBFa\r\nb\n\n c", "اترك تعليق x", "caf\xe9", "U.S. \"quote\" (x) 10: 26", "\u00a0\u200b\u202e",
		"<https://fsf.org/> [a](https://x.org/b) persistent-https://x.org url=www.x.org (a@b.co)"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		d := New("f", "f", raw)
		n := len(d.Text)
		check := func(kind string, s Span) {
			if s.Start < 0 || s.End > n || s.Start > s.End {
				t.Fatalf("%s span %v outside [0,%d]", kind, s, n)
			}
		}
		for i, s := range d.Lines {
			check("line", s)
			if got, want := d.LineTokens(i), d.TokensIn(s); !sameTokens(got, want) {
				t.Fatalf("line %d %v: LineTokens has %d tokens, TokensIn %d", i, s, len(got), len(want))
			}
		}
		prev := -1
		for _, s := range d.Paragraphs {
			check("paragraph", s)
			if s.Start < prev {
				t.Fatalf("paragraphs out of order")
			}
			prev = s.End
		}
		for i, s := range d.Sentences {
			check("sentence", s)
			if got, want := d.SentenceTokens(i), d.TokensIn(s); !sameTokens(got, want) {
				t.Fatalf("sentence %d %v: SentenceTokens has %d tokens, TokensIn %d", i, s, len(got), len(want))
			}
		}
		prev = -1
		for _, tk := range d.Tokens {
			check("token", tk.Span)
			if tk.Start < prev || tk.Len() == 0 {
				t.Fatalf("token %v overlaps the previous or is empty", tk.Span)
			}
			prev = tk.End
		}
		for _, r := range d.Scripts {
			check("script run", r.Span)
		}
		f := d.Fold()
		if whole := f.Orig(0, len(f.Text)); whole.End != n || whole.Start != 0 {
			t.Fatalf("folded text maps to %v", whole)
		}
		for x := 0; x <= len(f.Text); x++ {
			if o := f.Orig(x, x).Start; o < 0 || o > n {
				t.Fatalf("folded offset %d maps outside the text: %d", x, o)
			}
		}
		for i := d.BOM; i <= n; i++ {
			if i < n && !utf8.RuneStart(d.Text[i]) {
				continue
			}
			if got := d.Offset(d.Position(i)); got != i && !(i == n && got == n) {
				p := d.Position(i)
				// An offset just after a '\r' at a CRLF is the same column as the '\n'.
				if !(i > 0 && d.Text[i-1] == '\r') {
					t.Fatalf("Offset(Position(%d)=%v) = %d", i, p, got)
				}
			}
		}
	})
}
