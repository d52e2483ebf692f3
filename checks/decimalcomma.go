package checks

import (
	"context"
	"fmt"
	"strings"

	"github.com/copydesk/copydesk/document"
)

// decimalCommaCheck finds a decimal comma before a magnitude or a percent
// sign ("2,5 million", "3,7%", "1,25 billion"): Russian, Arabic, Turkish and
// most European languages write decimals with a comma, and engines often keep
// it. An English thousands separator always has three digits after it, so
// one or two digits before "million", "billion", "trillion", "percent" or
// "%" can only be a decimal, and the fix is safe.
type decimalCommaCheck struct{}

func init() {
	Register(Family{ID: "format.decimal-comma", Rules: []RuleInfo{{ID: "format.decimal-comma", Category: Formatting, Severity: Warning,
		Description: "A decimal comma before a magnitude or a percent sign (\"2,5 million\" for 2.5 million).", Fixable: true}},
		New: func(*Setup) (Check, error) { return decimalCommaCheck{}, nil }})
}

func (decimalCommaCheck) ID() string { return "format.decimal-comma" }

// magnitudes follow a number that can only be a quantity.
var magnitudes = map[string]bool{"million": true, "billion": true, "trillion": true, "percent": true, "per": true,
	"mln": true, "bln": true, "bn": true, "m": true}

func (decimalCommaCheck) Check(ctx context.Context, d *document.Document, emit func(Finding)) {
	t, toks := d.Text, d.Tokens
	if strings.IndexByte(t, ',') < 0 {
		return
	}
	for i, k := range toks {
		if k.Kind != document.Number {
			continue
		}
		n := t[k.Start:k.End]
		c := strings.IndexByte(n, ',')
		if c <= 0 || strings.Count(n, ",") != 1 || strings.ContainsAny(n, ".:") || len(n)-c-1 > 2 || !allDigits(n[:c]) || !allDigits(n[c+1:]) {
			continue
		}
		if k.Start > 0 && t[k.Start-1] == ',' || k.End < len(t) && t[k.End] == ',' {
			continue // a list of numbers: "1,2,3"
		}
		next := ""
		if k.End < len(t) && t[k.End] == '%' {
			next = "%"
		} else if i+1 < len(toks) && toks[i+1].Kind == document.Word && onlyHSpace(t[k.End:toks[i+1].Start]) {
			next = strings.ToLower(t[toks[i+1].Start:toks[i+1].End])
			if next == "per" && !(i+2 < len(toks) && strings.EqualFold(t[toks[i+2].Start:toks[i+2].End], "cent")) {
				continue
			}
		}
		if next != "%" && !magnitudes[next] {
			continue
		}
		fixed := n[:c] + "." + n[c+1:]
		emit(Finding{Rule: "format.decimal-comma", Category: Formatting, Span: k.Span, Confidence: 0.9,
			Message: fmt.Sprintf("Decimal comma; English writes %s", fixed), Fixes: []Fix{{Replacement: fixed, Safe: true}}})
	}
}
