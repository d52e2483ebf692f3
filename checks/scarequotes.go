package checks

import (
	"context"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/document"
)

// scareQuotesCheck finds an ordinary phrase set in quotation marks that no one
// is quoted as saying: "the “threshold” is still high", "to "get rid of"
// China". Chinese, Arabic and Russian news quote terms, slogans and
// coinages; engines carry the marks over, and in English they read as irony
// or doubt. Flagged: one to four words starting in lower case, with no
// punctuation of a sentence, after a word of the sentence (not opening it,
// not after a colon or a comma, which introduce quotations), not after a
// word that introduces a term ("called", "so-called", "slogan"), in a
// sentence with no word that reports speech ("said", "told", "according")
// (both lists in rules/packs/scarequotes.yaml). Names and titles, which
// start with a capital, are left to mt.quoted-name.
type scareQuotesCheck struct {
	reporting, introducers map[string]bool
}

// maxScareWords: a longer quotation is someone's words, not a term.
const maxScareWords = 4

func init() {
	Register(Family{ID: "mt.scare-quotes", Rules: []RuleInfo{{ID: "mt.scare-quotes", Category: MTArtefact, Severity: Info,
		Description: "Quotation marks around an ordinary phrase no one is quoted as saying (the \"threshold\" is high): terms quoted as Chinese, Arabic and Russian news quote them."}},
		New: func(s *Setup) (Check, error) {
			return &scareQuotesCheck{
				reporting:   s.packWords("mt.scare-quotes", func(id string) bool { return id == "reporting" }),
				introducers: s.packWords("mt.scare-quotes", func(id string) bool { return id == "introducers" }),
			}, nil
		}})
}

func (*scareQuotesCheck) ID() string { return "mt.scare-quotes" }

func (c *scareQuotesCheck) Check(ctx context.Context, d *document.Document, emit func(Finding)) {
	t := d.Text
	if strings.IndexByte(t, '"') < 0 && !strings.Contains(t, "“") {
		return
	}
	var q quotePairer
	// Quotations come in text order: a sentence is read for reporting words
	// once, not once a quotation (a page on one line has thousands).
	lastSentence, speech := -1, false
	for _, p := range d.Paragraphs {
		for _, pr := range q.pairs(t, p) {
			o, cl := pr[0], pr[1]
			_, on := utf8.DecodeRuneInString(t[o:])
			_, cn := utf8.DecodeRuneInString(t[cl:])
			inner := t[o+on : cl]
			if !termLike(inner) || !c.quotedMidSentence(t, p, o) {
				continue
			}
			if s := sentenceOf(d, o); s != lastSentence {
				lastSentence, speech = s, s >= 0 && c.reportsSpeech(d, s)
			}
			if speech {
				continue
			}
			emit(Finding{Rule: "mt.scare-quotes", Category: MTArtefact, Span: document.Span{Start: o, End: cl + cn}, Confidence: 0.6,
				Message: fmt.Sprintf("%q in quotation marks that quote no one: English news prints a term plain (the marks read as irony or doubt)", inner),
				Fixes:   []Fix{{Replacement: inner}}})
		}
	}
}

// termLike: one to four words, the first in lower case, each of letters and
// digits that starts with a letter, hyphens and apostrophes only inside it:
// a term, not a quoted sentence, a name, a command ("git add -u") or a path.
func termLike(s string) bool {
	if !startsLower(s) {
		return false
	}
	words := strings.Split(s, " ")
	if len(words) > maxScareWords {
		return false
	}
	for _, w := range words {
		if first, _ := utf8.DecodeRuneInString(w); !unicode.IsLetter(first) || strings.HasSuffix(w, "-") || strings.HasSuffix(w, "'") {
			return false
		}
		for _, r := range w {
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '\'' && r != '’' {
				return false
			}
		}
	}
	return true
}

// quotedMidSentence: the mark at o follows a word of its sentence that does
// not introduce a term ("the "threshold"", not "slogan "no war"", ": "",
// ", "" or a sentence's start).
func (c *scareQuotesCheck) quotedMidSentence(t string, p document.Span, o int) bool {
	before := strings.TrimRightFunc(t[p.Start:o], isHSpace)
	r, _ := utf8.DecodeLastRuneInString(before)
	if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return false
	}
	return !inLowered(c.introducers, lastWord(before[max(0, len(before)-maxIntroducer):]))
}

// maxIntroducer bounds the look back for the word before a quotation: the
// longest introducing word is shorter, and a run of text without spaces
// (a page's markup) is not read back to its start for every mark.
const maxIntroducer = 32

// reportsSpeech: sentence s has a word that reports what someone said or wrote.
func (c *scareQuotesCheck) reportsSpeech(d *document.Document, s int) bool {
	for _, tok := range d.SentenceTokens(s) {
		if tok.Kind == document.Word && inLowered(c.reporting, d.Text[tok.Start:tok.End]) {
			return true
		}
	}
	return false
}
