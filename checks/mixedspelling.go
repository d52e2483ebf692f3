package checks

import (
	"context"
	"fmt"
	"strings"

	"github.com/copydesk/copydesk/document"
	"github.com/copydesk/copydesk/internal/wordtable"
	"github.com/copydesk/copydesk/lexicon"
)

// mixedSpellingCheck finds a document that mixes American and British
// spelling ("defense" and "defence", "organize" and "organise"), which
// copy from several sources or translation engines does and a copy desk
// never lets through. The document's variety is the one most of its variant
// words fit (or the house's, set with `spelling:` in the configuration); each
// word spelled another way is a finding with its spelling in that variety.
// SCOWL tells which variety spells a word so (lexicon.Varieties); only words
// in lower case count, so names keep their own spelling ("Pearl Harbor",
// "World Health Organization", "Australian Labor Party").
type mixedSpellingCheck struct {
	table *lexicon.Varieties
	house lexicon.Variety // 0: the document's majority
	// answers keeps, by Document.WordHash, what each spelling met in the run
	// is (answerKnown | its Variety), so a word is looked up once a run.
	answers wordtable.Cache
}

const answerKnown = 1 << 8

func init() {
	Register(Family{ID: "typo.mixed-spelling", Rules: []RuleInfo{{ID: "typo.mixed-spelling", Category: Typo, Severity: Warning, Fixable: true,
		Description: "American and British spellings mixed in one document (\"defense\" and \"defence\"), or a spelling other than the house's (`spelling:` in the configuration)."}},
		New: newMixedSpelling})
}

func newMixedSpelling(s *Setup) (Check, error) {
	t, err := lexicon.SpellingVarieties()
	if err != nil {
		return nil, err
	}
	c := &mixedSpellingCheck{table: t}
	if s.Config != nil {
		c.house = houseVariety[s.Config.Spelling]
	}
	return c, nil
}

// houseVariety maps the configuration's `spelling:` values.
var houseVariety = map[string]lexicon.Variety{"american": lexicon.American, "british": lexicon.BritishISE, "british-ize": lexicon.BritishIZE}

func (*mixedSpellingCheck) ID() string { return "typo.mixed-spelling" }

// varietyOrder breaks ties between varieties the same number of words fit.
var varietyOrder = []lexicon.Variety{lexicon.American, lexicon.BritishISE, lexicon.BritishIZE}

type variantUse struct {
	span  document.Span
	word  string // lower case
	title bool   // written with a capital at the start of a sentence
	in    lexicon.Variety
}

func (c *mixedSpellingCheck) Check(ctx context.Context, d *document.Document, emit func(Finding)) {
	t := d.Text
	var uses []variantUse
	seen := make([]uint8, d.NumWords()) // see spelledIn
	for k := range d.Sentences {
		first := true
		for _, tok := range d.SentenceTokens(k) {
			if tok.Kind != document.Word || tok.Script != document.Latin {
				continue
			}
			title := first
			first = false
			if !title {
				if in := c.spelledIn(d, tok, seen); in != 0 {
					uses = append(uses, variantUse{span: tok.Span, word: t[tok.Start:tok.End], in: in})
				}
				continue
			}
			// The first word of a sentence, in lower case or with its capital.
			w := t[tok.Start:tok.End]
			if len(w) > 1 && w[0] >= 'A' && w[0] <= 'Z' && isLowerLatin(w[1:]) {
				w = strings.ToLower(w[:1]) + w[1:]
			} else if !isLowerLatin(w) {
				continue
			}
			if in, ok := c.table.Of(straightApostrophe(w)); ok {
				uses = append(uses, variantUse{span: tok.Span, word: w, title: w != t[tok.Start:tok.End], in: in})
			}
		}
	}
	if len(uses) == 0 {
		return
	}
	want := c.house
	if want == 0 {
		best := 0
		for _, v := range varietyOrder {
			n := 0
			for _, u := range uses {
				if u.in&v != 0 {
					n++
				}
			}
			// Ties go to the variety the first variant word fits, then to varietyOrder.
			if n > best || n == best && uses[0].in&v != 0 && uses[0].in&want == 0 {
				best, want = n, v
			}
		}
	}
	for _, u := range uses {
		if u.in&want != 0 {
			continue
		}
		msg := fmt.Sprintf("%s spelling %q in a document otherwise spelled %s", u.in, t[u.span.Start:u.span.End], wantName(want, u.in))
		if c.house != 0 {
			msg = fmt.Sprintf("%s spelling %q; the house spelling is %s", u.in, t[u.span.Start:u.span.End], wantName(want, u.in))
		}
		f := Finding{Rule: "typo.mixed-spelling", Category: Typo, Span: u.span, Confidence: 0.8, Message: msg}
		if fix, ok := c.table.In(straightApostrophe(u.word), want); ok {
			if strings.Contains(u.word, "’") {
				fix = strings.ReplaceAll(fix, "'", "’")
			}
			if u.title {
				fix = strings.ToUpper(fix[:1]) + fix[1:]
			}
			f.Message += fmt.Sprintf("; write %q", fix)
			// The house's spelling is a safe fix; the document's majority is the editor's call.
			f.Fixes = []Fix{{Replacement: fix, Safe: c.house != 0}}
		}
		emit(f)
	}
}

// wantName names the variety a word should be in: "American" or "British",
// or "British -ise" / "British -ize" when the word is British in the other
// way or shares its -ize with American ("organize" in an -ise document).
func wantName(want, in lexicon.Variety) string {
	switch {
	case want == lexicon.American:
		return "American"
	case in&(lexicon.BritishISE|lexicon.BritishIZE) == 0:
		return "British"
	case want == lexicon.BritishISE:
		return "British -ise"
	}
	return "British -ize"
}

// spelledIn returns the varieties that spell a lower-case word so (0: every
// variety alike, or not a lower-case word), asking the table once a run per
// spelling and the run's cache once a document (seen: 0 not yet, else 1+mask).
func (c *mixedSpellingCheck) spelledIn(d *document.Document, tok document.Token, seen []uint8) lexicon.Variety {
	if seen[tok.Word] == 0 {
		h := d.WordHash(tok.Word)
		a, hit := c.answers.Get(h)
		if !hit {
			a = answerKnown
			if w := d.Text[tok.Start:tok.End]; isLowerLatin(w) {
				if in, ok := c.table.Of(straightApostrophe(w)); ok {
					a |= uint16(in)
				}
			}
			c.answers.Put(h, a)
		}
		seen[tok.Word] = 1 + uint8(lexicon.Variety(a))
	}
	return lexicon.Variety(seen[tok.Word] - 1)
}

// straightApostrophe writes a curly apostrophe straight, as the table has it.
func straightApostrophe(w string) string {
	if strings.IndexByte(w, 0xE2) < 0 {
		return w
	}
	return strings.ReplaceAll(w, "’", "'")
}
