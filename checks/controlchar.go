package checks

import (
	"context"
	"fmt"
	"unicode/utf8"

	"github.com/copydesk/copydesk/document"
)

// controlCharCheck finds invisible characters that have no place in copy: C0 and
// C1 controls, zero-width characters, bidirectional overrides and soft hyphens.
// Joiners and direction marks next to right-to-left or joining scripts are kept.
type controlCharCheck struct{}

func init() {
	Register(Family{ID: "format.control-char", Rules: []RuleInfo{{ID: "format.control-char", Category: Formatting, Severity: Warning,
		Description: "Invisible control characters: NUL and other controls, zero-width characters, bidi overrides, soft hyphens.", Fixable: true}},
		New: func(*Setup) (Check, error) { return controlCharCheck{}, nil }})
}

func (controlCharCheck) ID() string { return "format.control-char" }

// controlName names a character the check flags, or returns "".
func controlName(r rune) string {
	switch {
	case r == 0:
		return "NUL"
	case r < 0x20 && r != '\t' && r != '\n' && r != '\r' && r != '\f':
		return fmt.Sprintf("control character U+%04X", r)
	case r == 0x7F:
		return "DEL"
	case r >= 0x80 && r <= 0x9F:
		return fmt.Sprintf("C1 control character U+%04X", r)
	case r == 0xAD:
		return "soft hyphen (U+00AD)"
	case r == 0x200B:
		return "zero-width space (U+200B)"
	case r == 0x200C:
		return "zero-width non-joiner (U+200C)"
	case r == 0x200D:
		return "zero-width joiner (U+200D)"
	case r == 0x200E || r == 0x200F:
		return fmt.Sprintf("direction mark U+%04X", r)
	case r >= 0x202A && r <= 0x202E:
		return fmt.Sprintf("bidirectional override U+%04X", r)
	case r >= 0x2060 && r <= 0x2064:
		return fmt.Sprintf("invisible character U+%04X", r)
	case r >= 0x2066 && r <= 0x2069:
		return fmt.Sprintf("bidirectional isolate U+%04X", r)
	case r == 0xFEFF:
		return "zero-width no-break space (U+FEFF) inside the text"
	case r == 0xFFFC || r == 0xFFFD:
		return fmt.Sprintf("replacement character U+%04X (text lost in conversion)", r)
	}
	return ""
}

// legitimateHere keeps joiners and direction marks where scripts need them.
func legitimateHere(t string, i, n int, r rune) bool {
	if r != 0x200C && r != 0x200D && r != 0x200E && r != 0x200F {
		return false
	}
	pr, _ := utf8.DecodeLastRuneInString(t[:i])
	nr, _ := utf8.DecodeRuneInString(t[i+n:])
	for _, x := range []rune{pr, nr} {
		if s := document.ScriptOf(x); s != document.Latin && s != document.Common {
			return true
		}
		if x >= 0x1F000 || x == 0xFE0F { // emoji sequences
			return true
		}
	}
	return false
}

func (controlCharCheck) Check(ctx context.Context, d *document.Document, emit func(Finding)) {
	t := d.Text
	for i := d.BOM; i < len(t); {
		if i = nextUnprintable(t, i); i == len(t) {
			break
		}
		if c := t[i]; c == '\n' || c == '\r' || c == '\t' {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(t[i:])
		if r == utf8.RuneError && n == 1 {
			i++ // invalid UTF-8: format.invalid-utf8 reports it
			continue
		}
		name := controlName(r)
		if name == "" || legitimateHere(t, i, n, r) {
			i += n
			continue
		}
		// Group a run of flagged characters into one finding.
		j, count := i+n, 1
		for j < len(t) {
			r2, n2 := utf8.DecodeRuneInString(t[j:])
			if controlName(r2) == "" || r2 == utf8.RuneError && n2 == 1 {
				break
			}
			j += n2
			count++
		}
		msg := "Invisible " + name + " in the text; delete it"
		if count > 1 {
			msg = fmt.Sprintf("%d invisible characters (first: %s); delete them", count, name)
		}
		fixes := []Fix{{Replacement: "", Safe: true}}
		if r == 0xFFFD || r == 0xFFFC {
			fixes = nil // something was lost here; deleting the marker hides it
			msg = "A " + name + " stands where a character was lost; restore it from the source"
		}
		emit(Finding{Rule: "format.control-char", Category: Formatting, Span: document.Span{Start: i, End: j},
			Message: msg, Fixes: fixes, Confidence: 0.95})
		i = j
	}
}
