package checks

import (
	"context"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/config"
	"github.com/copydesk/copydesk/document"
	"github.com/copydesk/copydesk/edit"
	"github.com/copydesk/copydesk/rules"
)

// ruleCase is one table row: text, and the exact texts the rule must flag in it
// (none for a case that must not fire). fixed, when set, is the text after the
// safe fixes are applied.
type ruleCase struct {
	text  string
	want  []string
	fixed string
}

func testEngine(t testing.TB, only ...string) *Engine {
	t.Helper()
	packs, err := rules.Load(nil)
	if err != nil {
		t.Fatal(err)
	}
	e, err := NewEngine(&Setup{Config: config.Default(), Packs: packs}, only)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func findingsFor(t testing.TB, e *Engine, text string) []Finding {
	t.Helper()
	d := document.New("t.txt", "t", []byte(text))
	return e.CheckDocument(context.Background(), d).Findings
}

// runRuleCases checks each case: flagged texts exactly as listed, spans inside
// the text and on rune boundaries, and the fixed text when given.
func runRuleCases(t *testing.T, rule string, cases []ruleCase) {
	t.Helper()
	e := testEngine(t, rule)
	for _, c := range cases {
		fs := findingsFor(t, e, c.text)
		var got []string
		for _, f := range fs {
			if f.Rule != rule {
				continue
			}
			if f.Span.Start < 0 || f.Span.End > len(c.text) || f.Span.Start > f.Span.End {
				t.Errorf("%s on %q: span %v outside the text", rule, c.text, f.Span)
				continue
			}
			if f.Message == "" {
				t.Errorf("%s on %q: empty message", rule, c.text)
			}
			got = append(got, f.Text)
		}
		if strings.Join(got, "\x00") != strings.Join(c.want, "\x00") {
			t.Errorf("%s on %q:\n got %q\nwant %q", rule, c.text, got, c.want)
		}
		if c.fixed != "" {
			var edits []edit.Edit
			for _, f := range fs {
				if x, ok := f.SafeFix(); ok {
					edits = append(edits, edit.Edit{Start: f.Span.Start, End: f.Span.End, New: x.Replacement})
				}
			}
			out, _, _ := edit.Apply([]byte(c.text), edits)
			if string(out) != c.fixed {
				t.Errorf("%s fix of %q:\n got %q\nwant %q", rule, c.text, out, c.fixed)
			}
		}
	}
}
