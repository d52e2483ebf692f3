package checks

import (
	"github.com/copydesk/copydesk/document"
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
// word of a document: one per document, shared through Document.Memo.
type wordFacts struct {
	d                        *document.Document
	function, functionFolded wordMemos // an English function word as written, and once lower-cased ("The")
	common, title            wordMemos // a common English word (SCOWL level 50 or below) once lower-cased; a title ("Gen.")
}

type wordFactsKey struct{}

// factsOf returns the document's word facts.
func factsOf(d *document.Document) *wordFacts {
	return d.Memo(wordFactsKey{}, func() any {
		n := d.NumWords()
		return &wordFacts{d: d, function: make(wordMemos, n), functionFolded: make(wordMemos, n),
			common: make(wordMemos, n), title: make(wordMemos, n)}
	}).(*wordFacts)
}

func (f *wordFacts) isFunction(id int32) bool {
	if v, ok := f.function.lookup(id); ok {
		return v
	}
	return f.function.keep(id, englishFunctionWords[f.d.Word(id)])
}

func (f *wordFacts) isFunctionFolded(id int32) bool {
	if v, ok := f.functionFolded.lookup(id); ok {
		return v
	}
	return f.functionFolded.keep(id, inLowered(englishFunctionWords, f.d.Word(id)))
}

func (f *wordFacts) isCommon(lex *lexicon.Lexicon, id int32) bool {
	if v, ok := f.common.lookup(id); ok {
		return v
	}
	lv := lex.LevelFoldASCII(f.d.Word(id))
	return f.common.keep(id, lv > 0 && lv <= 50)
}

func (f *wordFacts) isTitle(id int32) bool {
	if v, ok := f.title.lookup(id); ok {
		return v
	}
	return f.title.keep(id, inLowered(nameTitles, f.d.Word(id)))
}
