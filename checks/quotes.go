package checks

import (
	"context"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/document"
)

// quoteCheck finds quotation marks and brackets that do not pair up within a
// paragraph: a quote opened and never closed (translation engines drop the
// closing mark when they split or merge sentences), a closing quote with no
// opening, and doubled or unbalanced brackets ("((TV))"). A paragraph that
// ends inside a quote is fine when the next one opens with a quote mark: that
// is how English continues a quotation across paragraphs.
type quoteCheck struct{}

func init() {
	Register(Family{ID: "mt.unbalanced-quote", Rules: []RuleInfo{{ID: "mt.unbalanced-quote", Category: MTArtefact, Severity: Warning,
		Description: "A quotation mark or bracket with no partner in its paragraph, or doubled brackets (\"((TV))\")."}},
		New: func(*Setup) (Check, error) { return quoteCheck{}, nil }})
}

func (quoteCheck) ID() string { return "mt.unbalanced-quote" }

func (quoteCheck) Check(ctx context.Context, d *document.Document, emit func(Finding)) {
	brackets := newByteFinder(d.Text, "()[]")
	for i, p := range d.Paragraphs {
		nextOpens := i+1 < len(d.Paragraphs) && opensWithQuote(d.Slice(d.Paragraphs[i+1]))
		checkCurly(d, p, nextOpens, emit)
		checkStraight(d, p, nextOpens, emit)
		checkBrackets(d, p, brackets, emit)
	}
}

func opensWithQuote(s string) bool {
	s = strings.TrimLeft(s, " \t\u00a0")
	return strings.HasPrefix(s, "“") || strings.HasPrefix(s, "\"") || strings.HasPrefix(s, "«") || strings.HasPrefix(s, "‘")
}

// quoteContext is the quote mark and the words after it, for the finding's span.
func quoteContext(d *document.Document, start, limit int) document.Span {
	t := d.Text
	end := start
	words := 0
	for end < limit && end-start < 40 {
		r, n := utf8.DecodeRuneInString(t[end:])
		if r == '\n' {
			break
		}
		if unicode.IsSpace(r) && end > start {
			words++
			if words == 5 {
				break
			}
		}
		end += n
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(t[:end])
		if !unicode.IsSpace(r) && r != ',' && r != '.' {
			break
		}
		end -= n
	}
	return document.Span{Start: start, End: end}
}

func checkCurly(d *document.Document, p document.Span, nextOpens bool, emit func(Finding)) {
	t := d.Text
	open := -1
	guillemets := guillemetLine{t: t, end: -1}
	for i := p.Start; i < p.End; {
		if i = nextNonASCII(t[:p.End], i); i == p.End {
			break
		}
		if c := t[i]; c != 0xE2 && c != 0xC2 { // the lead bytes of “ ” (E2 80 9C/9D) and « » (C2 AB/BB)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(t[i:])
		if (r == '«' || r == '»') && guillemets.separator(i, i+n) {
			i += n // "Home » World": a separator, not a quotation mark
			continue
		}
		switch r {
		case '“', '«':
			if open >= 0 {
				// A second opening before a closing: the first was never closed.
				emitOpen(d, open, i, emit)
			}
			open = i
		case '”', '»':
			if open < 0 {
				emit(Finding{Rule: "mt.unbalanced-quote", Category: MTArtefact, Span: document.Span{Start: i, End: i + n}, Confidence: 0.7,
					Message: "Closing quotation mark with no opening one in this paragraph; a quote mark was probably lost in translation"})
			}
			open = -1
		}
		i += n
	}
	if open >= 0 && !nextOpens {
		emitOpen(d, open, p.End, emit)
	}
}

func emitOpen(d *document.Document, at, limit int, emit func(Finding)) {
	emit(Finding{Rule: "mt.unbalanced-quote", Category: MTArtefact, Span: quoteContext(d, at, limit), Confidence: 0.8,
		Message: "Quotation opened here is never closed in its paragraph; the closing mark was probably lost in translation"})
}

// checkStraight pairs straight double quotes in order; an odd one out that
// opens a quotation (space before, letter after) is reported.
func checkStraight(d *document.Document, p document.Span, nextOpens bool, emit func(Finding)) {
	t := d.Text
	var marks []int
	for i := p.Start; i < p.End; i++ {
		k := strings.IndexByte(t[i:p.End], '"')
		if k < 0 {
			break
		}
		i += k
		if !inchMark(t, p, i) {
			marks = append(marks, i)
		}
	}
	if len(marks)%2 == 0 || nextOpens {
		return
	}
	last := marks[len(marks)-1]
	// After a space, a bracket or a line break: a quote opening a line of a
	// paragraph opens too (a headline's line, then the quote on the next).
	opening := (last == p.Start || strings.IndexByte(" \t\r\n(", t[last-1]) >= 0) && last+1 < p.End && isLetterAt(t, last+1)
	if opening {
		emitOpen(d, last, p.End, emit)
	}
}

// inchMark: the straight quote at i follows a digit and a word or a space
// follows it ("5'10" tall", "a 12" pipe"); before a full stop or a comma it
// closes a quotation that ends in a number ("the consensus of 9/2".").
func inchMark(t string, p document.Span, i int) bool {
	if i == p.Start || t[i-1] < '0' || t[i-1] > '9' {
		return false
	}
	return i+1 >= p.End || t[i+1] == ' ' || isLetterAt(t, i+1)
}

func isLetterAt(t string, i int) bool {
	r, _ := utf8.DecodeRuneInString(t[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// checkBrackets reports doubled brackets and unbalanced ones, leaving alone
// emoticons (": )") and list markers ("1)", "a)").
func checkBrackets(d *document.Document, p document.Span, brackets *byteFinder, emit func(Finding)) {
	t := d.Text
	type mark struct {
		at int
		c  byte
	}
	var stack []mark
	for i := p.Start; i < p.End; i++ {
		if i = brackets.from(i); i >= p.End {
			break
		}
		c := t[i]
		switch c {
		case '(', '[':
			if i+1 < p.End && t[i+1] == c {
				// "((TV))": find the doubled closing and report the whole thing once.
				close := byte(')')
				if c == '[' {
					close = ']'
				}
				// Within 60 bytes: the search never runs to the paragraph's end ("((((" a million times).
				end := strings.Index(t[i:min(p.End, i+62)], string([]byte{close, close}))
				if end > 0 && end < 60 {
					emit(Finding{Rule: "mt.unbalanced-quote", Category: MTArtefact, Span: document.Span{Start: i, End: i + end + 2},
						Confidence: 0.9, Message: fmt.Sprintf("Doubled brackets %q", t[i:i+end+2]),
						Fixes: []Fix{{Replacement: t[i+1 : i+end+1], Safe: true}}})
					i += end + 1
					continue
				}
			}
			stack = append(stack, mark{i, c})
		case ')', ']':
			want := byte('(')
			if c == ']' {
				want = '['
			}
			if len(stack) > 0 && stack[len(stack)-1].c == want {
				stack = stack[:len(stack)-1]
				continue
			}
			if c == ')' && (isEmoticon(t, p.Start, i) || isListMarker(t, p.Start, i)) {
				continue
			}
			emit(Finding{Rule: "mt.unbalanced-quote", Category: MTArtefact, Span: document.Span{Start: i, End: i + 1}, Confidence: 0.6,
				Message: fmt.Sprintf("Closing %q with no opening one in this paragraph", string(c))})
		}
	}
	for _, m := range stack {
		emit(Finding{Rule: "mt.unbalanced-quote", Category: MTArtefact, Span: quoteContext(d, m.at, p.End), Confidence: 0.6,
			Message: fmt.Sprintf("Opening %q is never closed in this paragraph", string(m.c))})
	}
}

func isEmoticon(t string, start, i int) bool {
	j := i - 1
	for j >= start && t[j] == ' ' {
		j--
	}
	return j >= start && (t[j] == ':' || t[j] == ';' || t[j] == '-' && j > start && t[j-1] == ':')
}

// isListMarker: "1)" or "a)" at the start of a line or after a space.
func isListMarker(t string, start, i int) bool {
	j := i - 1
	for j >= start && (t[j] >= '0' && t[j] <= '9' || t[j] >= 'a' && t[j] <= 'z' && i-j == 1) {
		j--
	}
	return j < i-1 && (j < start || t[j] == '\n' || t[j] == ' ') && i-j <= 3
}
