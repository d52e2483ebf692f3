package checks

import (
	"context"
	"fmt"
	"strings"

	"github.com/copydesk/copydesk/document"
)

// duplicateLineCheck finds a headline or paragraph printed twice. Lines are
// compared after folding case, white space (no-break spaces included) and
// quotes (see foldedLine); the
// finding points at the later copy and names the first in Related.
type duplicateLineCheck struct{}

func init() {
	Register(Family{ID: "boilerplate.duplicate-line", Rules: []RuleInfo{{ID: "boilerplate.duplicate-line", Category: Boilerplate,
		Severity: Warning, Fixable: true,
		Description: "A headline or paragraph repeated in the document (case and spacing ignored); the later copy is flagged."}},
		New: func(*Setup) (Check, error) { return duplicateLineCheck{}, nil }})
}

func (duplicateLineCheck) ID() string { return "boilerplate.duplicate-line" }

// foldedLine is the line at s as the document's folded text has it (ASCII
// in lower case, each run of horizontal white space as one space, curly
// quotes straight), lower-cased beyond ASCII as well ("ÉTAT" / "état"). Two
// lines are the same line when their folded forms are equal: the folded
// text is made once per document and shared with the phrase search, and a
// map of its substrings hashes a line with the runtime's vector hash, where
// a byte-at-a-time FNV of each line was 4% of a run.
func foldedLine(f *document.Folded, s document.Span) string {
	line := f.Text[f.Offset(s.Start):f.Offset(s.End)]
	if nextNonASCII(line, 0) < len(line) {
		return strings.ToLower(line) // no copy unless a letter changes
	}
	return line
}

func (duplicateLineCheck) Check(ctx context.Context, d *document.Document, emit func(Finding)) {
	first := map[string]document.Span{}
	folded := d.Fold()
	for i, l := range d.Lines {
		s := trimLine(d, l)
		if s.Len() < 20 || s.Len() > 2000 {
			continue
		}
		words := 0
		for _, t := range d.LineTokens(i) { // the trimmed line's: white space holds no token
			if t.Kind == document.Word {
				words++
				if words >= 4 {
					break
				}
			}
		}
		if words < 4 {
			continue
		}
		key := foldedLine(folded, s)
		f, seen := first[key]
		if !seen {
			first[key] = s
			continue
		}
		p := d.Position(f.Start)
		emit(Finding{Rule: "boilerplate.duplicate-line", Category: Boilerplate, Span: s, Confidence: 0.9,
			Message: fmt.Sprintf("Repeated line: %q already appears on line %d", clip(d.Slice(s), 50), p.Line),
			Fixes:   []Fix{{Replacement: "", Safe: true}},
			Related: []Location{{Path: d.Path, Offset: f.Start, Length: f.Len(), Line: p.Line, Column: p.Column, Text: clip(d.Slice(f), 80)}}})
	}
}
