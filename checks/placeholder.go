package checks

import (
	"context"
	"fmt"
	"regexp"

	"github.com/copydesk/copydesk/document"
)

// placeholderCheck finds template placeholders that leaked into published text:
// printf verbs ("%s", "%1$s"), .NET and ICU slots ("{0}"), and mustache, shell,
// Python and CMS templates ("{{name}}", "${name}", "%(name)s", "%%AD_SLOT%%"). One linear RE2 pass
// over the text.
type placeholderCheck struct{}

func init() {
	Register(Family{ID: "mt.placeholder", Rules: []RuleInfo{{ID: "mt.placeholder", Category: MTArtefact, Severity: Error,
		Description: "A template placeholder (\"%s\", \"{0}\", \"{{name}}\") left in the text where a value should be."}},
		New: func(*Setup) (Check, error) { return placeholderCheck{}, nil }})
}

func (placeholderCheck) ID() string { return "mt.placeholder" }

// placeholderRe is matched only where a placeholder can begin (at a '%', '{'
// or '$'), anchored there, on a short window: news text is full of "%" signs,
// and one pass of a general regular expression over the whole text cost more
// than every other formatting check together.
var placeholderRe = regexp.MustCompile(`^(?:%(?:\d+\$)?[sdfi]|%\(\w+\)[sd]|%%[A-Za-z_]\w{0,40}%%|\{\d{1,2}\}|\{\{\s*[\w.]+\s*\}\}|\$\{\w+\})`)

// placeholderWindow bounds the text a placeholder can span ("{{ a.long.name }}").
const placeholderWindow = 80

func (placeholderCheck) Check(ctx context.Context, d *document.Document, emit func(Finding)) {
	t := d.Text
	starts := newByteFinder(t, "%{$")
	for i := 0; i < len(t); i++ {
		if i = starts.from(i); i == len(t) {
			return
		}
		// Not glued to a word or to another '%' before it ("50%s" is a typo of its own, "%%s" an escape).
		if i > 0 && (asciiWord(t[i-1]) || t[i-1] == '%') {
			continue
		}
		loc := placeholderRe.FindStringIndex(t[i:min(len(t), i+placeholderWindow)])
		if loc == nil {
			continue
		}
		e := i + loc[1]
		if e < len(t) && asciiWord(t[e]) {
			continue // "%sure": the start of a word, not a placeholder
		}
		emit(Finding{Rule: "mt.placeholder", Category: MTArtefact, Span: document.Span{Start: i, End: e}, Confidence: 0.9,
			Message: fmt.Sprintf("Template placeholder %q left in the text; the value it stood for is missing", t[i:e])})
		i = e - 1
	}
}

// asciiWord reports whether b is an ASCII letter, digit or underscore (RE2's \w).
func asciiWord(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '_'
}
