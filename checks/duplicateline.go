package checks

import (
	"context"
	"fmt"
	"strings"
	"unicode"

	"github.com/copydesk/copydesk/document"
)

// duplicateLineCheck finds a headline or paragraph printed twice. Lines are
// compared after folding case and white space (no-break spaces included); the
// finding points at the later copy and names the first in Related.
type duplicateLineCheck struct{}

func init() {
	Register(Family{ID: "boilerplate.duplicate-line", Rules: []RuleInfo{{ID: "boilerplate.duplicate-line", Category: Boilerplate,
		Severity: Warning, Fixable: true,
		Description: "A headline or paragraph repeated in the document (case and spacing ignored); the later copy is flagged."}},
		New: func(*Setup) (Check, error) { return duplicateLineCheck{}, nil }})
}

func (duplicateLineCheck) ID() string { return "boilerplate.duplicate-line" }

// foldLine lower-cases and squeezes white space, for comparing lines.
func foldLine(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if document.IsSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

func (duplicateLineCheck) Check(ctx context.Context, d *document.Document, emit func(Finding)) {
	first := map[string]document.Span{}
	for _, l := range d.Lines {
		s := trimLine(d, l)
		if s.Len() < 20 {
			continue
		}
		words := 0
		for _, t := range d.TokensIn(s) {
			if t.Kind == document.Word {
				words++
			}
		}
		if words < 4 {
			continue
		}
		key := foldLine(d.Slice(s))
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
