package checks

import (
	"fmt"
	"strings"

	"github.com/copydesk/copydesk/document"
	"github.com/copydesk/copydesk/rules"
)

// residueLines classifies the lines the packs do not name, in the spirit
// of jusText: after the article body ends (the last paragraph of real prose:
// long, with English function words and a full stop), short lines without
// sentence punctuation and with few function words are page residue — link
// lists, tags, share labels, related-story titles. A line counts only with
// enough confidence: two or more such lines together, or one that is mostly
// links. Comment threads are left to boilerplate.comment-thread.
type lineStats struct {
	words, function int
	terminal, links bool
}

// statsOf sums up line number line of d.
func statsOf(d *document.Document, fw *spellings, line int) lineStats {
	var st lineStats
	toks := d.LineTokens(line)
	for _, t := range toks {
		switch t.Kind {
		case document.Word:
			st.words++
			if fw.isFunctionFolded(t.Word) {
				st.function++
			}
		case document.URL, document.Handle, document.Hashtag, document.Email:
			st.links = true
		}
	}
	s := strings.TrimSpace(d.Slice(d.Lines[line]))
	st.terminal = strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?") ||
		strings.HasSuffix(s, ".”") || strings.HasSuffix(s, ".\"") || strings.HasSuffix(s, ":")
	return st
}

// prose is a body paragraph: a sentence of ten words or more, with function
// words, ending in a full stop. News sentences are short; at fifteen words a
// list in the body followed by a one-sentence paragraph read as the page's tail.
func (st lineStats) prose() bool {
	return st.words >= 10 && st.function*5 >= st.words && st.terminal
}

// short is a line too short to be a sentence of the article and without
// its punctuation: on its own it may be a subheading, three together in the
// tail are a list of related headlines ("How to apply for the subsidy").
func (st lineStats) short() bool {
	return st.words >= 1 && st.words <= 10 && !st.terminal
}

// residue reads as page furniture.
func (st lineStats) residue() bool {
	if st.links && st.words <= 12 {
		return true
	}
	return st.words >= 1 && st.words <= 8 && !st.terminal && st.function*4 <= st.words
}

// residueLines runs inside the boilerplate check, which has found the pack's
// lines already (hits): those are its findings, not the classifier's.
func residueLines(d *document.Document, facts *sharedFacts, hits []lineHit, emit func(Finding)) {
	lines := d.Lines
	fw := spellingsOf(d, facts)
	lastBody := -1
	for i := len(lines) - 1; i >= 0; i-- { // from the end: the body's last paragraph is usually near it
		if statsOf(d, fw, i).prose() {
			lastBody = i
			break
		}
	}
	if lastBody < 0 || lastBody == len(lines)-1 {
		return
	}
	named := map[int]*rules.Entry{} // the lines the pack names, by the entry naming them
	for _, h := range hits {
		if h.line >= 0 {
			named[h.line] = h.entry
		}
	}
	// The tail after the body; a comment thread there is another rule's (a
	// line the pack names, "Last updated on 5 May 2021", is no commenter's header).
	var tail []int
	for i := lastBody + 1; i < len(lines); i++ {
		s := strings.TrimSpace(d.Slice(lines[i]))
		if s == "" || document.IsBlank(s) {
			continue
		}
		if named[i] == nil && len(s) <= 90 && maybeStamped(s) && stampedHeader.MatchString(s) {
			return
		}
		tail = append(tail, i)
	}
	// A run of lines: how many read as furniture by themselves (residue, not
	// only short); whether a line ending in a colon introduced it (a list of
	// the article's); whether it follows a heading the pack names ("More on
	// this story", then its links: the short lines under such a heading go
	// whatever their words, as the titles of related stories read as titles).
	var run []int
	strong := 0
	introduced := strings.HasSuffix(strings.TrimSpace(d.Slice(lines[lastBody])), ":")
	afterHeading := false
	flush := func() {
		weakRun := len(run) >= 3 && !introduced // related headlines: short lines in a row, whatever their words
		if len(run) > 0 && (strong >= 2 || weakRun || afterHeading || len(run) == 1 && strong == 1 && statsOf(d, fw, run[0]).links) {
			first, last := trimLine(d, lines[run[0]]), trimLine(d, lines[run[len(run)-1]])
			span := document.Span{Start: first.Start, End: last.End}
			msg := fmt.Sprintf("Page residue after the article, %d short lines without a sentence, from %q", len(run), clip(d.Slice(first), 40))
			if len(run) == 1 {
				msg = fmt.Sprintf("Page residue after the article: %q", clip(d.Slice(first), 50))
			}
			emit(Finding{Rule: "boilerplate.residue-line", Category: Boilerplate, Span: span, Confidence: 0.6 + 0.1*float64(min(len(run), 3)),
				Message: msg, Fixes: []Fix{{Replacement: "", Safe: true}}})
		}
		run, strong = run[:0], 0
	}
	for _, i := range tail {
		if e := named[i]; e != nil {
			flush()
			afterHeading, introduced = e.Heading, false
			continue
		}
		switch st := statsOf(d, fw, i); {
		case st.residue():
			run = append(run, i)
			strong++
		case st.short():
			run = append(run, i)
		default:
			flush()
			afterHeading = false
			introduced = strings.HasSuffix(strings.TrimSpace(d.Slice(lines[i])), ":")
		}
	}
	flush()
}
