package checks

import (
	"context"
	"strings"
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
	var pairs [][2]int // the offsets of an opening mark and its closing one
	var straight []int
	for _, p := range d.Paragraphs {
		var foreign bool
		if pairs, foreign = curlyPairs(t, p, pairs[:0]); foreign {
			continue
		}
		straight = straight[:0]
		for i := p.Start; i < p.End; i++ {
			k := strings.IndexByte(t[i:p.End], '"')
			if k < 0 {
				break
			}
			if i += k; !inchMark(t, p, i) {
				straight = append(straight, i)
			}
		}
		if len(straight)%2 == 0 { // else a mark is missing (mt.unbalanced-quote) and the pairs cannot be told
			for k := 0; k < len(straight); k += 2 {
				pairs = append(pairs, [2]int{straight[k], straight[k+1]})
			}
		}
		for _, pr := range pairs {
			o, c := pr[0], pr[1]
			_, on := utf8.DecodeRuneInString(t[o:])
			in := t[o+on : c]
			if strings.TrimSpace(in) == "" {
				continue // `" "`: nothing quoted
			}
			// The span takes in the word beside the space, as mt.spacing's do,
			// so the suggestion reads as the text should: "the, not " the.
			_, cn := utf8.DecodeRuneInString(t[c:])
			lead, trail := leadingHSpace(in), trailingHSpace(in)
			if lead == 0 && trail == 0 {
				continue
			}
			openEnd := o + on + lead + wordLen(in[lead:])
			closeStart := c - trail - lastWordLen(in[:len(in)-trail])
			if lead > 0 && trail > 0 && openEnd >= closeStart {
				// One word quoted (" yes "): one finding for both spaces.
				emit(Finding{Rule: "mt.quote-spacing", Category: MTArtefact, Span: document.Span{Start: o, End: c + cn}, Confidence: 0.85,
					Message: "Spaces inside the quotation marks", Fixes: []Fix{{Replacement: t[o:o+on] + strings.TrimSpace(in) + t[c:c+cn], Safe: true}}})
				continue
			}
			if lead > 0 {
				emit(Finding{Rule: "mt.quote-spacing", Category: MTArtefact, Span: document.Span{Start: o, End: openEnd}, Confidence: 0.85,
					Message: "Space after the opening quotation mark", Fixes: []Fix{{Replacement: t[o:o+on] + t[o+on+lead:openEnd], Safe: true}}})
			}
			if trail > 0 {
				emit(Finding{Rule: "mt.quote-spacing", Category: MTArtefact, Span: document.Span{Start: closeStart, End: c + cn}, Confidence: 0.85,
					Message: "Space before the closing quotation mark", Fixes: []Fix{{Replacement: t[closeStart:c-trail] + t[c:c+cn], Safe: true}}})
			}
		}
	}
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

// leadingHSpace is the length of the spaces s opens with, on one line.
func leadingHSpace(s string) int {
	n := 0
	for n < len(s) {
		r, size := utf8.DecodeRuneInString(s[n:])
		if !isHSpace(r) {
			break
		}
		n += size
	}
	return n
}

// trailingHSpace is the length of the spaces s ends with, on one line.
func trailingHSpace(s string) int {
	n := len(s)
	for n > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:n])
		if !isHSpace(r) {
			break
		}
		n -= size
	}
	return len(s) - n
}

// wordLen is the length of the run of non-space bytes s opens with.
func wordLen(s string) int {
	if i := strings.IndexAny(s, " \t\n\u00a0"); i >= 0 {
		return i
	}
	return len(s)
}

// lastWordLen is the length of the run of non-space bytes s ends with.
func lastWordLen(s string) int {
	return len(s) - (strings.LastIndexAny(s, " \t\n\u00a0") + 1)
}
