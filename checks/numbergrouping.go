package checks

import (
	"context"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/document"
)

// numberGroupingCheck finds a large number written without thousands
// separators in running text ("250000 species", "40000 years ago"): English
// news groups the digits of a number of five or more ("250,000"), and
// translation engines copy the ungrouped digits of the source. Years and
// four-digit numbers are left alone (AP groups 5,000 but never 2024, and
// text cannot tell them apart), and so are numbers that identify rather than
// count: a leading zero, ten digits or more, a postcode after a state
// ("DC 20500") or before a town ("10117 Berlin"), a number after "No.", "tel", "case" and the like, or one
// joined to letters, a slash or a hyphen (codes, dates, ranges).
type numberGroupingCheck struct{}

func init() {
	Register(Family{ID: "format.number-grouping", Rules: []RuleInfo{{ID: "format.number-grouping", Category: Formatting, Severity: Warning,
		Description: "A number of five to nine digits without thousands separators in running text (\"250000\" for 250,000)."}},
		New: func(*Setup) (Check, error) { return numberGroupingCheck{}, nil }})
}

func (numberGroupingCheck) ID() string { return "format.number-grouping" }

// identifierWords name what follows them as an identifier, not a quantity.
var identifierWords = map[string]bool{"no": true, "nos": true, "number": true, "num": true, "tel": true, "phone": true,
	"fax": true, "mobile": true, "zip": true, "code": true, "postcode": true, "id": true, "case": true, "flight": true,
	"account": true, "acct": true, "ext": true, "room": true, "page": true, "pp": true, "p": true, "isbn": true,
	"issn": true, "box": true, "ref": true, "reference": true, "order": true, "invoice": true, "serial": true,
	"model": true, "patent": true, "resolution": true, "article": true, "art": true, "section": true, "law": true,
	"decree": true, "file": true, "ticket": true, "badge": true, "pin": true, "route": true, "bus": true, "train": true,
	"iso": true, "iec": true, "rfc": true, "din": true, "astm": true, "ansi": true, "ieee": true, "cedex": true}

func (numberGroupingCheck) Check(ctx context.Context, d *document.Document, emit func(Finding)) {
	t, toks := d.Text, d.Tokens
	for i, k := range toks {
		if k.Kind != document.Number || k.Len() < 5 || k.Len() > 9 || t[k.Start] == '0' || !allDigits(t[k.Start:k.End]) {
			continue
		}
		if !quantityContext(t, toks, i) {
			continue
		}
		n := t[k.Start:k.End]
		grouped := groupThousands(n)
		emit(Finding{Rule: "format.number-grouping", Category: Formatting, Span: k.Span, Confidence: 0.8,
			Message: fmt.Sprintf("Large number without thousands separators; write %s", grouped),
			Fixes:   []Fix{{Replacement: grouped}}})
	}
}

// quantityContext: the number at toks[i] stands alone in prose: a space, a
// line's start or an opening bracket or quote before it; a space or a
// sentence's punctuation after it (a currency sign before it is fine: "$250000"), and no digit after that ("12345-6789");
// no word before it that makes it an identifier or a postcode.
func quantityContext(t string, toks []document.Token, i int) bool {
	k := toks[i]
	if k.Start > 0 {
		switch t[k.Start-1] {
		case ' ', '\n', '\t', '(', '"', '$':
		default:
			before := t[max(0, k.Start-3):k.Start]
			if !strings.HasSuffix(before, "“") && !strings.HasSuffix(before, "£") && !strings.HasSuffix(before, "€") && !strings.HasSuffix(before, "¥") {
				return false
			}
		}
	}
	if k.End < len(t) {
		switch c := t[k.End]; c {
		case ' ', '\n', '\r', '\t', '.', ',', ';', ':', '!', '?', ')', '"':
			if c != ' ' && c != '\n' && k.End+1 < len(t) && t[k.End+1] >= '0' && t[k.End+1] <= '9' {
				return false // "12345.6", "12345:12"
			}
		default:
			if !strings.HasPrefix(t[k.End:], "”") {
				return false
			}
		}
	}
	// A European postcode before its town, opening an address line or after a
	// comma: "Friedrichstraße 123, 10117 Berlin".
	if k.Len() == 5 && i+1 < len(toks) && toks[i+1].Kind == document.Word && isUpperAt(t, toks[i+1].Start) &&
		(i == 0 || t[toks[i-1].Start] == ',' || t[toks[i-1].Start] == '\n' || strings.LastIndexByte(t[:k.Start], '\n') >= toks[i-1].End) {
		return false
	}
	// The word before, skipping a full stop ("No. 12345") and a hash.
	j := i - 1
	for j >= 0 && toks[j].Kind == document.Punct && (t[toks[j].Start] == '.' || t[toks[j].Start] == '#' || t[toks[j].Start] == ':') {
		if t[toks[j].Start] == '#' {
			return false // "#12345"
		}
		j--
	}
	if j < 0 || toks[j].Kind != document.Word {
		return true
	}
	w := t[toks[j].Start:toks[j].End]
	if identifierWords[strings.ToLower(w)] {
		return false
	}
	return !(len(w) == 2 && w[0] >= 'A' && w[0] <= 'Z' && w[1] >= 'A' && w[1] <= 'Z') // "DC 20500": a postcode
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// groupThousands puts a comma between each group of three digits from the right.
func groupThousands(n string) string {
	var b strings.Builder
	for i := 0; i < len(n); i++ {
		if i > 0 && (len(n)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteByte(n[i])
	}
	return b.String()
}

// isUpperAt: the text at i opens with an upper-case letter.
func isUpperAt(t string, i int) bool {
	r, _ := utf8.DecodeRuneInString(t[i:])
	return unicode.IsUpper(r)
}
