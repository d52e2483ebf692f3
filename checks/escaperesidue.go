package checks

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/copydesk/copydesk/document"
)

// escapeResidueCheck finds the backslash escapes of a JSON or JavaScript
// string left in article text, as a scraper that read a page's embedded data
// (JSON-LD, a framework's state blob, an API) without decoding it leaves
// them: "government\u2019s", "said \"no\"", "https:\/\/example.com",
// "left.\nThe minister". A reader sees the backslashes. The fix puts back
// what the escape stood for, safely, since that is what the page showed.
//
// Only escapes that can stand in prose are taken: \u with four hex digits
// that decode to a printable character (a surrogate pair as one), \" and \/
// between non-spaces or at a word's edge, and \n, \r\n or \t between the end
// of a sentence or a word and a capital letter, a digit or a quotation mark,
// so a Windows path ("C:\new") or a regular expression keeps its backslashes.
type escapeResidueCheck struct{}

func init() {
	Register(Family{ID: "format.escape-residue", Rules: []RuleInfo{{ID: "format.escape-residue", Category: Formatting, Severity: Warning,
		Description: "A JSON or JavaScript string escape left in the text by a scraper (\"\\u2019\", \"\\\"\", \"\\/\", \"\\n\").", Fixable: true}},
		New: func(*Setup) (Check, error) { return escapeResidueCheck{}, nil }})
}

func (escapeResidueCheck) ID() string { return "format.escape-residue" }

func (escapeResidueCheck) Check(ctx context.Context, d *document.Document, emit func(Finding)) {
	t := d.Text
	closeAt := -1 // the escaped quotation mark that closes the last one reported
	eol := -1     // the end of the line of the last quotation mark looked at
	noClose := -1 // before here, an escaped quotation mark opens nothing: its line has no closing one left
	for i := 0; i < len(t); {
		j := strings.IndexByte(t[i:], '\\')
		if j < 0 {
			return
		}
		at := i + j
		e := escapeAt(t, at)
		// An escaped quotation mark counts in a pair on one line ("said
		// \"no\" today"): one alone, or a pair around an attribute's value,
		// is code's more often than prose's.
		if strings.HasPrefix(t[at:], `\"`) && (at == 0 || t[at-1] != '\\') {
			quote := escape{start: at, end: at + 2, repl: `"`, what: "a quotation mark"}
			switch opening, _ := quoteEscape(t, at); {
			case at == closeAt:
				e = quote
			case at < closeAt || at < noClose || !opening:
				// inside a quotation already paired, or on a line with no closing one left
			default:
				if eol <= at {
					eol = d.Lines[d.LineOf(at)].End
				}
				if k := closingQuoteEscape(t, at, eol); k > 0 {
					closeAt, e = k, quote
				} else {
					noClose = eol
				}
			}
		}
		if e.end == 0 {
			i = at + 1
			for i < len(t) && t[i] == '\\' {
				i++ // "\\" and longer runs: an escaped backslash, code or a path
			}
			i = max(i, e.skip)
			if closeAt > at {
				i = min(i, closeAt) // not past the closing mark of a quotation reported open
			}
			continue
		}
		msg := fmt.Sprintf("Escape %s from a JSON or JavaScript string left in the text; it stood for %s", escapeShown(t[e.start:e.end]), e.what)
		if e.what == "" {
			msg = fmt.Sprintf("Escaped slashes (\"\\/\") from a JSON or JavaScript string left in %s", escapeShown(t[e.start:e.end]))
		}
		emit(Finding{Rule: "format.escape-residue", Category: Formatting, Span: document.Span{Start: e.start, End: e.end}, Confidence: 0.9,
			Message: msg, Fixes: []Fix{{Replacement: e.repl, Safe: true}}})
		i = e.end
	}
}

// escape is an escape of prose found in the text: its span, what it stands
// for and how a message names that ("" for a URL mended whole). With end 0
// there is none, and the search goes on at skip.
type escape struct {
	start, end int
	repl, what string
	skip       int
}

// escapeAt reads the escape at t[at] (a backslash) if it is one of prose.
// A quotation mark's is judged by the caller, in pairs.
func escapeAt(t string, at int) escape {
	if at+1 >= len(t) || at > 0 && t[at-1] == '\\' {
		return escape{}
	}
	switch t[at+1] {
	case 'u':
		r, n := unicodeEscape(t[at:])
		if n == 0 {
			return escape{}
		}
		if r2, n2 := unicodeEscape(t[at+n:]); n2 > 0 && utf16.IsSurrogate(r) {
			if pair := utf16.DecodeRune(r, r2); pair != utf8.RuneError {
				return escape{start: at, end: at + n + n2, repl: string(pair), what: `"` + string(pair) + `"`}
			}
		}
		if utf16.IsSurrogate(r) || !unicode.IsPrint(r) && r != '\u00a0' || r == utf8.RuneError {
			return escape{}
		}
		name := `"` + string(r) + `"`
		if r == '\u00a0' {
			name = "a no-break space"
		}
		return escape{start: at, end: at + n, repl: string(r), what: name}
	case '/':
		// A URL's slashes ("https:\/\/example.com\/news"): the whole word is
		// mended at once. A "\/" elsewhere is a regular expression's.
		ws, we := spaceRunAround(t, at)
		if !strings.Contains(t[ws:we], `:\/\/`) || strings.Count(t[ws:we], `\`) != strings.Count(t[ws:we], `\/`) {
			return escape{skip: we} // a URL has its scheme; a regular expression other escapes too (\w, \.)
		}
		return escape{start: ws, end: we, repl: strings.ReplaceAll(t[ws:we], `\/`, "/")}
	case 'n', 'r', 't':
		if lineEscapeEnds(t, at) {
			return escape{} // inside a run judged from its start
		}
		// The run of \n, \r\n and \t escapes from here, as one break.
		end := at
		var b strings.Builder
		for end+1 < len(t) && t[end] == '\\' {
			switch {
			case t[end+1] == 'n':
				b.WriteByte('\n')
				end += 2
			case strings.HasPrefix(t[end+1:], "r\\n"):
				b.WriteByte('\n')
				end += 4
			case t[end+1] == 't':
				if b.Len() == 0 {
					b.WriteByte(' ') // a tab between words; after a break it indents, and goes
				}
				end += 2
			default:
				goto run
			}
		}
	run:
		if end == at {
			return escape{} // a lone \r
		}
		repl, what := b.String(), ""
		switch breaks := strings.Count(repl, "\n"); {
		case breaks == 0:
			what = "a tab"
		case breaks == 1:
			what = "a line break"
		default:
			what = "line breaks"
		}
		before, _ := utf8.DecodeLastRuneInString(t[:at])
		after, _ := utf8.DecodeRuneInString(t[end:])
		// Before the break ends a word or a sentence; after it comes a new
		// one, not the closing quote of a code string ("done.\n").
		if !(wordRune(before) || strings.ContainsRune(".!?:;,\"”’)", before)) ||
			!(unicode.IsUpper(after) || unicode.IsDigit(after) && what != "a tab" || strings.ContainsRune("“‘", after)) {
			return escape{}
		}
		return escape{start: at, end: end, repl: repl, what: what}
	}
	return escape{}
}

// lineEscapeEnds: a \n, \r or \t escape ends at t[at].
func lineEscapeEnds(t string, at int) bool {
	return at >= 2 && t[at-2] == '\\' && strings.IndexByte("nrt", t[at-1]) >= 0 && (at < 3 || t[at-3] != '\\')
}

// escapeShown quotes an escape for a message as the reader sees it: with
// its backslashes single, where %q would double them. A long URL is cut.
func escapeShown(s string) string {
	if len(s) > 60 {
		s = s[:57] + "…"
	}
	return `"` + s + `"`
}

// spaceRunAround returns the run of non-space text around byte i.
func spaceRunAround(t string, i int) (start, end int) {
	start, end = i, i
	for start > 0 && !edgeSpace(t[start-1]) {
		start--
	}
	for end < len(t) && !edgeSpace(t[end]) {
		end++
	}
	return start, end
}

// quoteEscape tells whether the \" at t[at] can open a quotation of prose
// (after a space, before a word) and whether it can close one (after a
// word, before a space or a mark). The attribute quote of markup or code
// (class=\"x\">) can do neither.
func quoteEscape(t string, at int) (opening, closing bool) {
	before, _ := utf8.DecodeLastRuneInString(t[:at])
	after, _ := utf8.DecodeRuneInString(t[at+2:])
	opening = (at == 0 || unicode.IsSpace(before) || strings.ContainsRune("([—–", before)) && wordRune(after)
	closing = (wordRune(before) || strings.ContainsRune(".,!?'’", before)) &&
		(at+2 == len(t) || unicode.IsSpace(after) || strings.ContainsRune(".,;:!?)]—–\\", after))
	return opening, closing
}

// closingQuoteEscape finds the \" that closes the quotation opened at
// t[at], on the same line, which ends at eol; -1 if none does.
func closingQuoteEscape(t string, at, eol int) int {
	line := t[at+2 : eol]
	for off := 0; ; {
		j := strings.Index(line[off:], `\"`)
		if j < 0 {
			return -1
		}
		k := at + 2 + off + j
		if _, closing := quoteEscape(t, k); closing && t[k-1] != '\\' {
			return k
		}
		off += j + 2
	}
}

// unicodeEscape reads "\uXXXX" at the start of s: the code point and 6, or 0.
func unicodeEscape(s string) (rune, int) {
	if len(s) < 6 || s[0] != '\\' || s[1] != 'u' {
		return 0, 0
	}
	v, err := strconv.ParseUint(s[2:6], 16, 32)
	if err != nil {
		return 0, 0
	}
	return rune(v), 6
}
