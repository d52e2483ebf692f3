package checks

import (
	"context"

	"github.com/copydesk/copydesk/document"
)

// doubleSpaceCheck finds two or more plain spaces between words on one line.
// Indentation and trailing spaces are layout, not prose, and are left alone.
type doubleSpaceCheck struct{}

func init() {
	Register(Family{ID: "format.double-space", Rules: []RuleInfo{{ID: "format.double-space", Category: Formatting, Severity: Info,
		Description: "Two or more spaces between words inside a line.", Fixable: true}},
		New: func(*Setup) (Check, error) { return doubleSpaceCheck{}, nil }})
}

func (doubleSpaceCheck) ID() string { return "format.double-space" }

func (doubleSpaceCheck) Check(ctx context.Context, d *document.Document, emit func(Finding)) {
	t := d.Text
	for _, l := range d.Lines {
		// Skip indentation.
		i := l.Start
		for i < l.End && (t[i] == ' ' || t[i] == '\t') {
			i++
		}
		for ; i < l.End; i++ {
			k := indexDoubleSpace(t[:l.End], i)
			if k < 0 {
				break
			}
			i = k
			j := i
			for j < l.End && t[j] == ' ' {
				j++
			}
			if j < l.End && t[j] != '\t' && i > l.Start && t[i-1] != '\t' {
				emit(Finding{Rule: "format.double-space", Category: Formatting, Span: document.Span{Start: i, End: j},
					Message: "Several spaces between words; use one", Confidence: 0.7,
					Fixes: []Fix{{Replacement: " ", Safe: true}}})
			}
			i = j
		}
	}
}
