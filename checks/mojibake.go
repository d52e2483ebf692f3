package checks

import (
	"context"
	"fmt"
	"unicode/utf8"

	"github.com/copydesk/copydesk/document"
)

// mojibakeCheck finds UTF-8 text that was decoded as Windows-1252 or Latin-1
// and encoded again ("â€™" for "’", "Ã©" for "é"). It re-encodes candidate
// characters to bytes and accepts only sequences that form valid UTF-8, so
// real accented words never match.
type mojibakeCheck struct{}

func init() {
	Register(Family{ID: "format.mojibake", Rules: []RuleInfo{{ID: "format.mojibake", Category: Formatting, Severity: Error,
		Description: "Garbled characters from UTF-8 read as Windows-1252/Latin-1 (\"â€™\", \"Ã©\").", Fixable: true}},
		New: func(*Setup) (Check, error) { return mojibakeCheck{}, nil }})
}

func (mojibakeCheck) ID() string { return "format.mojibake" }

// cp1252 maps the Windows-1252 characters of bytes 0x80–0x9F back to their byte.
var cp1252 = map[rune]byte{
	'€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89,
	'Š': 0x8A, '‹': 0x8B, 'Œ': 0x8C, 'Ž': 0x8E, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95,
	'–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99, 'š': 0x9A, '›': 0x9B, 'œ': 0x9C, 'ž': 0x9E, 'Ÿ': 0x9F,
}

// byteOf returns the single byte that Windows-1252 or Latin-1 decodes to r.
func byteOf(r rune) (byte, bool) {
	if r >= 0x80 && r <= 0xFF {
		return byte(r), true
	}
	b, ok := cp1252[r]
	return b, ok
}

func (mojibakeCheck) Check(ctx context.Context, d *document.Document, emit func(Finding)) {
	t := d.Text
	for i := 0; i < len(t); {
		if i = nextNonASCII(t, i); i == len(t) {
			break
		}
		if t[i] != 0xC3 && t[i] != 0xC2 && t[i] != 0xC5 { // lead bytes of U+00C0–U+00FF and U+0152–U+017F
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(t[i:])
		if r < 0xC2 || r > 0xF4 {
			i += n
			continue
		}
		lead := byte(r)
		need := 1
		if lead >= 0xE0 {
			need = 2
		}
		if lead >= 0xF0 {
			need = 3
		}
		buf := []byte{lead}
		j := i + n
		for k := 0; k < need && j < len(t); k++ {
			r2, n2 := utf8.DecodeRuneInString(t[j:])
			b, ok := byteOf(r2)
			if !ok || b < 0x80 || b > 0xBF {
				break
			}
			buf = append(buf, b)
			j += n2
		}
		if len(buf) != need+1 {
			i += n
			continue
		}
		fixed, size := utf8.DecodeRune(buf)
		if fixed == utf8.RuneError || size != len(buf) || fixed < 0x80 {
			i += n
			continue
		}
		repl := string(fixed)
		emit(Finding{Rule: "format.mojibake", Category: Formatting, Span: document.Span{Start: i, End: j}, Confidence: 0.95,
			Message: fmt.Sprintf("Garbled character %q is %q read with the wrong encoding", t[i:j], repl),
			Fixes:   []Fix{{Replacement: repl, Safe: true}}})
		i = j
	}
}
