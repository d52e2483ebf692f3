package checks

import (
	"context"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/document"
)

// quoteSpacingCheck finds a space inside quotation marks: after the opening
// mark or before the closing one (`said: " the two sides discussed "`, “ No
// man is an island. ”). Translation engines leave these when they carry over
// the spacing of a source language's quotation marks, and scrapers when they
// join text split around a quote. Straight quotes are paired in order within
// a paragraph, and only when they pair up; a paragraph with low or
// continental quotation marks („…“, «…») is left to mt.foreign-punctuation.
type quoteSpacingCheck struct{}

func init() {
	Register(Family{ID: "mt.quote-spacing", Rules: []RuleInfo{{ID: "mt.quote-spacing", Category: MTArtefact, Severity: Warning,
		Description: "A space after an opening quotation mark or before a closing one (\" the talks \").", Fixable: true}},
		New: func(*Setup) (Check, error) { return quoteSpacingCheck{}, nil }})
}

func (quoteSpacingCheck) ID() string { return "mt.quote-spacing" }

func (quoteSpacingCheck) Check(ctx context.Context, d *document.Document, emit func(Finding)) {
	t := d.Text
	if strings.IndexByte(t, '"') < 0 && !strings.Contains(t, "“") {
		return // no quotation marks: most documents stop here
	}
	var q quotePairer
	for _, p := range d.Paragraphs {
		for _, pr := range q.pairs(t, p) {
			quotePairSpacing(t, p, pr[0], pr[1], emit)
		}
	}
}

// quotePairer finds the quotation-mark pairs of a paragraph, reusing its
// slices from one paragraph to the next.
type quotePairer struct {
	found    [][2]int // the offsets of an opening mark and its closing one
	straight []int
}

// pairs returns the pairs of paragraph p: each curly opening mark with the
// closing mark after it, and straight quotes in order, when they pair up (an
// even number, none standing the wrong way round: see misPaired). A
// paragraph with low or continental marks („…“, «…») has none: its
// quotation is another language's. The result is valid until the next call.
func (q *quotePairer) pairs(t string, p document.Span) [][2]int {
	var foreign bool
	if q.found, foreign = curlyPairs(t, p, q.found[:0]); foreign {
		return nil
	}
	q.straight = q.straight[:0]
	for i := p.Start; i < p.End; i++ {
		k := strings.IndexByte(t[i:p.End], '"')
		if k < 0 {
			break
		}
		if i += k; !inchMark(t, p, i) {
			q.straight = append(q.straight, i)
		}
	}
	if len(q.straight)%2 == 0 && !misPaired(t, p, q.straight) { // else a mark is missing (mt.unbalanced-quote) and the pairs cannot be told
		for k := 0; k < len(q.straight); k += 2 {
			q.found = append(q.found, [2]int{q.straight[k], q.straight[k+1]})
		}
	}
	return q.found
}

// quotePairSpacing reports the spacing of one pair of quotation marks, at
// o and c within paragraph p: a space inside either mark, and no space
// outside one where a word or a colon touches it (said:"the, "win"and). Each
// side is one finding, whose span takes in the words beside the marks so the
// suggestion reads as the text should (said: "the); a quoted word with a
// space on both sides inside is one finding (" yes " -> "yes").
func quotePairSpacing(t string, p document.Span, o, c int, emit func(Finding)) {
	_, on := utf8.DecodeRuneInString(t[o:])
	_, cn := utf8.DecodeRuneInString(t[c:])
	in := t[o+on : c]
	if strings.TrimSpace(in) == "" {
		return // `" "`: nothing quoted
	}
	open, closing := t[o:o+on], t[c:c+cn]
	afterLead := strings.TrimLeftFunc(in, isHSpace)
	inner := strings.TrimRightFunc(afterLead, isHSpace)
	lead, trail := len(in)-len(afterLead), len(afterLead)-len(inner)
	first, last := firstWord(inner), lastWord(inner)
	// Outside: a word or a colon touching the opening mark, a word the closing one.
	before := ""
	if r, _ := utf8.DecodeLastRuneInString(t[p.Start:o]); unicode.IsLetter(r) || unicode.IsDigit(r) || r == ':' || r == ',' || r == ';' {
		before = lastWord(t[max(p.Start, o-maxSpacedWord-1):o])
	}
	after := ""
	if r, _ := utf8.DecodeRuneInString(t[c+cn : p.End]); unicode.IsLetter(r) || unicode.IsDigit(r) {
		after = firstWord(t[c+cn : min(p.End, c+cn+maxSpacedWord+1)])
	}
	if max(len(first), len(last), len(before), len(after)) > maxSpacedWord {
		return // a run of text without spaces (markup, a code), not words beside a quotation
	}
	sep := func(s string) string {
		if s == "" {
			return ""
		}
		return " "
	}
	emitSide := func(start, end int, msg, repl string) {
		emit(Finding{Rule: "mt.quote-spacing", Category: MTArtefact, Span: document.Span{Start: start, End: end}, Confidence: 0.85,
			Message: msg, Fixes: []Fix{{Replacement: repl, Safe: true}}})
	}
	if lead > 0 && trail > 0 && o+on+lead+len(first) >= c-trail-len(last) {
		emitSide(o-len(before), c+cn+len(after), "Spaces inside the quotation marks",
			before+sep(before)+open+inner+closing+sep(after)+after)
		return
	}
	if lead > 0 || before != "" {
		end, repl := o+on, before+sep(before)+open
		if lead > 0 {
			end, repl = o+on+lead+len(first), repl+first
		}
		emitSide(o-len(before), end, sideMessage(lead > 0, before != "", "opening"), repl)
	}
	if trail > 0 || after != "" {
		start, repl := c, closing+sep(after)+after
		if trail > 0 {
			start, repl = c-trail-len(last), last+repl
		}
		emitSide(start, c+cn+len(after), sideMessage(trail > 0, after != "", "closing"), repl)
	}
}

// maxSpacedWord is the longest word quotePairSpacing puts in a suggestion;
// it looks no further for one, so a page without spaces is not read back to
// its start at every mark.
const maxSpacedWord = 64

// sideMessage says what is wrong on one side of a quotation: a space inside
// the mark, none outside it, or both.
func sideMessage(inside, outside bool, mark string) string {
	switch {
	case inside && outside:
		return "Space inside the " + mark + " quotation mark instead of outside it"
	case inside && mark == "opening":
		return "Space after the opening quotation mark"
	case inside:
		return "Space before the closing quotation mark"
	case mark == "opening":
		return "No space before the opening quotation mark"
	}
	return "No space after the closing quotation mark"
}

// misPaired: straight quotes taken in order as pairs put an opening mark
// where a closing one stands (a word before it, a space after: `win" and`)
// or a closing one where an opening one stands (`said "Since`); after a
// colon a mark opens. A quotation mark was lost or added earlier in the
// paragraph, so the pairs are not the writer's, and what looks like a space
// inside a mark is a space outside it.
func misPaired(t string, p document.Span, marks []int) bool {
	isSpace := func(i int) bool { return i < p.Start || i >= p.End || t[i] == ' ' || t[i] == '\n' || t[i] == '\t' }
	for k, m := range marks {
		wordBefore, spaceAfter := !isSpace(m-1), isSpace(m+1)
		colon := m > p.Start && t[m-1] == ':' // `said:" the` opens a quotation whatever follows
		if k%2 == 0 && wordBefore && spaceAfter && !colon || k%2 == 1 && !wordBefore && isLetterAt(t, m+1) {
			return true
		}
	}
	return false
}

// curlyPairs appends to pairs the curly pairs of the paragraph: an opening
// mark and the closing mark after it, with no other curly double mark
// between. foreign is true when the paragraph holds „, « or », whose
// spacing is another language's.
func curlyPairs(t string, p document.Span, pairs [][2]int) (_ [][2]int, foreign bool) {
	open := -1
	for i := p.Start; i < p.End; {
		if i = nextNonASCII(t[:p.End], i); i == p.End {
			break
		}
		r, n := utf8.DecodeRuneInString(t[i:])
		switch r {
		case '“':
			open = i
		case '”':
			if open >= 0 {
				pairs = append(pairs, [2]int{open, i})
			}
			open = -1
		case '„', '«', '»':
			return pairs, true
		}
		i += n
	}
	return pairs, false
}

// firstWord is the run of non-space characters s opens with, lastWord the
// one it ends with (none when it opens or ends with a space).
func firstWord(s string) string { return s[:len(s)-len(strings.TrimLeftFunc(s, notSpace))] }

func lastWord(s string) string { return s[len(strings.TrimRightFunc(s, notSpace)):] }

func notSpace(r rune) bool { return !unicode.IsSpace(r) }
