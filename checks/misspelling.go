package checks

import (
	"context"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/golangci/misspell"

	"github.com/copydesk/copydesk/config"
	"github.com/copydesk/copydesk/document"
	"github.com/copydesk/copydesk/internal/wordtable"
)

// misspellingCheck flags known misspellings: misspell's list of common English
// misspellings, plus the substitution pack typos.yaml for what it lacks. It
// matches whole tokens (each part of a hyphenated word), keeps the writer's
// capitalisation in the fix, and flags capitalised words too ("Phillipines"),
// since the list names the misspelling exactly.
type misspellingCheck struct {
	listed *wordtable.Table  // the lower-case misspellings: nearly every lookup is a miss, answered from this compact table
	fixes  map[string]string // lower-case misspelling -> correction
	kinds  map[string]string // lower-case misspelling -> what it is, for the pack's entries that say ("Nonstandard past tense")
	cfg    *config.Config
	facts  *sharedFacts // per spelling: does the list know it or a part of it; kept with the other checks' answers
}

func init() {
	Register(Family{ID: "typo.misspelling", Rules: []RuleInfo{{ID: "typo.misspelling", Category: Typo, Severity: Warning, Fixable: true,
		Description: "A known misspelling (misspell's list and the typos pack), with its correction."}},
		New: newMisspelling})
}

func newMisspelling(s *Setup) (Check, error) {
	facts, err := s.spellingCache()
	if err != nil {
		return nil, err
	}
	c := &misspellingCheck{facts: facts, fixes: make(map[string]string, len(misspell.DictMain)/2), kinds: map[string]string{}, cfg: s.Config}
	for i := 0; i+1 < len(misspell.DictMain); i += 2 {
		wrong, right := misspell.DictMain[i], misspell.DictMain[i+1]
		if strings.ContainsAny(wrong, " ") || !isLowerWord(wrong) {
			continue
		}
		c.fixes[wrong] = right
	}
	for _, e := range s.Packs.ForRule("typo.misspelling") {
		if len(e.Suggest) != 1 {
			return nil, fmt.Errorf("%s: a typo.misspelling entry needs exactly one suggestion", e.Source)
		}
		for _, p := range e.Phrases {
			c.fixes[strings.ToLower(p)] = e.Suggest[0]
			if e.Message != "" {
				c.kinds[strings.ToLower(p)] = e.Message
			}
		}
	}
	c.listed = wordtable.New(len(c.fixes))
	for w := range c.fixes {
		c.listed.Put(w, 1)
	}
	return c, nil
}

func isLowerWord(s string) bool {
	for _, r := range s {
		if !unicode.IsLower(r) && r != '\'' && r != '-' {
			return false
		}
	}
	return s != ""
}

func (*misspellingCheck) ID() string { return "typo.misspelling" }

// Lookup returns the correction of a word if the list knows it as a misspelling.
func (c *misspellingCheck) Lookup(w string) (string, bool) {
	fix, ok := c.fixes[lowerASCII(w)]
	return fix, ok
}

func (c *misspellingCheck) Check(ctx context.Context, d *document.Document, emit func(Finding)) {
	t := d.Text
	sp := spellingsOf(d, c.facts)
	for _, tok := range d.Tokens {
		if tok.Kind != document.Word || tok.Script != document.Latin {
			continue
		}
		v := sp.known(tok.Word)
		if v&listedKnown == 0 {
			v = listedKnown
			forEachPart(t, tok.Span, func(p document.Span) {
				if _, ok := c.lookupFold(t[p.Start:p.End]); ok {
					v |= listedYes
				}
			})
			sp.learn(tok.Word, v)
		}
		yes := v&listedYes != 0
		if !yes {
			continue
		}
		forEachPart(t, tok.Span, func(p document.Span) {
			w := t[p.Start:p.End]
			fix, ok := c.lookupFold(w)
			if !ok || c.cfg.Accepts(w) {
				return
			}
			fix = matchCase(w, fix)
			kind := "Misspelling"
			if k := c.kinds[strings.ToLower(w)]; k != "" {
				kind = k
			}
			emit(Finding{Rule: "typo.misspelling", Category: Typo, Span: p, Confidence: 0.95,
				Message: fmt.Sprintf("%s %q; write %q", kind, w, fix), Fixes: []Fix{{Replacement: fix, Safe: true}}})
		})
	}
}

// lookupFold finds a word in the list as if lower-cased. An ASCII word is
// first hashed lower-case into the compact table; only the rare hit reads the map.
func (c *misspellingCheck) lookupFold(w string) (string, bool) {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			fix, ok := c.fixes[lowerASCII(w)]
			return fix, ok
		}
	}
	if _, ok := c.listed.GetFold(w); !ok {
		return "", false
	}
	fix, ok := c.fixes[strings.ToLower(w)]
	return fix, ok
}

// forEachPart calls fn for each part of a hyphenated word, or the word itself.
func forEachPart(t string, s document.Span, fn func(document.Span)) {
	w := t[s.Start:s.End]
	if strings.IndexByte(w, '-') < 0 {
		fn(s)
		return
	}
	start := s.Start
	for i := s.Start; i <= s.End; i++ {
		if i == s.End || t[i] == '-' {
			if i > start {
				fn(document.Span{Start: start, End: i})
			}
			start = i + 1
		}
	}
}

// lowerASCII lower-cases without allocating when there is nothing to change.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' || s[i] >= 0x80 {
			return strings.ToLower(strings.ReplaceAll(s, "’", "'"))
		}
	}
	return s
}

// inLowered is m[lowerASCII(w)] without building the lower-case string for
// an ASCII word: capitalised words (every name, every sentence start) asked
// about titles and function words allocated one string each.
func inLowered(m map[string]bool, w string) bool {
	var buf [64]byte
	if len(w) > len(buf) {
		return m[lowerASCII(w)]
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return m[lowerASCII(w)]
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return m[string(buf[:len(w)])] // the conversion in a map index does not allocate
}

// matchCase gives fix the capitalisation of w: "Phillipines" -> "Philippines", "TEH" -> "THE".
func matchCase(w, fix string) string {
	first, _ := utf8.DecodeRuneInString(w)
	switch {
	case len(w) > 1 && strings.ToUpper(w) == w:
		return strings.ToUpper(fix)
	case unicode.IsUpper(first):
		r, n := utf8.DecodeRuneInString(fix)
		return string(unicode.ToUpper(r)) + fix[n:]
	}
	return fix
}
