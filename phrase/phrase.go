// Package phrase finds many literal phrases in a document in one pass: an
// Aho–Corasick automaton over the document's folded text (lower-case ASCII,
// white space squeezed, curly quotes straightened), with matches kept only on
// word boundaries and mapped back to the original bytes.
package phrase

import (
	"strings"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	ahocorasick "github.com/petar-dambovaliev/aho-corasick"

	"github.com/copydesk/copydesk/document"
)

// Matcher finds any of a set of phrases. Safe for concurrent use.
type Matcher struct {
	ac      atomic.Pointer[ahocorasick.AhoCorasick]
	owner   [][]int // pattern index -> the caller's phrases that fold to it
	exact   []string
	caseSen []bool
	glued   []bool
	n       int
}

// Match is one phrase found: its caller index and span in the original text.
type Match struct {
	Index int
	Span  document.Span
}

// Fold folds a phrase the way document text is folded.
func Fold(p string) string {
	return strings.TrimSpace(document.FoldText(p).Text)
}

// Options refine how one phrase matches.
type Options struct {
	Case  bool // match the exact capitalisation too
	Glued bool // may be glued to the word before it ("oncomment image")
}

// New builds a matcher; opts, when not nil, has one entry per phrase.
func New(phrases []string, opts []Options) *Matcher {
	m := &Matcher{n: len(phrases)}
	var pats []string
	seen := map[string]int{}
	for i, p := range phrases {
		f := Fold(p)
		if f == "" {
			continue
		}
		var o Options
		if opts != nil {
			o = opts[i]
		}
		if k, dup := seen[f]; dup && !o.Case && !m.caseSen[k] && o.Glued == m.glued[k] {
			m.owner[k] = append(m.owner[k], i) // several callers' phrases share one pattern
			continue
		}
		seen[f] = len(pats)
		pats = append(pats, f)
		m.owner = append(m.owner, []int{i})
		m.exact = append(m.exact, strings.Join(strings.Fields(p), " "))
		m.caseSen = append(m.caseSen, o.Case)
		m.glued = append(m.glued, o.Glued)
	}
	// The NFA is ready in milliseconds, so a run over one short document does
	// not wait; the DFA, which searches about twice as fast but takes tens of
	// milliseconds to build, replaces it in the background for long runs.
	// Both find exactly the same matches.
	m.ac.Store(buildAC(pats, false))
	if len(pats) < 20000 {
		go func() { m.ac.Store(buildAC(pats, true)) }()
	}
	return m
}

func buildAC(pats []string, dfa bool) *ahocorasick.AhoCorasick {
	b := ahocorasick.NewAhoCorasickBuilder(ahocorasick.Opts{
		AsciiCaseInsensitive: false, // the text is folded already
		MatchOnlyWholeWords:  false, // boundaries are checked below, Unicode-aware
		MatchKind:            ahocorasick.LeftMostLongestMatch,
		DFA:                  dfa,
	})
	ac := b.Build(pats)
	return &ac
}

// Find calls fn for every match in d, left to right, longest first, not overlapping.
func (m *Matcher) Find(d *document.Document, fn func(Match)) {
	if m == nil || len(m.owner) == 0 {
		return
	}
	f := d.Fold()
	ac := *m.ac.Load()
	it := ac.Iter(f.Text)
	for mt := it.Next(); mt != nil; mt = it.Next() {
		s, e := mt.Start(), mt.End()
		k := mt.Pattern()
		if !boundary(f.Text, s, e, m.glued[k]) {
			continue
		}
		span := f.Orig(s, e)
		if m.caseSen[k] && strings.Join(strings.Fields(d.Slice(span)), " ") != m.exact[k] {
			continue
		}
		for _, idx := range m.owner[k] {
			fn(Match{Index: idx, Span: span})
		}
	}
}

// boundary: the match neither starts nor ends inside a word.
func boundary(t string, s, e int, glued bool) bool {
	if s > 0 && !glued {
		r, _ := utf8.DecodeLastRuneInString(t[:s])
		f, _ := utf8.DecodeRuneInString(t[s:])
		if isWordRune(r) && isWordRune(f) {
			return false
		}
	}
	if e < len(t) {
		r, _ := utf8.DecodeRuneInString(t[e:])
		l, _ := utf8.DecodeLastRuneInString(t[:e])
		if isWordRune(r) && isWordRune(l) {
			return false
		}
	}
	return true
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' }
