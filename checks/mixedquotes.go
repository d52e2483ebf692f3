package checks

import (
	"context"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/copydesk/copydesk/document"
)

// mixedQuotesCheck finds a document that sets its quotations in both
// straight (") and curly (“ ”) double quotes, as copy pasted together from
// several sources or engines does; a publication uses one style. The style
// most of the document's marks are in is kept (curly on a tie) and each mark
// of the other gets its counterpart as a suggestion: a straight quote becomes
// “ where a quotation opens (after a space, a bracket or the line's start) and
// ” elsewhere. Inch marks ("5'10"") are not quotation marks.
type mixedQuotesCheck struct{}

func init() {
	Register(Family{ID: "format.mixed-quotes", Rules: []RuleInfo{{ID: "format.mixed-quotes", Category: Formatting, Severity: Info,
		Description: "Straight and curly double quotes mixed in one document (\"…\" and “…”): the minority style's marks, with the majority's."}},
		New: func(*Setup) (Check, error) { return mixedQuotesCheck{}, nil }})
}

func (mixedQuotesCheck) ID() string { return "format.mixed-quotes" }

func (mixedQuotesCheck) Check(ctx context.Context, d *document.Document, emit func(Finding)) {
	t := d.Text
	if !strings.Contains(t, "\"") || !strings.Contains(t, "“") && !strings.Contains(t, "”") {
		return // one style or none: most documents stop here
	}
	whole := document.Span{Start: 0, End: len(t)}
	var straight, curly []int
	for i := 0; i < len(t); i++ {
		switch {
		case t[i] == '"':
			if !inchMark(t, whole, i) {
				straight = append(straight, i)
			}
		case strings.HasPrefix(t[i:], "“"), strings.HasPrefix(t[i:], "”"):
			curly = append(curly, i)
			i += len("“") - 1
		}
	}
	if len(straight) == 0 || len(curly) == 0 {
		return
	}
	if len(straight) > len(curly) {
		for _, i := range curly {
			emit(Finding{Rule: "format.mixed-quotes", Category: Formatting, Span: document.Span{Start: i, End: i + len("“")}, Confidence: 0.7,
				Message: fmt.Sprintf("Curly quote %q in a document that uses straight quotes (%d of %d marks)", t[i:i+len("“")], len(straight), len(straight)+len(curly)),
				Fixes:   []Fix{{Replacement: "\""}}})
		}
		return
	}
	for _, i := range straight {
		repl := "”"
		if before, _ := utf8.DecodeLastRuneInString(t[:i]); i == 0 || strings.ContainsRune(" \t\n([—–-", before) {
			repl = "“"
		}
		emit(Finding{Rule: "format.mixed-quotes", Category: Formatting, Span: document.Span{Start: i, End: i + 1}, Confidence: 0.7,
			Message: fmt.Sprintf("Straight quote in a document that uses curly quotes (%d of %d marks); write %s", len(curly), len(straight)+len(curly), repl),
			Fixes:   []Fix{{Replacement: repl}}})
	}
}
