package checks

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/document"
	"github.com/copydesk/copydesk/phrase"
	"github.com/copydesk/copydesk/rules"
)

// calqueCheck flags known mistranslations from the calques pack (mt.calque)
// and source-language words left untranslated (mt.untranslated). Literal
// phrases and pattern triggers are found in one pass shared with the boilerplate check; a pattern
// is tried only on the paragraphs where one of its trigger words occurs.
type calqueCheck struct {
	phrases  phraseRange
	phraseOf []*rules.Entry // phrase index -> entry; triggers point at their pattern entry
	trigger  []bool         // phrase index is a trigger, not a finding
	always   []*rules.Entry // patterns without triggers: tried on every paragraph
}

func init() {
	Register(Family{ID: "mt.calque", Rules: []RuleInfo{
		{ID: "mt.calque", Category: MTArtefact, Severity: Warning, Fixable: true,
			Description: "A known mistranslation or calque from Arabic, Russian, Persian, Turkish or Chinese news (\"Twilight News\", \"Berri supplies\", \"the judiciary (Daesh)\")."},
		{ID: "mt.untranslated", Category: MTArtefact, Severity: Warning,
			Description: "A source-language word left in the English (\"al-army\", \"muhafaza\", \"voenkor\")."},
	}, New: newCalque})
}

func newCalque(s *Setup) (Check, error) {
	c := &calqueCheck{}
	var texts []string
	var opts []phrase.Options
	for _, rule := range []string{"mt.calque", "mt.untranslated"} {
		for _, e := range s.Packs.ForRule(rule) {
			for _, p := range e.Phrases {
				texts = append(texts, p)
				opts = append(opts, phrase.Options{Case: e.Case})
				c.phraseOf = append(c.phraseOf, e)
				c.trigger = append(c.trigger, false)
			}
			if e.Re == nil {
				continue
			}
			if len(e.Trigger) == 0 {
				c.always = append(c.always, e)
			}
			for _, tr := range e.Trigger {
				texts = append(texts, tr)
				opts = append(opts, phrase.Options{Glued: strings.HasSuffix(tr, "-")})
				c.phraseOf = append(c.phraseOf, e)
				c.trigger = append(c.trigger, true)
			}
		}
	}
	c.phrases = s.phraseSet().add(texts, opts)
	return c, nil
}

func (*calqueCheck) ID() string { return "mt.calque" }

func (c *calqueCheck) Check(ctx context.Context, d *document.Document, emit func(Finding)) {
	type job struct {
		e    *rules.Entry
		para int // index of the sentence (trigger jobs) or paragraph (patterns without triggers)
		sent bool
	}
	// A trigger job's pattern runs on its sentence, or only on the stretch
	// around the sentence's triggers when its matches have a bounded length
	// (see window).
	type around struct{ firstEnd, lastStart int } // of the triggers in the sentence
	tried := map[job]int{}                        // trigger job -> its index in jobs
	var jobs []job
	var near []around
	c.phrases.Find(d, func(m phrase.Match) {
		e := c.phraseOf[m.Index]
		if !c.trigger[m.Index] {
			c.emit(d, e, m.Span, nil, emit)
			return
		}
		j := job{e, sentenceOf(d, m.Span.Start), true}
		if j.para < 0 {
			return
		}
		if k, ok := tried[j]; ok {
			near[k].firstEnd, near[k].lastStart = min(near[k].firstEnd, m.Span.End), max(near[k].lastStart, m.Span.Start)
			return
		}
		tried[j] = len(jobs)
		jobs = append(jobs, j)
		near = append(near, around{m.Span.End, m.Span.Start})
	})
	for _, e := range c.always {
		for p := range d.Paragraphs {
			jobs = append(jobs, job{e, p, false})
		}
	}
	for k, j := range jobs {
		var p document.Span
		if j.sent {
			p = d.Sentences[j.para] // patterns match within a sentence: try only the trigger's
			if j.e.MaxLen >= 0 {
				p = window(d.Text, p, near[k].firstEnd, near[k].lastStart, j.e.MaxLen)
			}
		} else {
			p = d.Paragraphs[j.para]
		}
		text := d.Slice(p)
		for _, m := range j.e.Re.FindAllStringSubmatchIndex(text, -1) {
			span := document.Span{Start: p.Start + m[0], End: p.Start + m[1]}
			c.emit(d, j.e, span, func(tmpl string) string {
				return string(j.e.Re.ExpandString(nil, tmpl, text, m))
			}, emit)
		}
	}
}

// window is the stretch of sentence s where a match of at most n bytes
// that holds one of the triggers found there can lie: from n bytes before
// the end of the first trigger to n bytes after the start of the last one,
// widened to the nearest white space or punctuation so that \b sees at the
// ends what it sees in the sentence. A pattern's matches hold one of its
// triggers (the packs' fire examples are tested through the triggers), so
// the pattern finds the same matches there as in the whole sentence,
// reading a few dozen bytes instead of every byte of the sentence.
func window(t string, s document.Span, firstEnd, lastStart, n int) document.Span {
	lo, hi := max(s.Start, firstEnd-n), min(s.End, lastStart+n)
	if lo > hi {
		lo = hi
	}
	for lo > s.Start && !asciiBreak(t[lo-1]) {
		lo--
	}
	for hi < s.End && !asciiBreak(t[hi]) {
		hi++
	}
	return document.Span{Start: lo, End: hi}
}

// asciiBreak: b is ASCII and not a letter, digit or underscore.
func asciiBreak(b byte) bool {
	return b < utf8.RuneSelf && !(b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '_')
}

func (c *calqueCheck) emit(d *document.Document, e *rules.Entry, span document.Span, expand func(string) string, emit func(Finding)) {
	found := d.Slice(span)
	var fixes []Fix
	for _, s := range e.Suggest {
		if expand != nil {
			s = expand(s)
		}
		if sentenceStart(d, span.Start) {
			s = capitalLike(found, s)
		}
		fixes = append(fixes, Fix{Replacement: s, Safe: e.Safe && len(e.Suggest) == 1})
	}
	var msg string
	switch {
	case e.Message != "":
		msg = e.Message
	case e.Rule == "mt.untranslated":
		msg = fmt.Sprintf("Untranslated %s in the English: %q: %s", langOr(e.Lang, "source-language word"), clip(found, 40), e.Why)
	default:
		msg = fmt.Sprintf("Likely mistranslation%s: %q: %s", fromLang(e.Lang), clip(found, 40), e.Why)
	}
	if len(fixes) > 0 {
		msg += fmt.Sprintf("; write %q", fixes[0].Replacement)
	}
	conf := e.Confidence
	if conf == 0 {
		conf = 0.85
	}
	f := Finding{Rule: e.Rule, Category: MTArtefact, Span: span, Message: msg, Fixes: fixes, Confidence: conf}
	if e.Severity != "" {
		f.Severity, _ = ParseSeverity(e.Severity) // an entry may be milder than its rule
	}
	emit(f)
}

func fromLang(l string) string {
	if l == "" {
		return ""
	}
	return " from " + l
}

func langOr(l, def string) string {
	if l == "" {
		return def
	}
	return l + " word"
}

// capitalLike capitalises the suggestion when the text it replaces starts a sentence with a capital.
func capitalLike(found, s string) string {
	f, _ := utf8.DecodeRuneInString(found)
	r, n := utf8.DecodeRuneInString(s)
	if unicode.IsUpper(f) && unicode.IsLower(r) {
		return string(unicode.ToUpper(r)) + s[n:]
	}
	return s
}

// sentenceOf returns the index of the sentence holding off, or -1.
func sentenceOf(d *document.Document, off int) int {
	i := sort.Search(len(d.Sentences), func(i int) bool { return d.Sentences[i].End > off })
	if i < len(d.Sentences) && d.Sentences[i].Start <= off {
		return i
	}
	return -1
}

// sentenceStart reports whether off begins one of the document's sentences.
func sentenceStart(d *document.Document, off int) bool {
	i := sort.Search(len(d.Sentences), func(i int) bool { return d.Sentences[i].Start >= off })
	return i < len(d.Sentences) && d.Sentences[i].Start == off
}
