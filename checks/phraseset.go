package checks

import (
	"sync"

	"github.com/copydesk/copydesk/document"
	"github.com/copydesk/copydesk/phrase"
)

// phraseSet gathers the phrases of every check of an engine that matches
// packs on the folded text (boilerplate, calques), so each document is
// searched once for all of them. Each check keeps a phraseRange, its slice of
// the set.
type phraseSet struct {
	texts  []string
	opts   []phrase.Options
	groups int
	once   sync.Once
	m      *phrase.Matcher
}

// phraseRange is one check's phrases within a phraseSet.
type phraseRange struct {
	set     *phraseSet
	base, n int
}

// phraseSet returns the set the checks of the engine being built share.
func (s *Setup) phraseSet() *phraseSet {
	if s.phrases == nil {
		s.phrases = &phraseSet{}
	}
	return s.phrases
}

// add registers a check's phrases; it must come before any search. Each
// check's phrases form a group of their own, searched as if alone: one
// check's match never hides another's.
func (ps *phraseSet) add(texts []string, opts []phrase.Options) phraseRange {
	r := phraseRange{set: ps, base: len(ps.texts), n: len(texts)}
	ps.texts = append(ps.texts, texts...)
	for i := range texts {
		var o phrase.Options
		if opts != nil {
			o = opts[i]
		}
		o.Group = ps.groups
		ps.opts = append(ps.opts, o)
	}
	ps.groups++
	return r
}

// matches finds every phrase of the set in d, once per document.
func (ps *phraseSet) matches(d *document.Document) []phrase.Match {
	ps.once.Do(func() { ps.m = phrase.New(ps.texts, ps.opts) })
	return d.Memo(ps, func() any {
		var out []phrase.Match
		ps.m.Find(d, func(m phrase.Match) { out = append(out, m) })
		return out
	}).([]phrase.Match)
}

// Find calls fn for the matches of this range's phrases in d, left to right,
// with indexes counted from the range's first phrase.
func (r phraseRange) Find(d *document.Document, fn func(phrase.Match)) {
	if r.n == 0 {
		return
	}
	for _, m := range r.set.matches(d) {
		if m.Index >= r.base && m.Index < r.base+r.n {
			m.Index -= r.base
			fn(m)
		}
	}
}
