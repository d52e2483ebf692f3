package checks

import (
	"context"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/document"
)

// homoglyphCheck finds Latin words with Cyrillic or Greek letters inside
// that look like Latin ones ("Сhina" with a Cyrillic С, "Ukrаine" with a
// Cyrillic а), as text typed on a Russian keyboard layout, copied from a
// Russian or Greek source, or read by OCR arrives. A reader sees nothing;
// search, spelling and name matching see another word (the spelling check
// used to report "hina"). The fix swaps each look-alike for its Latin
// letter, safely, since the word a reader sees does not change; a word with
// a Cyrillic or Greek letter that has no Latin twin gets no fix.
type homoglyphCheck struct{}

func init() {
	Register(Family{ID: "format.homoglyph", Rules: []RuleInfo{{ID: "format.homoglyph", Category: Formatting, Severity: Warning,
		Description: "A Latin word with Cyrillic or Greek look-alike letters inside (\"Сhina\" with a Cyrillic С): it reads the same but searches and spells as another word.", Fixable: true}},
		New: func(*Setup) (Check, error) { return homoglyphCheck{}, nil }})
}

func (homoglyphCheck) ID() string { return "format.homoglyph" }

// latinTwin maps Cyrillic and Greek letters drawn like a Latin letter to it.
var latinTwin = map[rune]rune{
	'а': 'a', 'е': 'e', 'о': 'o', 'р': 'p', 'с': 'c', 'у': 'y', 'х': 'x', 'і': 'i', 'ј': 'j', 'ѕ': 's',
	'А': 'A', 'В': 'B', 'Е': 'E', 'К': 'K', 'М': 'M', 'Н': 'H', 'О': 'O', 'Р': 'P', 'С': 'C', 'Т': 'T', 'Х': 'X', 'І': 'I', 'Ј': 'J', 'Ѕ': 'S',
	'ο': 'o', 'α': 'a', 'ν': 'v', 'Α': 'A', 'Β': 'B', 'Ε': 'E', 'Ζ': 'Z', 'Η': 'H', 'Ι': 'I', 'Κ': 'K', 'Μ': 'M', 'Ν': 'N', 'Ο': 'O',
	'Ρ': 'P', 'Τ': 'T', 'Υ': 'Y', 'Χ': 'X',
}

func (homoglyphCheck) Check(ctx context.Context, d *document.Document, emit func(Finding)) {
	t := d.Text
	// The look-alikes, Greek U+0391–U+03C9 and Cyrillic U+0400–U+045F,
	// start with bytes 0xCE–0xD1 in UTF-8: a text without them stops here.
	marks := newByteFinder(t, "\xce\xcf\xd0\xd1")
	for i := 0; i < len(t); {
		at := marks.from(i)
		if at == len(t) {
			return
		}
		start, end := wordAround(t, at)
		i = max(end, at+1)
		word := t[start:end]
		if !hasASCIILetter(word) {
			continue // a Cyrillic or Greek word: language.foreign-script's
		}
		var b strings.Builder
		var odd []string
		fixable := true
		for _, r := range word {
			if r < utf8.RuneSelf {
				b.WriteRune(r)
				continue
			}
			twin, ok := latinTwin[r]
			if !ok {
				if unicode.In(r, unicode.Cyrillic, unicode.Greek) {
					fixable = false
				}
				b.WriteRune(r)
				continue
			}
			odd = append(odd, string(r))
			b.WriteRune(twin)
		}
		if len(odd) == 0 {
			continue
		}
		f := Finding{Rule: "format.homoglyph", Category: Formatting, Span: document.Span{Start: start, End: end}, Confidence: 0.95,
			Message: fmt.Sprintf("%q has Cyrillic or Greek letters that look Latin (%s); it reads as %q but searches and spells as another word",
				word, strings.Join(odd, " "), b.String())}
		if fixable {
			f.Fixes = []Fix{{Replacement: b.String(), Safe: true}}
		}
		emit(f)
	}
}

// hasASCIILetter: s holds a Latin letter of ASCII.
func hasASCIILetter(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c >= 'a' && c <= 'z' {
			return true
		}
	}
	return false
}
