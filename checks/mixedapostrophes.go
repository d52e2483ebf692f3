package checks

import (
	"context"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/document"
)

// mixedApostrophesCheck finds a document that writes its apostrophes both
// straight and curly ("don't" and "don’t", "Iraq's" and "Iraq’s"), as copy
// joined from two sources or passed through two editors does. Only marks
// between two letters count: those are apostrophes whatever the style,
// where a mark at a word's edge may be a single quotation mark. The style
// most of them are in is kept (curly on a tie), and each of the others
// becomes its counterpart: a safe fix, since between letters the two
// marks are one character in two typefaces.
type mixedApostrophesCheck struct{}

func init() {
	Register(Family{ID: "format.mixed-apostrophes", Rules: []RuleInfo{{ID: "format.mixed-apostrophes", Category: Formatting, Severity: Info,
		Description: "Straight and curly apostrophes mixed in one document (don't and don’t): the minority style's, with the majority's.", Fixable: true}},
		New: func(*Setup) (Check, error) { return mixedApostrophesCheck{}, nil }})
}

func (mixedApostrophesCheck) ID() string { return "format.mixed-apostrophes" }

const curlyApostrophe = "’"

func (mixedApostrophesCheck) Check(ctx context.Context, d *document.Document, emit func(Finding)) {
	t := d.Text
	if strings.IndexByte(t, '\'') < 0 || !strings.Contains(t, curlyApostrophe) {
		return // one style or none: most documents stop here
	}
	var straight, curly []int
	marks := newByteFinder(t, "'"+curlyApostrophe[:1])
	for i := 0; i < len(t); i++ {
		if i = marks.from(i); i == len(t) {
			break
		}
		switch {
		case t[i] == '\'':
			if betweenLetters(t, i, i+1) {
				straight = append(straight, i)
			}
		case strings.HasPrefix(t[i:], curlyApostrophe):
			if betweenLetters(t, i, i+len(curlyApostrophe)) {
				curly = append(curly, i)
			}
			i += len(curlyApostrophe) - 1
		}
	}
	if len(straight) == 0 || len(curly) == 0 {
		return
	}
	n := len(straight) + len(curly)
	minority, size, repl, msg := straight, 1, curlyApostrophe, "Straight apostrophe in a document that writes them curly (%d of %d); write ’"
	if len(straight) > len(curly) {
		minority, size, repl, msg = curly, len(curlyApostrophe), "'", "Curly apostrophe in a document that writes them straight (%d of %d); write '"
	}
	for _, i := range minority {
		emit(Finding{Rule: "format.mixed-apostrophes", Category: Formatting, Span: document.Span{Start: i, End: i + size}, Confidence: 0.8,
			Message: fmt.Sprintf(msg, n-len(minority), n), Fixes: []Fix{{Replacement: repl, Safe: true}}})
	}
}

// betweenLetters: a letter ends just before start and one begins at end.
func betweenLetters(t string, start, end int) bool {
	if start == 0 || end >= len(t) {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(t[:start])
	after, _ := utf8.DecodeRuneInString(t[end:])
	return unicode.IsLetter(before) && unicode.IsLetter(after)
}
