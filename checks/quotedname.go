package checks

import (
	"context"
	"fmt"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/document"
)

// quotedNameCheck finds a personal or organisation name set alone in quotes
// and used as a plain noun: "“John Kerry” described his talks". The Arabic
// press quotes names this way; in English the quotes read as irony or doubt.
// A quoted name followed by a verb or a conjunction (not closing a sentence,
// not introduced by "called" or "named") is flagged.
type quotedNameCheck struct{}

func init() {
	Register(Family{ID: "mt.quoted-name", Rules: []RuleInfo{{ID: "mt.quoted-name", Category: MTArtefact, Severity: Info, Fixable: true,
		Description: "A name set in quotes as the subject of a sentence (\"“John Kerry” described\"), an Arabic-press convention."}},
		New: func(*Setup) (Check, error) { return quotedNameCheck{}, nil }})
}

func (quotedNameCheck) ID() string { return "mt.quoted-name" }

var introducers = map[string]bool{"called": true, "named": true, "dubbed": true, "titled": true, "entitled": true,
	"word": true, "term": true, "as": true, "slogan": true, "codenamed": true, "nicknamed": true, "known": true}

func (quotedNameCheck) Check(ctx context.Context, d *document.Document, emit func(Finding)) {
	t := d.Text
	toks := d.Tokens
	for i := 0; i < len(toks); i++ {
		if toks[i].Kind != document.Punct || t[toks[i].Start:toks[i].End] != "“" {
			continue
		}
		// One to three capitalised words, then the closing mark.
		j := i + 1
		for j < len(toks) && j-i <= 3 && toks[j].Kind == document.Word && startsUpper(t[toks[j].Start:toks[j].End]) {
			j++
		}
		if j == i+1 || j >= len(toks) || t[toks[j].Start:toks[j].End] != "”" {
			continue
		}
		if i > 0 && toks[i-1].Kind == document.Word && inLowered(introducers, t[toks[i-1].Start:toks[i-1].End]) {
			continue
		}
		// Used as a noun: the next token is a lower-case word (a verb, "and", "said").
		if j+1 >= len(toks) || toks[j+1].Kind != document.Word || startsUpper(t[toks[j+1].Start:toks[j+1].End]) {
			continue
		}
		inner := t[toks[i].End:toks[j].Start]
		emit(Finding{Rule: "mt.quoted-name", Category: MTArtefact, Span: document.Span{Start: toks[i].Start, End: toks[j].End},
			Confidence: 0.6, Message: fmt.Sprintf("Name %q set in quotes; English news prints names without them", inner),
			Fixes: []Fix{{Replacement: inner, Safe: false}}})
		i = j
	}
}

func startsUpper(s string) bool {
	if s != "" && s[0] < utf8.RuneSelf {
		return s[0] >= 'A' && s[0] <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
