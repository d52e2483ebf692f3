package checks

import (
	"context"
	"path"
	"strings"

	"github.com/copydesk/copydesk/document"
)

// directive is one inline suppression: "copydesk:ignore RULE[,RULE] -- reason".
// It silences the listed rules on its own line and on the next non-blank line.
type directive struct {
	span   document.Span // the directive's own text
	scope  document.Span // the lines it covers
	rules  []string
	reason string
	used   bool
}

const directiveMark = "copydesk:ignore"

func init() {
	Register(Family{ID: "meta", Rules: []RuleInfo{
		{ID: "meta.unused-suppression", Category: Meta, Severity: Info,
			Description: "A copydesk:ignore directive that suppresses nothing; remove it."},
		{ID: "meta.suppression-reason", Category: Meta, Severity: Warning,
			Description: "A copydesk:ignore directive without a reason (\"-- why\"); it is not applied."},
		{ID: "meta.check-failed", Category: Meta, Severity: Error,
			Description: "A check failed on this document; its findings are missing. Please report it."},
		{ID: "meta.truncated", Category: Meta, Severity: Warning,
			Description: "The document was only partly checked (time budget or findings limit)."},
	}, New: func(*Setup) (Check, error) { return nopCheck{}, nil }})
}

// nopCheck stands for the meta family, whose findings come from the runner.
type nopCheck struct{}

func (nopCheck) ID() string                                                     { return "meta" }
func (nopCheck) Check(_ context.Context, _ *document.Document, _ func(Finding)) {}

func parseDirectives(d *document.Document) []*directive {
	var out []*directive
	t := d.Text
	for from := 0; ; {
		i := strings.Index(t[from:], directiveMark)
		if i < 0 {
			return out
		}
		i += from
		from = i + len(directiveMark)
		li := d.LineOf(i)
		line := d.Lines[li]
		rest := strings.TrimSpace(t[from:line.End])
		spec, reason, _ := strings.Cut(rest, "--")
		dv := &directive{span: document.Span{Start: i, End: line.End}, reason: strings.TrimSpace(reason)}
		for _, r := range strings.FieldsFunc(spec, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' }) {
			dv.rules = append(dv.rules, r)
		}
		if len(dv.rules) == 0 {
			dv.rules = []string{"*"}
		}
		end := line.End
		for j := li + 1; j < len(d.Lines); j++ {
			if !document.IsBlank(d.Slice(d.Lines[j])) {
				end = d.Lines[j].End
				break
			}
		}
		dv.scope = document.Span{Start: line.Start, End: end}
		out = append(out, dv)
	}
}

// applySuppressions drops findings silenced by directives and adds the meta
// findings about the directives themselves.
func (e *Engine) applySuppressions(d *document.Document, fs []Finding) []Finding {
	if !strings.Contains(d.Text, directiveMark) {
		return fs
	}
	dirs := parseDirectives(d)
	out := fs[:0]
	for _, f := range fs {
		drop := false
		for _, dv := range dirs {
			if f.Span.Overlaps(dv.span) || f.Span.Start == dv.span.Start {
				drop = true // the directive's own words are not prose
				break
			}
			if dv.reason == "" || f.Span.Start < dv.scope.Start || f.Span.Start >= dv.scope.End {
				continue
			}
			for _, r := range dv.rules {
				if ok, _ := path.Match(r, f.Rule); ok || r == f.Rule || strings.TrimSuffix(r, ".*") == strings.SplitN(f.Rule, ".", 2)[0] {
					drop, dv.used = true, true
					break
				}
			}
			if drop {
				break
			}
		}
		if !drop {
			out = append(out, f)
		}
	}
	for _, dv := range dirs {
		var f Finding
		switch {
		case dv.reason == "":
			f = Finding{Rule: "meta.suppression-reason", Message: "copydesk:ignore needs a reason after \"--\"; this directive is not applied"}
		case !dv.used:
			f = Finding{Rule: "meta.unused-suppression", Message: "This copydesk:ignore directive suppresses nothing; remove it"}
		default:
			continue
		}
		if sev, ok := e.severity[f.Rule]; ok {
			f.Category, f.Severity, f.Span, f.Confidence = Meta, sev, dv.span, 1
			out = append(out, f)
		}
	}
	return out
}
