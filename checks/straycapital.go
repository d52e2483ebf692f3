package checks

import (
	"context"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/document"
)

// strayCapitalCheck finds a function word capitalised inside a sentence:
// "cutting off All connections", "a Old Town, And many large". Chinese has
// no letter case, and engines capitalise where the source had a line break
// or a heading; a scraper that joins two lines leaves a sentence's capital
// behind a lost full stop ("using stock The discount is"). The words come
// from the stray-capital pack. Only a word before a lower-case word on its
// line counts, and after a lower-case word or after a comma or semicolon,
// so titles ("read The Times", "Gone With the Wind"), quotations after a
// colon and line starts are left alone.
type strayCapitalCheck struct {
	words  map[string]bool // lower-case function words
	maxLen int             // the longest of them, at most maxStrayWord
}

func init() {
	Register(Family{ID: "mt.stray-capital", Rules: []RuleInfo{{ID: "mt.stray-capital", Category: MTArtefact, Severity: Warning,
		Description: "A function word capitalised inside a sentence (\"cutting off All connections\"): a stray capital, or a full stop lost before it.",
		Fixable:     true}},
		New: newStrayCapital})
}

func newStrayCapital(s *Setup) (Check, error) {
	c := &strayCapitalCheck{words: map[string]bool{}}
	for _, e := range s.Packs.ForRule("mt.stray-capital") {
		for _, w := range e.Words {
			if len(w) > maxStrayWord {
				return nil, fmt.Errorf("%s (%s): %q is longer than %d letters; the list is of function words", e.Source, e.ID, w, maxStrayWord)
			}
			c.words[strings.ToLower(w)] = true
			c.maxLen = max(c.maxLen, len(w))
		}
	}
	return c, nil
}

func (*strayCapitalCheck) ID() string { return "mt.stray-capital" }

func (c *strayCapitalCheck) Check(ctx context.Context, d *document.Document, emit func(Finding)) {
	// The capitalised function words among the document's distinct
	// spellings ("The", "In", "And"), found once each, not at every use.
	var flagged []bool
	for id := range int32(d.NumWords()) {
		w := d.Word(id)
		if len(w) > c.maxLen || w[0] < 'A' || w[0] > 'Z' || !capitalisedOnly(w) || !inLowered(c.words, w) {
			continue
		}
		if flagged == nil {
			flagged = make([]bool, d.NumWords())
		}
		flagged[id] = true
	}
	if flagged == nil {
		return
	}
	t, toks := d.Text, d.Tokens
	for i := 1; i+1 < len(toks); i++ {
		k := toks[i]
		if k.Kind != document.Word || !flagged[k.Word] {
			continue
		}
		next := toks[i+1]
		if next.Kind != document.Word || !startsLower(t[next.Start:next.End]) || !wordGap(t[k.End:next.Start]) {
			continue // "read The Times": a title goes on in capitals
		}
		if !afterLowerWord(t, toks, i) {
			continue
		}
		w := t[k.Start:k.End]
		lower := strings.ToLower(w)
		emit(Finding{Rule: "mt.stray-capital", Category: MTArtefact, Span: k.Span, Confidence: 0.75,
			Message: fmt.Sprintf("%q capitalised in mid-sentence: write %q, or end the sentence before it if a full stop was lost", w, lower),
			Fixes:   []Fix{{Replacement: lower}}})
	}
}

// afterLowerWord: toks[i] follows a lower-case word on its line, or a comma
// or semicolon after any word ("Old Town, And many", "costs rose; The").
func afterLowerWord(t string, toks []document.Token, i int) bool {
	p := toks[i-1]
	if !wordGap(t[p.End:toks[i].Start]) {
		return false
	}
	if p.Kind == document.Punct && (t[p.Start] == ',' || t[p.Start] == ';') {
		return i >= 2 && toks[i-2].Kind == document.Word && toks[i-2].End == p.Start
	}
	// Latin letters: "ℹ️ We are" starts a line after a symbol Unicode counts as a letter.
	return p.Kind == document.Word && p.Script == document.Latin && startsLower(t[p.Start:p.End])
}

// wordGap: the space between two words of running text, one or two spaces;
// a tab or a wider gap aligns columns ("cmake         The build system").
func wordGap(s string) bool {
	return s == " " || s == "  " || s == "\u00a0"
}

// maxStrayWord is the longest word the pack may list: function words are
// short, and a longer entry is a phrase or a slip in the pack.
const maxStrayWord = 16

// capitalisedOnly: w is an upper-case letter followed by lower-case ones ("The", not "THE" or "the").
func capitalisedOnly(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || n == len(w) {
		return false
	}
	for _, r := range w[n:] {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}
