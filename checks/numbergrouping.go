package checks

import (
	"context"
	"fmt"
	"strings"

	"github.com/copydesk/copydesk/document"
)

// numberGroupingCheck finds a large number written without thousands
// separators in running text ("250000 species", "40000 years ago"): English
// news groups the digits of a number of five or more ("250,000"), and
// translation engines copy the ungrouped digits of the source. A four-digit
// number is grouped only when it is money ("5000 yuan", "$5150": AP groups
// 5,000 but never the year 2024, and text without a currency cannot tell
// them apart). Numbers that identify rather than count are left alone: a leading zero, ten digits or more, a postcode after a state
// ("DC 20500") or before a town ("10117 Berlin"), a number after "No.", "tel", "case" and the like, or one
// joined to letters, a slash or a hyphen (codes, dates, ranges).
type numberGroupingCheck struct {
	identifiers map[string]bool // words after which a number identifies ("No.", "tel", "ISO"), from the numbers pack
	currencies  map[string]bool // words before which a four-digit number is an amount ("yuan", "dollars")
}

func init() {
	Register(Family{ID: "format.number-grouping", Rules: []RuleInfo{{ID: "format.number-grouping", Category: Formatting, Severity: Warning,
		Description: "A number of five to nine digits, or a four-digit amount of money, without thousands separators in running text (\"250000\" for 250,000, \"5000 yuan\")."}},
		New: newNumberGrouping})
}

func newNumberGrouping(s *Setup) (Check, error) {
	currencies := func(id string) bool { return id == "currencies" }
	return &numberGroupingCheck{
		identifiers: s.packWords("format.number-grouping", func(id string) bool { return !currencies(id) }),
		currencies:  s.packWords("format.number-grouping", currencies),
	}, nil
}

func (*numberGroupingCheck) ID() string { return "format.number-grouping" }

func (c *numberGroupingCheck) Check(ctx context.Context, d *document.Document, emit func(Finding)) {
	t, toks := d.Text, d.Tokens
	for i, k := range toks {
		if k.Kind != document.Number || k.Len() < 4 || k.Len() > 9 || t[k.Start] == '0' || !allDigits(t[k.Start:k.End]) {
			continue
		}
		if k.Len() == 4 && !c.amount(t, toks, i) {
			continue // a year, most often
		}
		if !c.quantityContext(t, toks, i) {
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
// line's start, an opening bracket or quote or a currency sign before it
// ("$250000"); a space or a sentence's punctuation after it, and no digit
// after that ("12345-6789"); no word before it that makes it an identifier
// or a postcode.
func (c *numberGroupingCheck) quantityContext(t string, toks []document.Token, i int) bool {
	k := toks[i]
	if k.Start > 0 {
		switch t[k.Start-1] {
		case ' ', '\n', '\t', '(', '"':
		default:
			if !currencyBefore(t, k.Start) && !strings.HasSuffix(t[:k.Start], "“") {
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
	if k.Len() == 5 && i+1 < len(toks) && toks[i+1].Kind == document.Word && startsUpper(t[toks[i+1].Start:toks[i+1].End]) &&
		(i == 0 || t[toks[i-1].Start] == ',' || strings.IndexByte(t[toks[i-1].End:k.Start], '\n') >= 0) {
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
	if c.identifiers[strings.ToLower(w)] {
		return false
	}
	return !(len(w) == 2 && w[0] >= 'A' && w[0] <= 'Z' && w[1] >= 'A' && w[1] <= 'Z') // "DC 20500": a postcode
}

// amount: the four-digit number at toks[i] is money: a currency sign just
// before it ("$5150") or a currency after it ("5000 yuan"), and not "in"
// before it ("in 2022 dollars" is a year).
func (c *numberGroupingCheck) amount(t string, toks []document.Token, i int) bool {
	k := toks[i]
	if i > 0 && toks[i-1].Kind == document.Word && strings.EqualFold(t[toks[i-1].Start:toks[i-1].End], "in") {
		return false
	}
	if currencyBefore(t, k.Start) {
		return true
	}
	return i+1 < len(toks) && toks[i+1].Kind == document.Word && c.currencies[strings.ToLower(t[toks[i+1].Start:toks[i+1].End])]
}

// currencyBefore: a currency sign stands just before offset i ("$5150", "€250000").
func currencyBefore(t string, i int) bool {
	before := t[:i]
	return strings.HasSuffix(before, "$") || strings.HasSuffix(before, "£") || strings.HasSuffix(before, "€") || strings.HasSuffix(before, "¥")
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
