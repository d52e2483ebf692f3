package checks

import (
	"context"
	"fmt"
	"strings"

	"github.com/copydesk/copydesk/document"
)

// straySlashCheck finds a slash set between two words with spaces around it
// in running prose: "Iraqi Defense Ministry / said", "bloggers / netizens".
// News copy writes "and" or "or" (AP keeps the slash for a few fixed forms
// such as "24/7", written without spaces); a spaced slash between phrases is
// the residue of a source's field separator or of a translation engine that
// could not choose between two renderings. Short lines (a photo credit,
// "Reuters / Ammar Awad") and lines with several spaced slashes (breadcrumbs,
// "Home / News / World") are left alone: there the slash is a separator.
type straySlashCheck struct{}

func init() {
	Register(Family{ID: "mt.stray-slash", Rules: []RuleInfo{{ID: "mt.stray-slash", Category: MTArtefact, Severity: Warning,
		Description: "A slash with spaces around it between two words of running prose (\"Defense Ministry / said\", \"bloggers / netizens\")."}},
		New: func(*Setup) (Check, error) { return straySlashCheck{}, nil }})
}

func (straySlashCheck) ID() string { return "mt.stray-slash" }

// proseLineWords is how many words a line needs to be running prose rather
// than a credit, a caption or a menu.
const proseLineWords = 8

func (straySlashCheck) Check(ctx context.Context, d *document.Document, emit func(Finding)) {
	t := d.Text
	for li := range d.Lines {
		toks := d.LineTokens(li)
		var slash []int
		words := 0
		for i, k := range toks {
			switch {
			case k.Kind == document.Word:
				words++
			case k.Kind == document.Punct && t[k.Start:k.End] == "/" && i > 0 && i+1 < len(toks) &&
				toks[i-1].Kind == document.Word && toks[i+1].Kind == document.Word &&
				onlyHSpace(t[toks[i-1].End:k.Start]) && onlyHSpace(t[k.End:toks[i+1].Start]):
				slash = append(slash, i)
			}
		}
		if len(slash) != 1 || words < proseLineWords {
			continue
		}
		i := slash[0]
		s, e := toks[i-1].Start, toks[i+1].End
		emit(Finding{Rule: "mt.stray-slash", Category: MTArtefact, Span: document.Span{Start: s, End: e}, Confidence: 0.6,
			Message: fmt.Sprintf("Slash between words in running text: %q; write \"and\" or \"or\", or delete the slash and whichever side is left over", strings.Join(strings.Fields(t[s:e]), " "))})
	}
}
