package checks

import (
	"context"
	"strings"

	"github.com/copydesk/copydesk/document"
)

// doubleHyphenCheck finds two hyphens typed for a dash between words
// ("industry--China", "(Xinhua) -- The"): the typewriter's dash, which news
// sets as an em dash. The spacing around the pair is kept, so the suggestion
// follows the house's choice of spaced or closed dashes. Command-line options
// ("--format"), HTML comments ("<!--", "-->") and longer runs of hyphens
// (rules, separators) are left alone.
type doubleHyphenCheck struct{}

func init() {
	Register(Family{ID: "format.double-hyphen", Rules: []RuleInfo{{ID: "format.double-hyphen", Category: Formatting, Severity: Info,
		Description: "Two hyphens typed for a dash between words (\"--\" for \"—\")."}},
		New: func(*Setup) (Check, error) { return doubleHyphenCheck{}, nil }})
}

func (doubleHyphenCheck) ID() string { return "format.double-hyphen" }

func (doubleHyphenCheck) Check(ctx context.Context, d *document.Document, emit func(Finding)) {
	t := d.Text
	for from := 0; ; {
		k := strings.Index(t[from:], "--")
		if k < 0 {
			return
		}
		i := from + k
		j := i + 2
		for j < len(t) && t[j] == '-' {
			j++
		}
		from = j
		if j-i != 2 || i > 0 && (t[i-1] == '!' || t[i-1] == '<') || j < len(t) && t[j] == '>' {
			continue // a rule of hyphens, an HTML comment or an arrow
		}
		spaceBefore, spaceAfter := i > 0 && t[i-1] == ' ', j < len(t) && t[j] == ' '
		if spaceBefore != spaceAfter {
			continue // "--format", "word-- ": not a dash between two words
		}
		a, b := i, j
		if spaceBefore {
			a, b = i-1, j+1
		}
		if a == 0 || b >= len(t) || !dashNeighbour(t, a-1, true) || !dashNeighbour(t, b, false) {
			continue
		}
		emit(Finding{Rule: "format.double-hyphen", Category: Formatting, Span: document.Span{Start: i, End: j}, Confidence: 0.8,
			Message: "Two hyphens for a dash; write an em dash (—)", Fixes: []Fix{{Replacement: "—"}}})
	}
}

// dashNeighbour: the byte at i can stand next to a dash between words: a
// letter or digit, a quote or bracket, or the end of a sentence before it.
func dashNeighbour(t string, i int, before bool) bool {
	c := t[i]
	switch {
	case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c >= 0x80:
		return true
	case before:
		return strings.IndexByte(`.,;:!?)"'`, c) >= 0
	}
	return strings.IndexByte(`("'`, c) >= 0
}
