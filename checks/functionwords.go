package checks

import "github.com/copydesk/copydesk/document"

// functionWordFacts says, per distinct spelling of a document, whether it is
// an English function word as written and once lower-cased ("The"): the
// language test and the residue classifier ask it of nearly every word.
type functionWordFacts struct {
	d             *document.Document
	exact, folded []wordMemo
}

type functionWordKey struct{}

// functionWordsOf returns the document's facts, shared by the checks that ask.
func functionWordsOf(d *document.Document) *functionWordFacts {
	return d.Memo(functionWordKey{}, func() any {
		return &functionWordFacts{d: d, exact: make([]wordMemo, d.NumWords()), folded: make([]wordMemo, d.NumWords())}
	}).(*functionWordFacts)
}

// is reports whether word id is a function word as written.
func (f *functionWordFacts) is(id int32) bool {
	if f.exact[id] == memoUnknown {
		f.exact[id] = memoNo
		if englishFunctionWords[f.d.Word(id)] {
			f.exact[id] = memoYes
		}
	}
	return f.exact[id] == memoYes
}

// isFolded reports whether word id is a function word once lower-cased.
func (f *functionWordFacts) isFolded(id int32) bool {
	if f.folded[id] == memoUnknown {
		f.folded[id] = memoNo
		if englishFunctionWords[lowerASCII(f.d.Word(id))] {
			f.folded[id] = memoYes
		}
	}
	return f.folded[id] == memoYes
}
