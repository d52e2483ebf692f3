package checks

import (
	"context"
	"strings"
	"unicode/utf8"

	"github.com/copydesk/copydesk/document"
)

// quotePunctCheck holds a house that writes American style to its rule: a
// comma or a full stop goes inside the closing quotation mark (`"Action
// Plan."`, not `"Action Plan".`), whatever the quotation is. AP and
// the Chicago Manual write it so, and MQM's raters, working to US style,
// mark it. British and logical style put the mark where the sense puts it,
// so without the setting (quote-punctuation: american) the check reports
// nothing: which placement is right there depends on what was quoted.
//
// The quotation marks are paired as mt.quote-spacing pairs them; a
// quotation that already ends with its own mark ("Why?".) is left alone,
// as are "..." and a mark that runs on into a word ("file".txt).
type quotePunctCheck struct {
	american bool
}

func init() {
	Register(Family{ID: "format.quote-punctuation", Rules: []RuleInfo{{ID: "format.quote-punctuation", Category: Formatting, Severity: Warning,
		Description: "With quote-punctuation: american, a comma or full stop after a closing quotation mark (\"Action Plan\".): American style puts it inside.", Fixable: true}},
		New: func(s *Setup) (Check, error) {
			return &quotePunctCheck{american: s.Config.QuotePunctuation == "american"}, nil
		}})
}

func (*quotePunctCheck) ID() string { return "format.quote-punctuation" }

func (c *quotePunctCheck) Check(ctx context.Context, d *document.Document, emit func(Finding)) {
	t := d.Text
	if !c.american || strings.IndexByte(t, '"') < 0 && !strings.Contains(t, "”") {
		return // not the house's rule, or no quotation marks: most documents stop here
	}
	var q quotePairer
	for _, p := range d.Paragraphs {
		for _, pr := range q.pairs(t, p) {
			o, cl := pr[0], pr[1]
			_, n := utf8.DecodeRuneInString(t[cl:])
			at := cl + n
			if at >= p.End || t[at] != ',' && t[at] != '.' {
				continue
			}
			if at+1 < p.End && (t[at+1] == '.' || isLetterAt(t, at+1)) {
				continue // "...", "file".txt, "1",000 (isLetterAt takes digits too)
			}
			_, on := utf8.DecodeRuneInString(t[o:])
			inner := strings.TrimRight(t[o+on:cl], " ")
			if inner == "" || strings.ContainsAny(inner[len(inner)-1:], ".,!?;:") {
				continue // nothing quoted, or the quotation ends with its own mark ("Why?".)
			}
			mark, closing := t[at:at+1], t[cl:at]
			msg := "Comma after the closing quotation mark: American style puts it inside (quote-punctuation: american)"
			if mark == "." {
				msg = "Full stop after the closing quotation mark: American style puts it inside (quote-punctuation: american)"
			}
			emit(Finding{Rule: "format.quote-punctuation", Category: Formatting, Span: document.Span{Start: cl, End: at + 1}, Confidence: 0.9,
				Message: msg, Fixes: []Fix{{Replacement: mark + closing, Safe: true}}})
		}
	}
}
