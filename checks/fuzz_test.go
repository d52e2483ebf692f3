package checks

import (
	"context"
	"testing"
	"unicode/utf8"

	"github.com/copydesk/copydesk/config"
	"github.com/copydesk/copydesk/document"
	"github.com/copydesk/copydesk/edit"
	"github.com/copydesk/copydesk/rules"
)

// FuzzChecks runs every check on any bytes: no panic (a check that panics
// becomes meta.check-failed, which fails here), spans inside the text and on
// rune boundaries, suggestions valid UTF-8; and applying the safe fixes leaves
// every byte outside the fixed spans as it was, and can be checked again.
func FuzzChecks(f *testing.F) {
	for _, s := range []string{"Gen. Gen. Othman al-Ghanemi met\u00a0Shoigu at 10: 26 .. %s", "US -Russian ((TV)) “quote",
		"Leave a Reply\n\nTwitter picture\n", "اترك تعليق and Иран and the countryisde", "ISIS and ISUS and al-Daesh and Daesh",
		"0 $\n2,500 $\n", "caf\xe9 â€™ \x00 \u200b", "<p>x &amp;#8217; <a href=\"y\">z</a><!-- c --><script>q</script> &nbsp;<br>", "said，the ٢٠٢٣ Ｑ３ 《x》\u3000",
		"cutting off All connections; The 31st of January and Feb. 10, 2023 10: 26, on the evening of the 8th, 9 Aug",
		"a b c d e, a b c d e, a b c d e,, the file with the file with",
		"He said \"no\", don't and don’t the \"Plan\". Vučić, Vucic, IntFlag and UintFlag, An ASCII, Kevin Smith, Kevin Thomas, Geisendo\u0308rfer and Geisendörfer, \u0421hina, Bol\u0448\u043ei",
		`The adminis- tration, govern-\nment's naïve plan \u2019 \ud83d\ude00 said \"no\" https:\/\/x.com\/a left.\n\tThe \r\n \\n a\/b`,
		"a arena, an US envoy, a 8-year-old, an 11, a FBI, \"No,\" - Shoigu said. \"Yes.\" \u2014 said he. In his words, the",
		"Kyiv and Kiev; Turkey, formerly T\u00fcrkiye; al-Sudani, Al-Sudani and Sudani; Share this:\nAMK/"} {
		f.Add([]byte(s))
	}
	// Every rule, the house settings' too (quote-punctuation acts only when set).
	packs, err := rules.Load(nil)
	if err != nil {
		f.Fatal(err)
	}
	cfg := config.Default()
	cfg.QuotePunctuation = "american"
	e, err := NewEngine(&Setup{Config: cfg, Packs: packs}, nil)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		d := document.New("f.txt", "f", raw)
		r := e.CheckDocument(context.Background(), d)
		var edits []edit.Edit
		for _, fd := range r.Findings {
			if fd.Rule == "meta.check-failed" {
				t.Fatalf("a check failed: %s", fd.Message)
			}
			s := fd.Span
			if s.Start < 0 || s.End > len(raw) || s.Start > s.End {
				t.Fatalf("%s: span %v outside the text", fd.Rule, s)
			}
			if !boundary(raw, s.Start) || !boundary(raw, s.End) {
				t.Fatalf("%s: span %v not on rune boundaries", fd.Rule, s)
			}
			for _, x := range fd.Fixes {
				if !utf8.ValidString(x.Replacement) {
					t.Fatalf("%s: suggestion %q is not UTF-8", fd.Rule, x.Replacement)
				}
			}
			if x, ok := fd.SafeFix(); ok {
				edits = append(edits, edit.Edit{Start: s.Start, End: s.End, New: x.Replacement})
			}
		}
		out, applied, _ := edit.Apply(raw, edits)
		// Outside the applied spans the bytes are unchanged, in order.
		pos, opos := 0, 0
		for _, a := range applied {
			if string(raw[pos:a.Start]) != string(out[opos:opos+a.Start-pos]) {
				t.Fatalf("text before %d changed", a.Start)
			}
			opos += a.Start - pos + len(a.New)
			pos = a.End
		}
		if string(raw[pos:]) != string(out[opos:]) {
			t.Fatalf("text after the last fix changed")
		}
		e.CheckDocument(context.Background(), document.New("f.txt", "f", out))
	})
}

// boundary: p starts a character, or a byte that is not part of any valid character.
func boundary(raw []byte, p int) bool {
	if p >= len(raw) || utf8.RuneStart(raw[p]) {
		return true
	}
	r, n := utf8.DecodeRune(raw[p:])
	if r != utf8.RuneError || n != 1 {
		return false
	}
	// A continuation byte is a boundary only if it does not continue a valid character before it.
	for k := 1; k <= 3 && p-k >= 0; k++ {
		if utf8.RuneStart(raw[p-k]) {
			r, n := utf8.DecodeRune(raw[p-k:])
			return r == utf8.RuneError || n <= k
		}
	}
	return true
}
