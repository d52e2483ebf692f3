package checks

import (
	"context"
	"fmt"
	"regexp"
	"strings"

	"github.com/copydesk/copydesk/document"
)

// placeholderCheck finds template placeholders that leaked into published text:
// printf verbs ("%s", "%1$s"), .NET and ICU slots ("{0}"), and mustache, shell
// and Python templates ("{{name}}", "${name}", "%(name)s"). One linear RE2 pass
// over the text.
type placeholderCheck struct{}

func init() {
	Register(Family{ID: "mt.placeholder", Rules: []RuleInfo{{ID: "mt.placeholder", Category: MTArtefact, Severity: Error,
		Description: "A template placeholder (\"%s\", \"{0}\", \"{{name}}\") left in the text where a value should be."}},
		New: func(*Setup) (Check, error) { return placeholderCheck{}, nil }})
}

func (placeholderCheck) ID() string { return "mt.placeholder" }

var placeholderRe = regexp.MustCompile(`(?:^|[^\w%])(%(?:\d+\$)?[sdfi]|%\(\w+\)[sd]|\{\d{1,2}\}|\{\{\s*[\w.]+\s*\}\}|\$\{\w+\})(?:[^\w]|$)`)

func (placeholderCheck) Check(ctx context.Context, d *document.Document, emit func(Finding)) {
	t := d.Text
	if !strings.ContainsAny(t, "%{") {
		return
	}
	for _, m := range placeholderRe.FindAllStringSubmatchIndex(t, -1) {
		s, e := m[2], m[3]
		emit(Finding{Rule: "mt.placeholder", Category: MTArtefact, Span: document.Span{Start: s, End: e}, Confidence: 0.9,
			Message: fmt.Sprintf("Template placeholder %q left in the text; the value it stood for is missing", t[s:e])})
	}
}
