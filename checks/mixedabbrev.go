package checks

import (
	"context"
	"fmt"
	"strings"

	"github.com/copydesk/copydesk/document"
)

// mixedAbbrevCheck finds a document that writes an abbreviation both with
// and without full stops ("U.S." and "US"), as copy from two sources or two
// engines does: style books choose one form, and a reader should not meet
// both. The form most of the document uses is kept (the dotted one on a
// tie); each use of the other gets it as a suggestion. With the house's
// form set (abbreviations: dotted or plain), every use of the other form is
// a finding, mixed or not, and its fix is safe: AP writes "U.S.", the BBC
// "US", and MQM's raters, working to US style, mark 101 of the 111 "US"
// in their zh-en set. The pairs are the abbreviations pack's. Lines in
// capitals are left alone ("LET US PRAY").
type mixedAbbrevCheck struct {
	pairs [][2]string // dotted, plain
	house int         // -1: follow each document's majority; 0: dotted; 1: plain (an index into a pair)
}

func init() {
	Register(Family{ID: "format.mixed-abbreviation", Rules: []RuleInfo{{ID: "format.mixed-abbreviation", Category: Formatting, Severity: Warning,
		Description: "An abbreviation written both with and without full stops in one document (\"U.S.\" and \"US\"): the minority form, with the majority's; with abbreviations: set, every use of the other form."}},
		New: newMixedAbbrev})
}

func newMixedAbbrev(s *Setup) (Check, error) {
	c := &mixedAbbrevCheck{house: map[string]int{"": -1, "dotted": 0, "plain": 1}[s.Config.Abbreviations]}
	for _, e := range s.Packs.ForRule("format.mixed-abbreviation") {
		if len(e.Words) != 2 || !strings.Contains(e.Words[0], ".") || strings.Contains(e.Words[1], ".") {
			return nil, fmt.Errorf("%s (%s): want words: [dotted form, plain form]", e.Source, e.ID)
		}
		c.pairs = append(c.pairs, [2]string{e.Words[0], e.Words[1]})
	}
	return c, nil
}

func (*mixedAbbrevCheck) ID() string { return "format.mixed-abbreviation" }

func (c *mixedAbbrevCheck) Check(ctx context.Context, d *document.Document, emit func(Finding)) {
	t := d.Text
	for _, p := range c.pairs {
		var minority []int
		var found, form, msg string
		if c.house >= 0 {
			found, form = p[1-c.house], p[c.house]
			minority = abbrevUses(d, found, c.house == 1)
			msg = fmt.Sprintf("%q where the house style writes %q (abbreviations: %s)", found, form, c.houseName())
		} else {
			dotted := abbrevUses(d, p[0], true)
			if len(dotted) == 0 {
				continue // most documents stop here
			}
			plain := abbrevUses(d, p[1], false)
			if len(plain) == 0 {
				continue
			}
			minority, found, form = plain, p[1], p[0] // the dotted form wins a tie
			if len(plain) > len(dotted) {
				minority, found, form = dotted, p[0], p[1]
			}
			msg = fmt.Sprintf("%q in a document that mostly writes %q (%d to %d); use one form", found, form,
				len(dotted)+len(plain)-len(minority), len(minority))
		}
		for _, at := range minority {
			span, repl := document.Span{Start: at, End: at + len(found)}, form
			switch {
			case form == p[1] && endsLine(t, span.End):
				repl = form + "." // "… in the U.S." ending its paragraph keeps its full stop
			case form == p[0] && span.End < len(t) && t[span.End] == '.':
				span.End++ // "in the US." becomes "in the U.S.", not "U.S.."
			}
			// "the U.S. Senate" or "in the U.S. The talks": a capital after a
			// dotted form may start a sentence its full stop ended, so only a
			// reader can drop that full stop.
			safe := c.house >= 0 && !(form == p[1] && capitalFollows(t, span.End))
			emit(Finding{Rule: "format.mixed-abbreviation", Category: Formatting, Span: span, Confidence: 0.8,
				Message: msg, Fixes: []Fix{{Replacement: repl, Safe: safe}}})
		}
	}
}

// capitalFollows: spaces on the line, then an upper-case letter, follow i.
func capitalFollows(t string, i int) bool { return startsUpper(strings.TrimLeft(t[i:], " \t")) }

// houseName is the abbreviations setting in force.
func (c *mixedAbbrevCheck) houseName() string { return [...]string{"dotted", "plain"}[c.house] }

// abbrevUses are the offsets where form stands as a word of its own, outside
// lines in capitals; a plain form before "$" is a currency ("US$").
func abbrevUses(d *document.Document, form string, dotted bool) []int {
	t := d.Text
	var out []int
	line, prose := -1, false // the line of the last use, and whether it has lower-case letters
	for from := 0; ; {
		i := strings.Index(t[from:], form)
		if i < 0 {
			return out
		}
		i += from
		from = i + len(form)
		end := i + len(form)
		if i > 0 && (isLetterAt(t, i-1) || t[i-1] == '.') || end < len(t) && isLetterAt(t, end) {
			continue
		}
		if !dotted && end < len(t) && (t[end] == '$' || t[end] == '.' && end+1 < len(t) && isLetterAt(t, end+1)) {
			continue // "US$", "US.S"
		}
		if li := d.LineOf(i); li != line {
			line, prose = li, hasLowerOnLine(d, i) // once a line: a page on one line may hold thousands of uses
		}
		if !prose {
			continue // a line in capitals: "LET US PRAY"
		}
		out = append(out, i)
	}
}

// endsLine: only spaces follow i before the line or the text ends.
func endsLine(t string, i int) bool {
	for i < len(t) && (t[i] == ' ' || t[i] == '\t' || t[i] == '\r') {
		i++
	}
	return i == len(t) || t[i] == '\n'
}
