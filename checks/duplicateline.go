package checks

import (
	"context"
	"fmt"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/document"
)

// duplicateLineCheck finds a headline or paragraph printed twice. Lines are
// compared after folding case and white space (no-break spaces included); the
// finding points at the later copy and names the first in Related.
type duplicateLineCheck struct{}

func init() {
	Register(Family{ID: "boilerplate.duplicate-line", Rules: []RuleInfo{{ID: "boilerplate.duplicate-line", Category: Boilerplate,
		Severity: Warning, Fixable: true,
		Description: "A headline or paragraph repeated in the document (case and spacing ignored); the later copy is flagged."}},
		New: func(*Setup) (Check, error) { return duplicateLineCheck{}, nil }})
}

func (duplicateLineCheck) ID() string { return "boilerplate.duplicate-line" }

// foldHash hashes a line's characters in lower case, white space left out
// (FNV-1a), so comparing lines allocates nothing. Lines that differ only in
// where their spaces are hash alike; sameFolded tells them apart.
func foldHash(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0x80 {
			i++
			if c = foldSkipSpace[c]; c != 0 {
				h = (h ^ uint64(c)) * 1099511628211
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if !document.IsSpace(r) {
			h = (h ^ uint64(unicode.ToLower(r))) * 1099511628211
		}
	}
	return h
}

// foldSkipSpace maps ASCII to lower case, and white space (and NUL) to 0.
var foldSkipSpace = func() (t [128]byte) {
	for c := 1; c < 0x80; c++ {
		t[c] = byte(c)
		if c >= 'A' && c <= 'Z' {
			t[c] += 'a' - 'A'
		}
	}
	for _, c := range " \t\r\n\v\f" {
		t[c] = 0
	}
	return
}()

// sameFolded compares two lines with case and white space folded, without
// building the folded strings: a corpus of repeated paragraphs compares
// thousands of lines.
func sameFolded(a, b string) bool {
	x, y := folder{s: a}, folder{s: b}
	for {
		ra, rb := x.next(), y.next()
		if ra != rb {
			return false
		}
		if ra < 0 {
			return true
		}
	}
}

// folder reads a line as foldHash sees it: lower-case runes, each run of
// white space inside the line as one space, none at the ends.
type folder struct {
	s       string
	i       int
	started bool
}

func (f *folder) next() rune {
	space := false
	for f.i < len(f.s) {
		r, n := utf8.DecodeRuneInString(f.s[f.i:])
		if document.IsSpace(r) {
			space = true
			f.i += n
			continue
		}
		if space && f.started {
			return ' ' // the rune itself is read next time
		}
		f.i += n
		f.started = true
		return unicode.ToLower(r)
	}
	return -1
}

func (duplicateLineCheck) Check(ctx context.Context, d *document.Document, emit func(Finding)) {
	first := map[uint64]document.Span{}
	var others map[uint64][]document.Span // lines whose start is another's
	for _, l := range d.Lines {
		s := trimLine(d, l)
		if s.Len() < 20 || s.Len() > 2000 {
			continue
		}
		words := 0
		for _, t := range d.TokensIn(s) {
			if t.Kind == document.Word {
				words++
				if words >= 4 {
					break
				}
			}
		}
		if words < 4 {
			continue
		}
		key := foldHash(d.Slice(s))
		f, seen := first[key]
		if !seen {
			first[key] = s
			continue
		}
		if !sameFolded(d.Slice(f), d.Slice(s)) {
			// Same start, different line: keep it, for a later copy of it.
			found := false
			for _, o := range others[key] {
				if sameFolded(d.Slice(o), d.Slice(s)) {
					f, found = o, true
					break
				}
			}
			if !found {
				if others == nil {
					others = map[uint64][]document.Span{}
				}
				others[key] = append(others[key], s)
				continue
			}
		}
		p := d.Position(f.Start)
		emit(Finding{Rule: "boilerplate.duplicate-line", Category: Boilerplate, Span: s, Confidence: 0.9,
			Message: fmt.Sprintf("Repeated line: %q already appears on line %d", clip(d.Slice(s), 50), p.Line),
			Fixes:   []Fix{{Replacement: "", Safe: true}},
			Related: []Location{{Path: d.Path, Offset: f.Start, Length: f.Len(), Line: p.Line, Column: p.Column, Text: clip(d.Slice(f), 80)}}})
	}
}
