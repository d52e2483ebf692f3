package checks

import (
	"context"
	"fmt"
	"strings"
	"unicode"

	"github.com/copydesk/copydesk/document"
	"github.com/copydesk/copydesk/phrase"
	"github.com/copydesk/copydesk/rules"
)

// boilerplateCheck flags scrape residue named by the boilerplate pack:
// phrases found in one pass shared with the calque check (boilerplate.phrase) and whole lines
// matching the pack's line patterns (boilerplate.phrase, boilerplate.widget).
// A phrase at the start of a line, or covering most of it, stands for the
// whole line; consecutive residue lines of one family become one finding.
type boilerplateCheck struct {
	phrases phraseRange
	byIndex []*rules.Entry // phrase index -> entry
	facts   *sharedFacts   // for the residue-line classifier
	// entries with a line pattern, each tried on its own: on lines of at most
	// 100 bytes each small expression runs on the backtracker, while their
	// union needed the slower NFA (5.7M instructions per 89 KB more)
	lines       []linePattern
	longestLine int // the longest line any of them is tried on
}

// linePattern is a pack entry with a line pattern and the longest line it
// is tried on: 100 bytes (maxResidueLine) or the entry's long-lines, and no
// longer than a bounded pattern can match whole.
type linePattern struct {
	*rules.Entry
	limit int
}

func init() {
	Register(Family{ID: "boilerplate", Rules: []RuleInfo{
		{ID: "boilerplate.phrase", Category: Boilerplate, Severity: Warning, Fixable: true,
			Description: "Scrape residue named by the boilerplate pack: comment forms, share/subscribe/donate prompts, credits, mastheads."},
		{ID: "boilerplate.widget", Category: Boilerplate, Severity: Warning, Fixable: true,
			Description: "A line that is only an amount, a counter, a relative timestamp, a reading-time widget or a navigation link (\"0 $\", \"2 hours ago\", \"3 min read\")."},
		{ID: "boilerplate.residue-line", Category: Boilerplate, Severity: Info, Fixable: true,
			Description: "Short lines after the article body that read as page residue (link lists, tags, related titles), by a line classifier."},
	}, New: newBoilerplate})
}

func newBoilerplate(s *Setup) (Check, error) {
	facts, err := s.spellingCache()
	if err != nil {
		return nil, err
	}
	c := &boilerplateCheck{facts: facts}
	var texts []string
	var opts []phrase.Options
	for _, rule := range []string{"boilerplate.phrase", "boilerplate.widget"} {
		for _, e := range s.Packs.ForRule(rule) {
			for _, p := range e.Phrases {
				texts = append(texts, p)
				opts = append(opts, phrase.Options{Case: e.Case, Glued: e.Scope == "phrase"})
				c.byIndex = append(c.byIndex, e)
			}
			if e.Re != nil {
				limit := max(maxResidueLine, e.LongLines)
				if e.LineMax >= 0 {
					limit = min(limit, e.LineMax)
				}
				c.lines = append(c.lines, linePattern{Entry: e, limit: limit})
				c.longestLine = max(c.longestLine, limit)
			}
		}
	}
	c.phrases = s.phraseSet().add(texts, opts)
	return c, nil
}

func (*boilerplateCheck) ID() string { return "boilerplate" }

// lineHit is one residue line (or phrase) before merging.
type lineHit struct {
	span  document.Span
	line  int // index into d.Lines; -1 for a phrase kept as a phrase
	entry *rules.Entry
}

func (c *boilerplateCheck) Check(ctx context.Context, d *document.Document, emit func(Finding)) {
	hits := c.hits(d)
	c.emitHits(d, hits, emit)
	residueLines(d, c.facts, hits, emit)
}

// hits finds the residue lines and phrases the pack names, in text order.
func (c *boilerplateCheck) hits(d *document.Document) []lineHit {
	var hits []lineHit
	seenLine := map[int]bool{}
	c.phrases.Find(d, func(m phrase.Match) {
		e := c.byIndex[m.Index]
		if e.Scope == "phrase" {
			hits = append(hits, lineHit{span: m.Span, line: -1, entry: e})
			return
		}
		li := d.LineOf(m.Span.Start)
		if seenLine[li] || !residueLine(d, d.Lines[li], m.Span) {
			return
		}
		seenLine[li] = true
		hits = append(hits, lineHit{span: trimLine(d, d.Lines[li]), line: li, entry: e})
	})
	for li, l := range d.Lines {
		if seenLine[li] {
			continue
		}
		s := trimLine(d, l)
		if s.Len() == 0 || s.Len() > c.longestLine {
			continue
		}
		text := d.Slice(s)
		text = text[bulletLen(text):]
		if len(c.lines) == 0 || text == "" {
			continue
		}
		last := text[len(text)-1]
		for _, e := range c.lines {
			if len(text) > e.limit || e.LineStart != nil && !e.LineStart.Has(text[0]) || e.LineEnd != nil && !e.LineEnd.Has(last) {
				continue // the line is longer than the entry tries, or cannot start or end a match
			}
			if e.Re.MatchString(text) {
				seenLine[li] = true
				hits = append(hits, lineHit{span: s, line: li, entry: e.Entry})
				break
			}
		}
	}
	sortHits(hits)
	return hits
}

// emitHits merges consecutive residue lines of one family and reports them.
func (c *boilerplateCheck) emitHits(d *document.Document, hits []lineHit, emit func(Finding)) {
	for i := 0; i < len(hits); {
		h := hits[i]
		j := i + 1
		// Merge the next residue lines of the same family, with only blank lines between.
		for h.line >= 0 && j < len(hits) && hits[j].line > 0 && hits[j].entry.Rule == h.entry.Rule &&
			sameFamily(hits[j].entry, h.entry) && onlyBlankBetween(d, hits[j-1].line, hits[j].line) {
			j++
		}
		span := document.Span{Start: h.span.Start, End: hits[j-1].span.End}
		what := h.entry.Message
		if what == "" {
			what = "page residue"
		}
		msg := fmt.Sprintf("Scrape residue (%s): %q", what, clip(d.Slice(h.span), 60))
		if j-i > 1 {
			msg = fmt.Sprintf("Scrape residue (%s), %d lines from %q", what, j-i, clip(d.Slice(h.span), 50))
		}
		conf := h.entry.Confidence
		if conf == 0 {
			conf = 0.9
		}
		emit(Finding{Rule: h.entry.Rule, Category: Boilerplate, Span: span, Message: msg, Confidence: conf,
			Fixes: []Fix{{Replacement: "", Safe: true}}})
		i = j
	}
}

func sameFamily(a, b *rules.Entry) bool {
	return a == b || a.Message != "" && a.Message == b.Message
}

func sortHits(h []lineHit) {
	for i := 1; i < len(h); i++ { // insertion sort: hits come nearly sorted
		for j := i; j > 0 && h[j].span.Start < h[j-1].span.Start; j-- {
			h[j], h[j-1] = h[j-1], h[j]
		}
	}
}

func onlyBlankBetween(d *document.Document, a, b int) bool {
	if a < 0 || b <= a {
		return false
	}
	for k := a + 1; k < b; k++ {
		if !document.IsBlank(d.Slice(d.Lines[k])) {
			return false
		}
	}
	return true
}

// trimLine drops white space at both ends of a line.
func trimLine(d *document.Document, l document.Span) document.Span {
	t := d.Text
	s, e := l.Start, l.End
	for s < e {
		r, n := decodeRune(t[s:e])
		if !document.IsSpace(r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := decodeLastRune(t[s:e])
		if !document.IsSpace(r) {
			break
		}
		e -= n
	}
	return document.Span{Start: s, End: e}
}

// residueLine: a phrase stands for its line when it opens the line or covers
// most of its letters, and the line is not long prose.
func residueLine(d *document.Document, l document.Span, m document.Span) bool {
	line := trimLine(d, l)
	if line.Len() > 300 {
		return false
	}
	lead := 0
	for _, r := range d.Text[line.Start:m.Start] {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			lead++
		}
	}
	if lead == 0 {
		return true
	}
	letters := func(s string) int {
		n := 0
		for _, r := range s {
			if unicode.IsLetter(r) {
				n++
			}
		}
		return n
	}
	return letters(d.Slice(m))*2 >= letters(d.Slice(line))
}

func clip(s string, n int) string {
	var b strings.Builder
	runes, space := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			if runes == n {
				return b.String() + "…"
			}
			b.WriteByte(' ')
			runes++
			space = false
		}
		if runes == n {
			return b.String() + "…" // reads at most n characters of a long line
		}
		b.WriteRune(r)
		runes++
	}
	return b.String()
}

// bulletLen is the length of a list bullet and the space after it ("• ", "- ", "* ").
func bulletLen(s string) int {
	for _, b := range []string{"• ", "· ", "- ", "– ", "* ", "> "} {
		if strings.HasPrefix(s, b) {
			n := len(b)
			for n < len(s) && s[n] == ' ' {
				n++
			}
			return n
		}
	}
	return 0
}

// maxResidueLine is the longest line the line patterns are tried on: residue
// lines (amounts, timestamps, credits, mastheads) are short. An entry that
// needs longer ones says so (long-lines: a news site's stamp line with
// source, editor and font bar runs to 110 bytes); trying every pattern on
// every line up to 160 bytes cost the boilerplate family 15%.
const maxResidueLine = 100
