package checks

import (
	"context"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/document"
	"github.com/copydesk/copydesk/lexicon"
)

// splitWordCheck finds a word cut in two by the hyphen of a line break that
// a PDF extractor, an OCR pass or a scraper left in the running text:
// "adminis- tration", "Presi- dent", "govern-\nment's". It reports the pair
// when the two pieces joined are an English word and one of them is no word
// by itself: then the hyphen cannot be a compound's ("one- time", "well-
// being" join two words and stay alone), nor a suspended one ("pre- and
// post-war"). A prefix that never stands alone ("inter- national",
// "co- operation") counts as no word. After a hyphen that ends a line, a
// prefix joins nothing: a writer who wrapped "non-\nviolent" wrote the
// hyphen. The fix joins the pieces; it is safe when the first is no word
// (a compound's hyphen follows a word).
type splitWordCheck struct {
	prefixes map[string]bool // rules/packs/compounds.yaml, as for mt.spacing
}

func init() {
	Register(Family{ID: "format.split-word", Rules: []RuleInfo{{ID: "format.split-word", Category: Formatting, Severity: Warning,
		Description: "A word cut in two by a line break's hyphen (\"adminis- tration\", \"govern-\\nment\"), as PDF extraction and scraping leave it.", Fixable: true}},
		New: func(s *Setup) (Check, error) {
			return splitWordCheck{prefixes: boundPrefixes(s)}, nil
		}})
}

func (splitWordCheck) ID() string { return "format.split-word" }

func (c splitWordCheck) Check(ctx context.Context, d *document.Document, emit func(Finding)) {
	t := d.Text
	var lex *lexicon.Lexicon // loaded at the first candidate: most documents have none
	// A byte search for the hyphens, not the shared tokens: the other
	// format checks read bytes, and a run of them alone need not segment.
	for i := 0; i < len(t); {
		j := strings.IndexByte(t[i:], '-')
		if j < 0 {
			return
		}
		h := i + j
		i = h + 1
		as, bs, be, lineBreak, ok := splitPieces(t, h)
		if !ok {
			continue
		}
		first, second := t[as:h], t[bs:be]
		if suspendingConjunction[second] {
			continue
		}
		if lex == nil {
			var err error
			if lex, err = lexicon.English(); err != nil {
				return // the typo checks report a broken word list
			}
		}
		joined := first + second
		if !lex.Known(joined) {
			continue
		}
		prefix := inLowered(c.prefixes, first)
		firstWord, secondWord := standsAlone(lex, first) && !prefix, standsAlone(lex, second)
		if firstWord && secondWord || lineBreak && prefix {
			continue
		}
		conf := 0.85
		if lineBreak {
			conf = 0.75
		}
		emit(Finding{Rule: "format.split-word", Category: Formatting, Span: document.Span{Start: as, End: be}, Confidence: conf,
			Message: fmt.Sprintf("%q is one word cut in two by a line break's hyphen; write %q", strings.Join(strings.Fields(t[as:be]), " "), joined),
			Fixes:   []Fix{{Replacement: joined, Safe: !firstWord && !prefix}}})
		i = be
	}
}

// splitPieces reads the pieces around the hyphen at t[h]: a word of two
// Latin letters or more ending at h, after a space, a line's start or an
// opening mark (not a compound's part: "long-term- plan"); then spaces, or
// one line break with spaces; then a lower-case word of two letters or more,
// with a possessive ending, that no hyphen, letter or digit continues.
func splitPieces(t string, h int) (as, bs, be int, lineBreak, ok bool) {
	as = h
	for as > 0 {
		r, n := utf8.DecodeLastRuneInString(t[:as])
		if !isLatinLetter(r) {
			break
		}
		as -= n
	}
	if h-as < 2 {
		return 0, 0, 0, false, false
	}
	if as > 0 {
		if r, _ := utf8.DecodeLastRuneInString(t[:as]); !unicode.IsSpace(r) && !strings.ContainsRune("(\"“‘'[", r) {
			return 0, 0, 0, false, false
		}
	}
	bs = h + 1
	for bs < len(t) && (t[bs] == ' ' || t[bs] == '\t') {
		bs++
	}
	if bs < len(t) && t[bs] == '\r' {
		bs++
	}
	if bs < len(t) && t[bs] == '\n' {
		lineBreak = true
		for bs++; bs < len(t) && (t[bs] == ' ' || t[bs] == '\t'); bs++ {
		}
	}
	if bs == h+1 || t[bs-1] == '\r' {
		return 0, 0, 0, false, false // no gap: a compound ("well-known")
	}
	be = bs
	for be < len(t) {
		r, n := utf8.DecodeRuneInString(t[be:])
		if !isLatinLetter(r) || be == bs && !unicode.IsLower(r) {
			break
		}
		be += n
	}
	if be-bs < 2 {
		return 0, 0, 0, false, false
	}
	for _, suf := range []string{"'s", "’s"} {
		if strings.HasPrefix(t[be:], suf) {
			be += len(suf)
			break
		}
	}
	if r, _ := utf8.DecodeRuneInString(t[be:]); be < len(t) && (r == '-' || unicode.IsLetter(r) || unicode.IsDigit(r)) {
		return 0, 0, 0, false, false // "well- to-do": a compound goes on
	}
	return as, bs, be, lineBreak, true
}

// isLatinLetter: a letter of the Latin script.
func isLatinLetter(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= 0x80 && unicode.Is(unicode.Latin, r)
}

// standsAlone: w (without a possessive ending) is a word of everyday
// English, to SCOWL level 60. The rare entries of the word list ("ment",
// level 80) are pieces of words more often than words in news copy.
func standsAlone(lex *lexicon.Lexicon, w string) bool {
	for _, suf := range []string{"'s", "’s", "'", "’"} {
		if b, ok := strings.CutSuffix(w, suf); ok && b != "" {
			w = b
			break
		}
	}
	lv := lex.Level(w)
	return lv > 0 && lv <= 60
}
