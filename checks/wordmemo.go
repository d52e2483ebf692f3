package checks

import (
	"github.com/copydesk/copydesk/document"
	"github.com/copydesk/copydesk/internal/wordtable"
	"github.com/copydesk/copydesk/lexicon"
)

// wordMemo caches one yes/no answer per distinct spelling of a document
// (indexed by document.Token.Word): a check asks the word list or a pack
// about each spelling once, however often the word recurs.
type wordMemo uint8

const (
	memoUnknown wordMemo = iota // not asked yet
	memoNo
	memoYes
)

// wordMemos holds one answer per spelling of a document.
type wordMemos []wordMemo

// lookup returns the answer kept for id, and whether there is one.
func (m wordMemos) lookup(id int32) (answer, known bool) {
	return m[id] == memoYes, m[id] != memoUnknown
}

// keep records the answer for id and returns it.
func (m wordMemos) keep(id int32, answer bool) bool {
	m[id] = memoNo
	if answer {
		m[id] = memoYes
	}
	return answer
}

// wordFacts are the per-spelling answers several checks ask of nearly every
// word of a document: one per document, shared through Document.Memo, and
// worked out once a run per spelling through the engine's sharedFacts.
type wordFacts struct {
	d      *document.Document
	shared *sharedFacts
	facts  []uint8 // per spelling: factKnown | the fact bits, or 0 before the first question
}

// The facts of a spelling, one bit each.
const (
	factFunction       = 1 << iota // an English function word as written
	factFunctionFolded             // the same once lower-cased ("The")
	factCommon                     // a common English word (SCOWL level 50 or below) once lower-cased
	factTitle                      // a title that precedes a name ("Gen.", "President")
	factKnown          = 0x80      // the facts are worked out
)

// sharedFacts keeps the facts of every spelling met in a run, keyed by
// Document.WordHash, for all documents and workers of one engine.
type sharedFacts struct {
	lex   *lexicon.Lexicon
	cache wordtable.Cache
}

// wordFacts returns the engine's shared facts, made on first use.
func (s *Setup) wordFacts() (*sharedFacts, error) {
	if s.facts == nil {
		lex, err := lexicon.English()
		if err != nil {
			return nil, err
		}
		s.facts = &sharedFacts{lex: lex}
	}
	return s.facts, nil
}

type wordFactsKey struct{}

// factsOf returns the document's word facts.
func factsOf(d *document.Document, shared *sharedFacts) *wordFacts {
	return d.Memo(wordFactsKey{}, func() any {
		return &wordFacts{d: d, shared: shared, facts: make([]uint8, d.NumWords())}
	}).(*wordFacts)
}

// of returns the fact bits of a spelling.
func (f *wordFacts) of(id int32) uint8 {
	if v := f.facts[id]; v != 0 {
		return v
	}
	h := f.d.WordHash(id)
	v, _, hit := f.shared.cache.Get(h)
	if !hit {
		w := f.d.Word(id)
		v = factKnown
		if englishFunctionWords[w] {
			v |= factFunction
		}
		if inLowered(englishFunctionWords, w) {
			v |= factFunctionFolded
		}
		if lv := f.shared.lex.LevelFoldASCII(w); lv > 0 && lv <= 50 {
			v |= factCommon
		}
		if inLowered(nameTitles, w) {
			v |= factTitle
		}
		f.shared.cache.Put(h, v, true)
	}
	f.facts[id] = v
	return v
}

func (f *wordFacts) isFunction(id int32) bool       { return f.of(id)&factFunction != 0 }
func (f *wordFacts) isFunctionFolded(id int32) bool { return f.of(id)&factFunctionFolded != 0 }
func (f *wordFacts) isCommon(id int32) bool         { return f.of(id)&factCommon != 0 }
func (f *wordFacts) isTitle(id int32) bool          { return f.of(id)&factTitle != 0 }
