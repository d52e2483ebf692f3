package checks

import (
	"context"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/copydesk/copydesk/document"
)

// nbspCheck finds no-break spaces left in running text by web pages: between
// words, doubled with a plain space, or trailing at the end of a line. A no-break
// space between a number and its unit ("10 km") is typography, not residue.
type nbspCheck struct{}

func init() {
	Register(Family{ID: "format.nbsp", Rules: []RuleInfo{{ID: "format.nbsp", Category: Formatting, Severity: Warning,
		Description: "No-break space (U+00A0, U+202F) inside running text or at a line's end, left over from HTML.", Fixable: true}},
		New: func(*Setup) (Check, error) { return nbspCheck{}, nil }})
}

func (nbspCheck) ID() string { return "format.nbsp" }

func isNBSP(r rune) bool { return r == '\u00A0' || r == '\u202F' }

// isHSpace is horizontal white space on one line.
func isHSpace(r rune) bool { return r == ' ' || r == '\t' || isNBSP(r) || r == '\u2007' }

func (nbspCheck) Check(ctx context.Context, d *document.Document, emit func(Finding)) {
	t := d.Text
	for from := 0; ; {
		i := indexNBSP(t, from)
		if i < 0 {
			return
		}
		// The whole run of horizontal space around it.
		s, e := i, i
		for s > 0 {
			r, n := utf8.DecodeLastRuneInString(t[:s])
			if !isHSpace(r) {
				break
			}
			s -= n
		}
		for e < len(t) {
			r, n := utf8.DecodeRuneInString(t[e:])
			if !isHSpace(r) {
				break
			}
			e += n
		}
		from = e
		lineStart := s == 0 || t[s-1] == '\n'
		lineEnd := e == len(t) || t[e] == '\n' || t[e] == '\r'
		run := document.Span{Start: s, End: e}
		switch {
		case lineStart && lineEnd:
			emit(Finding{Rule: "format.nbsp", Category: Formatting, Span: run, Confidence: 0.9,
				Message: "Line holds only no-break spaces; make it empty", Fixes: []Fix{{Replacement: "", Safe: true}}})
		case lineEnd:
			emit(Finding{Rule: "format.nbsp", Category: Formatting, Span: run, Confidence: 0.9,
				Message: "Trailing no-break space at the end of the line", Fixes: []Fix{{Replacement: "", Safe: true}}})
		case lineStart:
			emit(Finding{Rule: "format.nbsp", Category: Formatting, Span: run, Confidence: 0.8,
				Message: "No-break space at the start of the line", Fixes: []Fix{{Replacement: "", Safe: true}}})
		default:
			ps := chunkStart(t, s)
			ne := chunkEnd(t, e)
			before := t[ps:s]
			if isNumberish(before) && !strings.ContainsAny(t[s:e], " \t") {
				continue // "10 km", "9 August": a deliberate no-break space
			}
			// Chain "Log·Out·/·Change": one finding for the words joined by no-break spaces.
			var repl strings.Builder
			repl.WriteString(before + " " + t[e:ne])
			for links := 1; links < maxNBSPChain; links++ {
				k := ne
				for k < len(t) && t[k] == ' ' {
					k++
				}
				if k >= len(t) || indexNBSP(t[:min(len(t), k+3)], k) != k {
					break
				}
				e2 := k
				for e2 < len(t) {
					r, n := utf8.DecodeRuneInString(t[e2:])
					if !isHSpace(r) {
						break
					}
					e2 += n
				}
				if e2 == len(t) || t[e2] == '\n' || t[e2] == '\r' {
					break // trailing: reported on its own
				}
				ne2 := chunkEnd(t, e2)
				repl.WriteString(" " + t[e2:ne2])
				ne, from = ne2, e2
			}
			msg := fmt.Sprintf("No-break space between %q and %q; use a plain space", before, t[e:chunkEnd(t, e)])
			if ne != chunkEnd(t, e) {
				msg = fmt.Sprintf("No-break spaces in %q; use plain spaces", strings.ReplaceAll(t[ps:ne], "\u00a0", "·"))
			}
			emit(Finding{Rule: "format.nbsp", Category: Formatting, Span: document.Span{Start: ps, End: ne}, Confidence: 0.9,
				Message: msg, Fixes: []Fix{{Replacement: repl.String(), Safe: true}}})
		}
	}
}

// maxNBSPChain is the most words one finding joins: a longer chain (a page
// whose every space is a no-break one) is reported in pieces of this many.
const maxNBSPChain = 32

func indexNBSP(t string, from int) int {
	for i := nextNonASCII(t, from); i < len(t); i = nextNonASCII(t, i+1) {
		switch {
		case t[i] == 0xC2 && i+1 < len(t) && t[i+1] == 0xA0:
			return i
		case t[i] == 0xE2 && i+2 < len(t) && t[i+1] == 0x80 && t[i+2] == 0xAF:
			return i
		}
	}
	return -1
}

// chunkStart and chunkEnd widen a position to the neighbouring run of non-space
// characters, at most maxChunk bytes, so a finding shows the words it joins.
const maxChunk = 40

func chunkStart(t string, s int) int {
	p := s
	for p > 0 && s-p < maxChunk {
		r, n := utf8.DecodeLastRuneInString(t[:p])
		if document.IsSpace(r) || r == utf8.RuneError && n == 1 {
			break
		}
		p -= n
	}
	return p
}

func chunkEnd(t string, e int) int {
	p := e
	for p < len(t) && p-e < maxChunk {
		r, n := utf8.DecodeRuneInString(t[p:])
		if document.IsSpace(r) || r == utf8.RuneError && n == 1 {
			break
		}
		p += n
	}
	return p
}

func isNumberish(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range []byte(s) {
		if !(c >= '0' && c <= '9' || c == ',' || c == '.') {
			return false
		}
	}
	return true
}
