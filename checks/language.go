package checks

import (
	"context"
	"fmt"
	"strings"
	"unicode"

	"github.com/copydesk/copydesk/document"
	"github.com/copydesk/copydesk/langid"
	"github.com/copydesk/copydesk/lexicon"
)

// languageCheck finds text in another language inside English copy.
//
// language.foreign-script needs no model: the segmentation's script runs show
// Arabic, Cyrillic or Han letters at once; lingua only names the language among
// those written in that script. language.foreign-sentence looks at Latin-script
// sentences: a cheap English test first (share of function words and of
// dictionary words, names ignored), and only the sentences that fail it are put
// to lingua, with names masked, among the configured candidates. Plain English
// text therefore loads no language model at all.
type languageCheck struct {
	id        *langid.Identifier
	lex       *lexicon.Lexicon
	facts     *sharedFacts
	allowed   map[string]bool
	threshold float64
	minWords  int
	english   bool // the document language is English (the only one the sentence test knows)
	wholeDoc  bool // language.not-english is on: a document mostly foreign is one finding
}

// NotEnglish is the rule of a document found to be in another language: the
// engine drops the English checks' findings in it, reports give it no score,
// and the run's names leave it out.
const NotEnglish = "language.not-english"

func init() {
	Register(Family{ID: "language", Rules: []RuleInfo{
		{ID: "language.foreign-script", Category: MixedLanguage, Severity: Warning,
			Description: "Letters of another script in English copy (Arabic, Cyrillic, Hebrew, Greek, CJK, …), named by language."},
		{ID: "language.foreign-sentence", Category: MixedLanguage, Severity: Warning,
			Description: "A Latin-script sentence in another language (French, Turkish, …), found by a cheap test and confirmed by lingua."},
		{ID: NotEnglish, Category: MixedLanguage, Severity: Error,
			Description: "A document mostly in another language: one finding instead of one per sentence, and no English typo, MT or name findings in it."},
	}, New: newLanguage})
}

func newLanguage(s *Setup) (Check, error) {
	lex, err := lexicon.English()
	if err != nil {
		return nil, err
	}
	facts, err := s.spellingCache()
	if err != nil {
		return nil, err
	}
	cfg := s.Config
	c := &languageCheck{lex: lex, facts: facts, allowed: map[string]bool{}, threshold: 0.5, minWords: 4,
		english: cfg.Language == "" || cfg.Language == "en" || cfg.Language == "auto"}
	cands := cfg.LanguageCandidates
	if len(cands) == 0 {
		cands = langid.DefaultLatin
	}
	c.wholeDoc = s.RuleOn(NotEnglish)
	c.id = langid.New(cands)
	for _, l := range cfg.Languages {
		c.allowed[strings.ToLower(l)] = true
	}
	if cfg.LanguageThreshold > 0 {
		c.threshold = cfg.LanguageThreshold
	}
	if cfg.MinForeignWords > 0 {
		c.minWords = cfg.MinForeignWords
	}
	return c, nil
}

func (*languageCheck) ID() string { return "language" }

func (c *languageCheck) Check(ctx context.Context, d *document.Document, emit func(Finding)) {
	var found []foreignText
	collect := func(f Finding, name string) { found = append(found, foreignText{f, name}) }
	c.foreignScripts(d, collect)
	if c.english {
		c.foreignSentences(d, collect)
	}
	if c.wholeDoc {
		if f, ok := notEnglish(d, found); ok {
			emit(f) // instead of one finding per sentence of the document
			return
		}
	}
	for _, x := range found {
		emit(x.Finding)
	}
}

// notEnglishShare is the share of a document's letters in foreign text
// above which the document is in another language, not English with foreign
// fragments; notEnglishLetters is the fewest letters that verdict needs.
// Letters, not words: Chinese and Japanese put no spaces between words.
const (
	notEnglishShare   = 0.6
	notEnglishLetters = 80
)

// foreignText is a finding of foreign text with its language's name.
type foreignText struct {
	Finding
	name string
}

// notEnglish: most of the document's letters are in the foreign text found.
// The finding spans the document's first line and names the language most
// of the foreign letters are in.
func notEnglish(d *document.Document, found []foreignText) (Finding, bool) {
	if len(found) == 0 {
		return Finding{}, false
	}
	letters := func(toks []document.Token) int {
		n := 0
		for _, t := range toks {
			if t.Kind == document.Word {
				n += letterCount(d.Text[t.Start:t.End])
			}
		}
		return n
	}
	total := letters(d.Tokens)
	if total < notEnglishLetters {
		return Finding{}, false
	}
	foreign := 0
	byLang := map[string]int{}
	names := map[string]string{}
	for _, f := range found {
		n := letters(d.TokensIn(f.Span))
		foreign += n
		byLang[f.Lang] += n
		if _, ok := names[f.Lang]; !ok {
			names[f.Lang] = f.name
		}
	}
	if float64(foreign) < notEnglishShare*float64(total) {
		return Finding{}, false
	}
	lang := ""
	for l, n := range byLang {
		if n > byLang[lang] || n == byLang[lang] && l < lang {
			lang = l
		}
	}
	first := trimLine(d, d.Lines[0])
	for k := 1; first.Len() == 0 && k < len(d.Lines); k++ {
		first = trimLine(d, d.Lines[k])
	}
	return Finding{Rule: NotEnglish, Category: MixedLanguage, Span: first, Confidence: 0.9, Lang: lang,
		Message: fmt.Sprintf("The document is in %s, not English (%d%% of its letters); English checks skipped", names[lang], foreign*100/total)}, true
}

// scriptGroup merges scripts that write one language together (Japanese mixes three).
func scriptGroup(s document.Script) document.Script {
	switch s {
	case document.Hiragana, document.Katakana:
		return document.Han
	}
	return s
}

func (c *languageCheck) foreignScripts(d *document.Document, report func(Finding, string)) {
	runs := d.Scripts
	for i := 0; i < len(runs); i++ {
		r := runs[i]
		if r.Script == document.Latin || r.Script == document.Common {
			continue
		}
		g := scriptGroup(r.Script)
		span := r.Span
		best := r.Script
		for i+1 < len(runs) && scriptGroup(runs[i+1].Script) == g && !hasLetterOrNewline(d.Text[span.End:runs[i+1].Start]) {
			i++
			span.End = runs[i].End
			if runs[i].Script == document.Hiragana || runs[i].Script == document.Katakana {
				best = runs[i].Script // kana make it Japanese
			}
		}
		text := d.Slice(span)
		if letterCount(text) < 2 {
			continue
		}
		res := c.id.Script(best, text)
		if res.Code != "" && c.allowed[res.Code] {
			continue
		}
		report(Finding{Rule: "language.foreign-script", Category: MixedLanguage, Span: span, Confidence: 0.95, Lang: res.Code,
			Message: fmt.Sprintf("%s text in an English document: %q", res.Name, clip(text, 60))}, res.Name)
	}
}

func hasLetterOrNewline(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || r == '\n' {
			return true
		}
	}
	return false
}

func letterCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// englishFunctionWords are the most frequent English words; any English
// sentence of some length holds several of them.
var englishFunctionWords = map[string]bool{
	"the": true, "of": true, "and": true, "to": true, "a": true, "in": true, "is": true, "that": true, "for": true,
	"it": true, "as": true, "was": true, "with": true, "be": true, "by": true, "on": true, "not": true, "he": true,
	"i": true, "this": true, "are": true, "or": true, "his": true, "from": true, "at": true, "which": true,
	"but": true, "have": true, "an": true, "had": true, "they": true, "you": true, "were": true, "their": true,
	"one": true, "all": true, "we": true, "can": true, "her": true, "has": true, "there": true, "been": true,
	"if": true, "more": true, "when": true, "will": true, "would": true, "who": true, "so": true, "no": true,
	"she": true, "its": true, "what": true, "about": true, "up": true, "out": true, "them": true, "than": true,
	"also": true, "said": true, "after": true, "into": true, "over": true, "our": true, "these": true, "do": true,
	"how": true, "should": true, "could": true, "may": true, "between": true, "while": true, "because": true,
	"against": true, "under": true, "during": true, "before": true, "without": true, "within": true, "through": true,
	"since": true, "among": true, "per": true, "amid": true, "across": true, "toward": true, "towards": true,
	"despite": true, "until": true, "via": true, "whose": true, "where": true, "why": true, "those": true, "any": true,
}

// verdict of the English test on one sentence.
type verdict int

const (
	english   verdict = iota
	suspect           // reads as another language: ask lingua
	undecided         // too short or mostly names to tell
)

// judge applies the cheap English test to a sentence. Most sentences of an
// English document pass on their function words alone, without allocating;
// only suspect ones get their words (names masked) collected for lingua.
func (c *languageCheck) judge(d *document.Document, fw *spellings, toks []document.Token) (verdict, int, []string) {
	// Each word's letters English never uses count up to 3 (the spelling
	// facts keep two bits): every test below is against 2.
	words, foreignLetters, n, fn := 0, 0, 0, 0
	for i, t := range toks {
		if t.Kind != document.Word {
			continue
		}
		words++
		if t.Script != document.Latin {
			return undecided, words, nil // other scripts: the script check reports them
		}
		f := fw.facts(t.Word)
		foreignLetters += int(f&foreignMask) >> foreignShift
		if f&factUpper != 0 {
			if i > 0 {
				continue
			}
			n++
			if f&factFunctionFolded != 0 { // "The" opening the sentence
				fn++
			}
			continue
		}
		n++
		if f&factFunction != 0 {
			fn++
		}
	}
	if n >= 3 && fn*4 >= n && foreignLetters < 2 {
		return english, words, nil // a quarter function words: English, no need for the word list
	}
	var lower, masked []string
	first := -1 // index in lower of a capitalised word opening the sentence
	for i, t := range toks {
		if t.Kind != document.Word {
			continue
		}
		w := d.Text[t.Start:t.End]
		if startsUpper(w) && i == 0 {
			first = len(lower)
		}
		if startsUpper(w) && i > 0 {
			if nonEnglishLetters(w) > 0 {
				masked = append(masked, w) // "Başkanlık" is not an English name: keep it for lingua
			}
			continue // names pull detectors off course: mask them
		}
		lower = append(lower, strings.ToLower(w))
		masked = append(masked, w)
	}
	if n < 3 {
		if foreignLetters >= 2 {
			return suspect, words, masked
		}
		return undecided, words, masked
	}
	known, knownRest := 0, 0
	for k, w := range lower {
		if lv := c.lex.Level(w); lv > 0 && lv <= 50 {
			known++ // common English words only: the rare end of the list holds foreign look-alikes
			if k != first {
				knownRest++
			}
		}
	}
	rest := len(lower)
	if first >= 0 {
		rest--
	}
	switch {
	case rest >= 2 && knownRest == rest && foreignLetters < 2:
		return english, words, masked // every lower-case word English, after a name ("Zhongxin financial reporter Xia Bin")
	case foreignLetters >= 2 && known*10 < n*8:
		return suspect, words, masked
	case known*4 >= n*3, fn*100 >= n*15 && known*10 >= n*5:
		return english, words, masked
	case known*2 >= n && fn > 0:
		return english, words, masked
	}
	return suspect, words, masked
}

// nonEnglishLetters counts letters English never uses (ş ğ ı ñ ł ő …); accents
// borrowed by English (é, è, ï, ö in café, naïve, coöperate) do not count.
func nonEnglishLetters(w string) int {
	i := 0
	for i < len(w) && w[i] < 0x80 { // nearly every word: plain ASCII
		i++
	}
	if i == len(w) {
		return 0
	}
	n := 0
	for _, r := range w[i:] {
		if r < 0x80 {
			continue
		}
		switch unicode.ToLower(r) {
		case 'é', 'è', 'ê', 'ë', 'ï', 'î', 'ô', 'û', 'à', 'â', 'æ', 'œ', '’':
		default:
			if unicode.IsLetter(r) {
				n++
			}
		}
	}
	return n
}

// foreignSentences groups consecutive suspect sentences of a paragraph (with
// undecided ones between them) into one block, asks lingua once per block, and
// reports blocks in another language.
func (c *languageCheck) foreignSentences(d *document.Document, report func(Finding, string)) {
	type sent struct {
		span   document.Span
		v      verdict
		words  int
		masked []string
	}
	ss := make([]sent, 0, len(d.Sentences))
	fw := spellingsOf(d, c.facts)
	for k, s := range d.Sentences {
		v, w, m := c.judge(d, fw, d.SentenceTokens(k))
		ss = append(ss, sent{s, v, w, m})
	}
	for i := 0; i < len(ss); i++ {
		if ss[i].v != suspect {
			continue
		}
		// Grow the block over neighbours that are suspect or undecided, inside one paragraph.
		lo, hi := i, i
		for hi+1 < len(ss) && ss[hi+1].v != english && sameParagraph(d, ss[hi].span, ss[hi+1].span) {
			hi++
		}
		for hi > i && ss[hi].v == undecided {
			hi-- // a trailing name or short line is not part of the foreign text
		}
		words := 0
		var masked []string
		for k := lo; k <= hi; k++ {
			words += ss[k].words
			masked = append(masked, ss[k].masked...)
		}
		i = hi
		if words < c.minWords {
			continue
		}
		res := c.id.Latin(strings.Join(masked, " "))
		if res.Code == "" || res.Code == "en" || c.allowed[res.Code] || res.Confidence < c.threshold {
			continue
		}
		span := document.Span{Start: ss[lo].span.Start, End: ss[hi].span.End}
		report(Finding{Rule: "language.foreign-sentence", Category: MixedLanguage, Span: span, Confidence: min(res.Confidence, 0.95), Lang: res.Code,
			Message: fmt.Sprintf("%s sentence in an English document (%d words): %q", res.Name, words, clip(d.Slice(span), 60))}, res.Name)
	}
}

func sameParagraph(d *document.Document, a, b document.Span) bool {
	return d.ParagraphOf(a.Start) == d.ParagraphOf(b.Start)
}
