package checks

import (
	"context"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/document"
)

// attributionDashCheck finds a dash between a quotation and the words that
// say who spoke ("The enemy suffers losses," - Shoigu said): Russian and
// Ukrainian punctuate direct speech so («…», — сказал Шойгу), and translation
// engines and translators keep the dash. English runs the attribution on
// after the closing quotation mark. The quotation must end with its own
// comma, full stop, question or exclamation mark, and a verb of saying
// must follow within a few words, so a dash that opens an aside after a
// quoted title ("Dune" - the film - opened) stays. The fix deletes the
// dash, safely, and turns a full stop that closes the quotation into the
// comma an attribution takes ("Yes," said the minister).
type attributionDashCheck struct{}

func init() {
	Register(Family{ID: "mt.attribution-dash", Rules: []RuleInfo{{ID: "mt.attribution-dash", Category: MTArtefact, Severity: Warning, Fixable: true,
		Description: "A dash between a quotation and its attribution (\"…losses,\" - Shoigu said), as Russian punctuates direct speech."}},
		New: func(*Setup) (Check, error) { return attributionDashCheck{}, nil }})
}

func (attributionDashCheck) ID() string { return "mt.attribution-dash" }

// sayingVerbs are the verbs of an attribution.
var sayingVerbs = map[string]bool{"said": true, "says": true, "added": true, "adds": true, "noted": true, "notes": true,
	"stressed": true, "told": true, "explained": true, "wrote": true, "stated": true, "emphasized": true, "emphasised": true,
	"underlined": true, "declared": true, "replied": true, "answered": true, "asked": true, "continued": true, "concluded": true,
	"recalled": true, "warned": true, "insisted": true, "assured": true, "specified": true, "clarified": true, "believes": true}

func (attributionDashCheck) Check(ctx context.Context, d *document.Document, emit func(Finding)) {
	t := d.Text
	dashes := [...]string{" - ", " \u2013 ", " \u2014 "}
	next := [len(dashes)]int{-1, -1, -1} // each dash's next place at or after i (len(t): none): each text is searched once per dash
	for i := 0; i < len(t); {
		at := len(t) // the space before the nearest dash
		for k, dash := range dashes {
			if next[k] < i {
				next[k] = len(t)
				if j := strings.Index(t[i:], dash); j >= 0 {
					next[k] = i + j
				}
			}
			at = min(at, next[k])
		}
		if at == len(t) {
			return
		}
		_, dn := utf8.DecodeRuneInString(t[at+1:])
		end := at + 1 + dn + 1 // after the space after the dash
		i = end
		if !quotationEndsAt(t, at) || !attributionFollows(t[end:]) {
			continue
		}
		start, repl := at, " "
		if q, n := utf8.DecodeLastRuneInString(t[:at]); t[at-n-1] == '.' {
			start, repl = at-n-1, ","+string(q)+" " // "Yes." - said he: the attribution goes on after a comma
		}
		emit(Finding{Rule: "mt.attribution-dash", Category: MTArtefact, Span: document.Span{Start: start, End: end}, Confidence: 0.85,
			Message: "Dash between a quotation and its attribution, as Russian punctuates direct speech; in English the attribution follows the closing quotation mark",
			Fixes:   []Fix{{Replacement: repl, Safe: true}}})
	}
}

// quotationEndsAt: t[:at] ends with a closing quotation mark after the
// quotation's own punctuation (,"  ."  ?”  !»).
func quotationEndsAt(t string, at int) bool {
	q, n := utf8.DecodeLastRuneInString(t[:at])
	if !strings.ContainsRune("\"”»", q) || at-n < 1 {
		return false
	}
	p, _ := utf8.DecodeLastRuneInString(t[:at-n])
	return strings.ContainsRune(",.!?", p)
}

// attributionFollows: a verb of saying comes within five words, before the
// sentence ends ("Shoigu said", "the minister of defence told reporters").
func attributionFollows(s string) bool {
	words := 0
	for s != "" && words < 6 {
		r, n := utf8.DecodeRuneInString(s)
		if !unicode.IsLetter(r) {
			if strings.ContainsRune(".!?\n\"“”", r) {
				return false
			}
			s = s[n:]
			continue
		}
		end := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
		if end < 0 {
			end = len(s)
		}
		if sayingVerbs[strings.ToLower(s[:end])] {
			return true
		}
		words++
		s = s[end:]
	}
	return false
}
