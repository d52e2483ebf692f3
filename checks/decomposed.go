package checks

import (
	"context"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/copydesk/copydesk/document"
)

// decomposedCheck finds letters written as a base letter and a separate
// combining accent ("o" + U+0308 for "ö"), as text copied from a Mac's file
// names or some PDF extractors arrives. It looks the same, but search, sort
// and name matching treat "Geisendörfer" and its decomposed twin as two
// words. Only accents Unicode composes into one letter are reported
// (the word's NFC form differs); a letter with no precomposed form keeps its
// marks. One finding a word, fixed to the word's composed form: a safe fix,
// since the text a reader sees does not change.
type decomposedCheck struct{}

func init() {
	Register(Family{ID: "format.decomposed-accent", Rules: []RuleInfo{{ID: "format.decomposed-accent", Category: Formatting, Severity: Warning,
		Description: "An accented letter written as a letter and a separate combining accent (decomposed Unicode); it looks the same but searches and matches as another word.", Fixable: true}},
		New: func(*Setup) (Check, error) { return decomposedCheck{}, nil }})
}

func (decomposedCheck) ID() string { return "format.decomposed-accent" }

func (decomposedCheck) Check(ctx context.Context, d *document.Document, emit func(Finding)) {
	t := d.Text
	marks := newByteFinder(t, combiningLeads) // most documents have none: the first search ends the check
	for i := 0; i < len(t); {
		at := marks.from(i)
		if at == len(t) {
			return
		}
		if r, _ := utf8.DecodeRuneInString(t[at:]); !unicode.Is(unicode.Mn, r) {
			i = at + 1 // a Greek letter of U+0370–U+037F
			continue
		}
		start, end := wordAround(t, at)
		word := t[start:end]
		if composed := norm.NFC.String(word); composed != word {
			emit(Finding{Rule: "format.decomposed-accent", Category: Formatting, Span: document.Span{Start: start, End: end}, Confidence: 0.95,
				Message: fmt.Sprintf("%q is written with separate combining accents (decomposed Unicode); it looks like %q but searches and matches as another word", word, composed),
				Fixes:   []Fix{{Replacement: composed, Safe: true}}})
		}
		i = max(end, at+1)
	}
}

// combiningLeads are the first bytes of the combining accents U+0300–U+036F
// in UTF-8 (and of Greek U+0370–U+037F, which the check skips).
const combiningLeads = "\xcc\xcd"

// hasCombiningAccent: s may hold a combining accent (a byte of combiningLeads).
func hasCombiningAccent(s string) bool {
	return strings.IndexByte(s, combiningLeads[0]) >= 0 || strings.IndexByte(s, combiningLeads[1]) >= 0
}

// wordAround returns the word (letters and combining marks) around byte i.
func wordAround(t string, i int) (start, end int) {
	inWord := func(r rune) bool { return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) }
	start = i
	for start > 0 {
		r, n := utf8.DecodeLastRuneInString(t[:start])
		if !inWord(r) {
			break
		}
		start -= n
	}
	end = i
	for end < len(t) {
		r, n := utf8.DecodeRuneInString(t[end:])
		if !inWord(r) {
			break
		}
		end += n
	}
	return start, end
}
