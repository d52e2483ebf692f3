package checks

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/copydesk/copydesk/config"
	"github.com/copydesk/copydesk/document"
	"github.com/copydesk/copydesk/lexicon"
	"github.com/copydesk/copydesk/phrase"
)

// unknownWordCheck flags lower-case words that are not English: not in the
// embedded word list, the vocabulary pack or the project's accept-list. Names
// are left alone (capitalised words belong to the name checks), and so are
// sentences full of unknown words, which are foreign text for the language
// checks. Each finding suggests corrections: a missing apostrophe ("isnt"),
// two glued words ("Iraqbut"), then the nearest words by weighted edit
// distance and frequency.
type unknownWordCheck struct {
	lex    *lexicon.Lexicon
	vocab  map[string]bool
	forms  []*regexp.Regexp // vocabulary patterns: word forms accepted whole (drug names by their INN stem)
	loans  phraseRange      // vocabulary phrases: foreign phrases English uses ("de facto", "coup d'état"), whose words are accepted there
	cfg    *config.Config
	misspl *misspellingCheck // words it knows are its findings, not ours

	mu    sync.Mutex
	cache map[string][]lexicon.Suggestion // suggestions per unknown word, shared by all documents (bounded)
	facts *sharedFacts                    // wordState per spelling, kept with the other checks' answers about it
}

const suggestionCacheSize = 50000

// suggest returns the suggestions for a word, searching the word list once per word per run.
func (c *unknownWordCheck) suggest(w string) []lexicon.Suggestion {
	c.mu.Lock()
	s, ok := c.cache[w]
	c.mu.Unlock()
	if ok {
		return s
	}
	s = c.lex.Suggest(w, 5)
	c.mu.Lock()
	if len(c.cache) < suggestionCacheSize {
		c.cache[w] = s
	}
	c.mu.Unlock()
	return s
}

func init() {
	Register(Family{ID: "typo.unknown-word", Rules: []RuleInfo{{ID: "typo.unknown-word", Category: Typo, Severity: Warning,
		Description: "A lower-case word that is not English (not in the word list), with ranked suggestions; glued words and missing apostrophes too."}},
		New: newUnknownWord})
}

func newUnknownWord(s *Setup) (Check, error) {
	lex, err := lexicon.English()
	if err != nil {
		return nil, fmt.Errorf("loading the word list: %w", err)
	}
	m, err := newMisspelling(s)
	if err != nil {
		return nil, err
	}
	facts, err := s.spellingCache()
	if err != nil {
		return nil, err
	}
	c := &unknownWordCheck{facts: facts, lex: lex, cfg: s.Config, misspl: m.(*misspellingCheck), cache: map[string][]lexicon.Suggestion{},
		vocab: s.packWords("typo.unknown-word", func(string) bool { return true })}
	var loans []string
	for _, e := range s.Packs.ForRule("typo.unknown-word") {
		if e.Re != nil {
			c.forms = append(c.forms, e.Re)
		}
		loans = append(loans, e.Phrases...)
	}
	c.loans = s.phraseSet().add(loans, nil)
	return c, nil
}

func (*unknownWordCheck) ID() string { return "typo.unknown-word" }

// known: in the word list, the vocabulary pack or the accept-list, made
// from a known word by a productive prefix or suffix ("reconfigurability"),
// or of a form the vocabulary pack accepts ("semaglutide").
func (c *unknownWordCheck) known(w string) bool {
	return c.lex.Known(w) || c.vocab[lowerASCII(w)] || c.cfg.Accepts(w) || c.derived(lowerASCII(w), 2) || c.acceptedForm(w) ||
		c.accentedKnown(w)
}

// accentedKnown: a word the word list knows without its accents ("naïve",
// "résumé", "façade", "élite"). English keeps the accents of loanwords as an
// accepted spelling, and some houses (The New Yorker's "coöperate") keep
// diaereses; the word list has only the bare forms. A foreign word whose bare
// form is no English word ("été") stays unknown.
func (c *unknownWordCheck) accentedKnown(w string) bool {
	bare, ok := stripAccents(w)
	return ok && c.lex.Known(bare)
}

// stripAccents returns w without the accents of its letters (naïve -> naive)
// and whether it had any and is plain ASCII without them. A letter that is not
// an accented Latin one (ß, ø, a Cyrillic letter) gives false.
func stripAccents(w string) (string, bool) {
	ascii := true
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return w, false
	}
	var b strings.Builder
	b.Grow(len(w))
	for _, r := range norm.NFD.String(w) {
		switch {
		case r < utf8.RuneSelf:
			b.WriteRune(r)
		case unicode.Is(unicode.Mn, r):
		default:
			return "", false
		}
	}
	return b.String(), true
}

// maxFormLen is the longest word the vocabulary patterns are tried on.
const maxFormLen = 64

// acceptedForm: a vocabulary pattern matches the whole word. Only words the
// word list does not know get here, so the patterns cost nothing on the rest.
func (c *unknownWordCheck) acceptedForm(w string) bool {
	if len(w) > maxFormLen {
		return false // no drug name is that long, and a regular expression over a million letters takes seconds
	}
	for _, re := range c.forms {
		if re.MatchString(w) {
			return true
		}
	}
	return false
}

// derivations: suffix -> the endings the base word may have instead.
var derivations = []struct{ suffix, base []string }{
	{[]string{"ization", "isation"}, []string{"ize", "ise", "", "e"}},
	{[]string{"izations", "isations"}, []string{"ize", "ise", "", "e"}},
	{[]string{"ability"}, []string{"able"}},
	{[]string{"ibility"}, []string{"ible"}},
	{[]string{"ness"}, []string{"", "y"}},
	{[]string{"iness"}, []string{"y"}},
	{[]string{"ization"}, []string{"ize"}},
	// a science named in SCOWL gives its adjective and practitioner ("andrology" -> "andrological")
	{[]string{"ological", "ologically", "ologist", "ologists"}, []string{"ology"}},
}

var derivPrefixes = []string{"re", "un", "non", "pre", "counter", "over", "under", "anti", "de", "dis", "mis", "co",
	"sub", "inter", "multi", "micro", "cyber", "self", "semi", "post", "hyper", "super"}

// derived accepts a word built from a known word (five letters or more) by a
// productive prefix or suffix, to depth levels of derivation.
func (c *unknownWordCheck) derived(w string, depth int) bool {
	if depth == 0 || len(w) < 7 {
		return false
	}
	ok := func(base string) bool {
		return len(base) >= 5 && (c.lex.Level(base) > 0 || c.vocab[base] || c.derived(base, depth-1))
	}
	for _, d := range derivations {
		for _, suf := range d.suffix {
			if !strings.HasSuffix(w, suf) {
				continue
			}
			stem := w[:len(w)-len(suf)]
			for _, b := range d.base {
				if ok(stem + b) {
					return true
				}
			}
		}
	}
	for _, p := range derivPrefixes {
		if strings.HasPrefix(w, p) && ok(w[len(p):]) {
			return true
		}
	}
	return false
}

// candidate is an unknown lower-case word (or part of a compound).
type candidate struct {
	span document.Span
	word string
	name string // for a whole word that is a common name in lower case, its capitals (see lowerName)
}

func (c *unknownWordCheck) Check(ctx context.Context, d *document.Document, emit func(Finding)) {
	t := d.Text
	sp := spellingsOf(d, c.facts) // what each spelling is, worked out once a run
	var loans []document.Span     // the document's loan phrases, found at its first unknown word
	for k := range d.Sentences {
		var cands, lowerNames []candidate
		lowerWords := 0
		toks := d.SentenceTokens(k)
		for i, tok := range toks {
			if tok.Kind != document.Word || tok.Script != document.Latin {
				continue
			}
			w := t[tok.Start:tok.End]
			st := wordState(sp.known(tok.Word)&stateMask) >> stateShift
			if st == wordUnseen {
				st = c.classify(w)
				sp.learn(tok.Word, uint16(st)<<stateShift)
			}
			if (st == wordGlued || st == wordSuspect) && isBinomial(c, t, toks, i) {
				continue // "Arum maculatum": the species part of a Latin name
			}
			switch st {
			case wordCapitalised:
				continue
			case wordGlued:
				g, _ := c.gluedCapitalised(w)
				emit(Finding{Rule: "typo.unknown-word", Category: Typo, Span: tok.Span, Confidence: 0.8,
					Message: fmt.Sprintf("Two words run together: %q; write %q", w, g),
					Fixes:   []Fix{{Replacement: g}}})
				continue
			case wordKnown:
				lowerWords++
				continue
			}
			lowerWords++
			if nextToInvalidUTF8(d, tok.Span) || domainName(t, tok.Span) {
				continue
			}
			c.unknownParts(t, tok.Span, func(p document.Span) {
				cd := candidate{span: p, word: t[p.Start:p.End]}
				// A whole word, or a later part of a compound ("post-pleistocene",
				// "anti-american"); never the first part, which is as often a
				// combining form a name happens to spell ("eco-environment").
				if p == tok.Span || p.Start > tok.Start {
					cd.name = c.lowerName(strings.ReplaceAll(cd.word, "’", "'"))
				}
				if cd.name != "" {
					lowerNames = append(lowerNames, cd) // English words, not evidence of foreign text
				} else {
					cands = append(cands, cd)
				}
			})
		}
		if len(cands)+len(lowerNames) > 0 {
			if loans == nil {
				loans = c.loanSpans(d)
			}
			cands, lowerNames = outsideSpans(cands, loans), outsideSpans(lowerNames, loans)
		}
		for _, cd := range lowerNames {
			if !aloneOnLine(d, cd.span) {
				c.report(cd, emit)
			}
		}
		// Many unknown words in one sentence: foreign text, not typos.
		if len(cands) >= 3 && len(cands)*10 >= lowerWords*4 {
			continue
		}
		for _, cd := range cands {
			if aloneOnLine(d, cd.span) {
				continue // a commenter's user name ("siberalt") on a line of its own
			}
			c.report(cd, emit)
		}
	}
}

// loanSpans are the document's foreign phrases that English uses, as the
// vocabulary pack lists them; never nil, so it is looked for once.
func (c *unknownWordCheck) loanSpans(d *document.Document) []document.Span {
	out := []document.Span{}
	c.loans.Find(d, func(m phrase.Match) {
		if n := len(out); n > 0 && m.Span.Start < out[n-1].End { // overlapping phrases make one span
			out[n-1].End = max(out[n-1].End, m.Span.End)
			return
		}
		out = append(out, m.Span)
	})
	return out
}

// outsideSpans keeps the candidates that lie in none of spans, which are in
// text order and do not overlap (a binary search each: a page may hold
// thousands of both).
func outsideSpans(cands []candidate, spans []document.Span) []candidate {
	if len(spans) == 0 {
		return cands
	}
	out := cands[:0]
	for _, cd := range cands {
		i := sort.Search(len(spans), func(i int) bool { return spans[i].End > cd.span.Start })
		if i == len(spans) || spans[i].Start > cd.span.Start || cd.span.End > spans[i].End {
			out = append(out, cd)
		}
	}
	return out
}

// wordState is what a spelling is to this check, whatever its context.
type wordState uint8

const (
	wordUnseen      wordState = iota
	wordCapitalised           // not all lower case: a name, left to the name checks
	wordGlued                 // a capitalised word with a function word glued on ("Iraqbut")
	wordKnown                 // lower case, and it or each of its parts is English or listed by typo.misspelling
	wordSuspect               // lower case, with at least one unknown part
)

func (c *unknownWordCheck) classify(w string) wordState {
	if !isLowerLatin(w) {
		if _, ok := c.gluedCapitalised(w); ok {
			return wordGlued
		}
		return wordCapitalised
	}
	if c.known(w) {
		return wordKnown
	}
	st := wordKnown
	c.unknownParts(w, document.Span{Start: 0, End: len(w)}, func(document.Span) { st = wordSuspect })
	return st
}

// unknownParts calls fn for each part of the word at s (the word itself, or
// each part of a hyphenated word) that is unknown: three letters or more, not
// English, and not a misspelling that typo.misspelling reports with its fix.
func (c *unknownWordCheck) unknownParts(t string, s document.Span, fn func(document.Span)) {
	forEachPart(t, s, func(p document.Span) {
		pw := t[p.Start:p.End]
		if utf8.RuneCountInString(pw) < 3 || c.known(pw) {
			return
		}
		if _, listed := c.misspl.Lookup(pw); !listed {
			fn(p)
		}
	})
}

func (c *unknownWordCheck) report(cd candidate, emit func(Finding)) {
	w := strings.ReplaceAll(cd.word, "’", "'")
	if fix, ok := c.contraction(w); ok {
		emit(Finding{Rule: "typo.unknown-word", Category: Typo, Span: cd.span, Confidence: 0.9,
			Message: fmt.Sprintf("Missing apostrophe: %q; write %q", cd.word, fix), Fixes: []Fix{{Replacement: fix}}})
		return
	}
	sugg := c.suggest(w)
	// A common name written in lower case: its capitals are the fix, unless a
	// word one slip away is as likely ("handel" for handle, not Handel).
	name := cd.name
	if name != "" && (len(sugg) == 0 || sugg[0].Cost >= 1.0) {
		emit(Finding{Rule: "typo.unknown-word", Category: Typo, Span: cd.span, Confidence: 0.9,
			Message: fmt.Sprintf("Capitals missing: %q; write %q", cd.word, name), Fixes: []Fix{{Replacement: name, Safe: true}}})
		return
	}
	if name != "" {
		sugg = slices.Insert(slices.Clone(sugg), 1, lexicon.Suggestion{Word: name, Cost: sugg[0].Cost})
	}
	var fixes []Fix
	conf := 0.5
	msg := fmt.Sprintf("Unknown word %q", cd.word)
	// Two glued words win over a correction only when no single word is close.
	if a, b, ok := c.glued(w); ok && (len(sugg) == 0 || sugg[0].Cost > 1.0) {
		fixes = append(fixes, Fix{Replacement: a + " " + b})
		conf = 0.8
		msg = fmt.Sprintf("Two words run together: %q; write %q", cd.word, a+" "+b)
	} else if len(sugg) > 0 {
		conf = 0.75
		if sugg[0].Cost <= 1.2 {
			conf = 0.9
		}
		msg = fmt.Sprintf("Unknown word %q; did you mean %q?", cd.word, sugg[0].Word)
	}
	for _, s := range sugg {
		if len(fixes) < 5 {
			fixes = append(fixes, Fix{Replacement: s.Word})
		}
	}
	emit(Finding{Rule: "typo.unknown-word", Category: Typo, Span: cd.span, Message: msg, Fixes: fixes, Confidence: conf})
}

// domainName: the word is the name of a web site written without a scheme or
// a path ("chinanews.com"), which the tokenizer does not take for an address.
func domainName(t string, s document.Span) bool {
	rest := t[s.End:]
	if len(rest) < 3 || rest[0] != '.' {
		return false
	}
	k := 1
	for k < len(rest) && rest[k] >= 'a' && rest[k] <= 'z' {
		k++
	}
	if k < len(rest) && (rest[k] >= 'A' && rest[k] <= 'Z' || rest[k] >= '0' && rest[k] <= '9') {
		return false
	}
	return genericTLDs[rest[1:k]]
}

// genericTLDs end web site names in news copy; country codes ("it", "in",
// "is") are English words after a missing space, and are left out.
var genericTLDs = map[string]bool{"com": true, "org": true, "net": true, "gov": true, "edu": true, "info": true, "cn": true}

// lowerName returns the spelling with capitals of a common name written in
// lower case ("iraq" -> "Iraq", "monday" -> "Monday", "nato" -> "NATO"),
// which English knows only with them; "" for any other word. A rare name
// ("Rabia", SCOWL level 70) is more likely a typo's chance look-alike
// ("Saudi rabia" for Saudi Arabia) and gets the usual suggestions.
func (c *unknownWordCheck) lowerName(w string) string {
	if form := c.lex.Form(lowerASCII(w)); form != "" && form != w && strings.EqualFold(form, w) {
		if lv := c.lex.Level(form); lv > 0 && lv <= commonLevel {
			return form
		}
	}
	return ""
}

// contraction restores a missing apostrophe: "isnt" -> "isn't", "theyre" -> "they're".
func (c *unknownWordCheck) contraction(w string) (string, bool) {
	for _, suf := range []string{"nt", "s", "ll", "re", "ve", "d", "m"} {
		if !strings.HasSuffix(w, suf) || len(w) <= len(suf) {
			continue
		}
		var cand string
		if suf == "nt" {
			cand = w[:len(w)-2] + "n't"
		} else {
			cand = w[:len(w)-len(suf)] + "'" + suf
		}
		if lv := c.lex.Level(cand); lv > 0 && lv <= 50 {
			return cand, true
		}
	}
	return "", false
}

// glued splits a word into two common words: "ofthe" -> "of" "the".
func (c *unknownWordCheck) glued(w string) (string, string, bool) {
	if len(w) < 5 {
		return "", "", false
	}
	for i := 2; i <= len(w)-2; i++ {
		if i > maxGlueWord && len(w)-i > maxGlueWord {
			i = len(w) - maxGlueWord - 1 // one side must be a glue word: skip the splits where neither can be
			continue
		}
		a, b := w[:i], w[i:]
		if !glueWords[a] && !glueWords[b] {
			continue
		}
		la, lb := c.lex.Level(a), c.lex.Level(b)
		if la > 0 && la <= 35 && lb > 0 && lb <= 35 && (glueWords[a] || glueWords[b]) && (len(a) > 2 || glueWords[a]) && (len(b) > 2 || glueWords[b]) {
			return a, b, true
		}
	}
	return "", "", false
}

// maxGlueWord is the length of the longest glue word: a split of a glued
// word puts one of them on one side, so only splits that near an end count.
const maxGlueWord = 4

// glueWords are the short function words that end up glued to a neighbour.
var glueWords = map[string]bool{
	"a": true, "an": true, "as": true, "at": true, "be": true, "by": true, "do": true, "he": true, "if": true,
	"in": true, "is": true, "it": true, "me": true, "my": true, "no": true, "of": true, "on": true, "or": true,
	"so": true, "to": true, "up": true, "us": true, "we": true, "the": true, "and": true, "but": true, "for": true,
	"not": true, "was": true, "are": true, "has": true, "had": true, "its": true, "who": true, "with": true,
	"that": true, "from": true, "this": true, "were": true, "will": true, "have": true, "been": true, "into": true,
}

// gluedCapitalised splits "Iraqbut" into a known capitalised word and a glued
// function word. Only function words count as the second part, so names that
// happen to end in a word ("Dunford") are never split.
func (c *unknownWordCheck) gluedCapitalised(w string) (string, bool) {
	first, n := utf8.DecodeRuneInString(w)
	if len(w) < 6 || !unicode.IsUpper(first) || !endsWithGlueWord(w) || !isLowerLatin(w[n:]) || c.lex.Known(w) || c.cfg.Accepts(w) {
		return "", false
	}
	for i := len(w) - 2; i >= 3; i-- {
		a, b := w[:i], w[i:]
		if glueWords[b] && len(b) >= 3 && c.lex.Level(a) > 0 && c.lex.Level(a) <= 50 {
			return a + " " + b, true
		}
	}
	return "", false
}

// isLowerLatin: letters are all lower case (apostrophes and hyphens allowed), no digits.
func isLowerLatin(w string) bool {
	for _, r := range w {
		switch {
		case r >= 'a' && r <= 'z', r == '\'', r == '’', r == '-':
		case r < 0x80:
			return false
		case unicode.IsUpper(r) || unicode.IsDigit(r):
			return false
		}
	}
	return true
}

// isBinomial: the word at toks[i] is the species (or subspecies) part of a
// Latin name: it follows a capitalised word and has a species ending ("Arum
// maculatum", "Philodendron selloum"), or follows a genus English does not
// know ("Panthera leo"), or repeats or extends such a species part ("Panthera
// leo leo", "Echinacea japonicus japonicus").
func isBinomial(c *unknownWordCheck, t string, toks []document.Token, i int) bool {
	if i == 0 || toks[i-1].Kind != document.Word {
		return false
	}
	w := t[toks[i].Start:toks[i].End]
	pw := t[toks[i-1].Start:toks[i-1].End]
	if startsUpper(pw) && !inLowered(functionWords, pw) {
		if len(w) >= 6 && latinEnding(w) {
			return true
		}
		return len(w) >= 3 && genusLike(c, pw)
	}
	// A subspecies: the word before is a species part itself.
	return isLowerLatin(pw) && (pw == w || len(w) >= 6 && latinEnding(w)) && i >= 2 && isBinomial(c, t, toks, i-1)
}

// genusLike: a capitalised word English does not know, with an ending Latin
// genera have ("Panthera", "Vulpes", "Helicodiceros").
func genusLike(c *unknownWordCheck, w string) bool {
	if len(w) < 5 || c.lex.LevelLower(strings.ToLower(w)) > 0 {
		return false
	}
	for _, end := range []string{"a", "us", "um", "is", "es", "os", "on", "ia", "ae"} {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// latinEnding: w ends like the species part of a Latin name.
func latinEnding(w string) bool {
	for _, end := range []string{"us", "um", "ae", "ensis", "ii", "oides"} {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// aloneOnLine: the span is the only word of its line, or opens a line that is
// a commenter header (a name and a timestamp).
func aloneOnLine(d *document.Document, s document.Span) bool {
	l := d.Lines[d.LineOf(s.Start)]
	words := 0
	for _, t := range d.TokensIn(l) {
		if t.Kind == document.Word {
			if words++; words > 1 {
				break // a second word is enough: a scraped page may be one line of a million words
			}
		}
	}
	if words == 1 {
		return true
	}
	line := strings.TrimSpace(d.Slice(l))
	return len(line) <= 90 && maybeStamped(line) && stampedHeader.MatchString(line)
}

// nextToInvalidUTF8: a word cut by a byte that is not UTF-8 ("caf\xe9") is
// not a typo; format.invalid-utf8 reports the byte.
func nextToInvalidUTF8(d *document.Document, s document.Span) bool {
	if d.ValidUTF8 {
		return false
	}
	if r, n := utf8.DecodeRuneInString(d.Text[s.End:]); r == utf8.RuneError && n == 1 {
		return true
	}
	r, n := utf8.DecodeLastRuneInString(d.Text[:s.Start])
	return r == utf8.RuneError && n == 1
}

// endsWithGlueWord is the cheap test before splitting a capitalised word.
func endsWithGlueWord(w string) bool {
	for k := 3; k <= 4 && k < len(w)-2; k++ {
		if glueWords[w[len(w)-k:]] {
			return true
		}
	}
	return false
}
