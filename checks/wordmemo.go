package checks

import (
	"github.com/copydesk/copydesk/document"
	"github.com/copydesk/copydesk/internal/wordtable"
	"github.com/copydesk/copydesk/lexicon"
)

// What the checks work out about a spelling, whatever its context, in 16
// bits, all of them in use: the word facts several checks ask of nearly
// every word (function word, common word, title, capitalised, letters
// English never uses, an article glued to a name), the unknown-word
// check's wordState, the misspelling list's answer and the name
// gazetteer's. Each group has a bit (or a non-zero value) saying it is
// known. A new fact needs a wider entry (wordtable.Cache keeps 16 bits).
const (
	factFunction       = 1 << iota // an English function word as written
	factFunctionFolded             // the same once lower-cased ("The")
	factCommon                     // a common English word (SCOWL level 50 or below) once lower-cased
	factTitle                      // a title that precedes a name ("Gen.", "President")
	factKnown                      // the four facts above are worked out
	stateShift         = 5         // three bits: the unknown-word check's wordState, 0 before it is worked out
	listedYes          = 1 << 8    // the misspelling list knows the word or one of its parts
	listedKnown        = 1 << 9    // listedYes is worked out
	stateMask          = 7 << stateShift
	factUpper          = 1 << 10 // starts with a capital letter; known with factKnown
	foreignShift       = 11      // two bits: letters English never uses (nonEnglishLetters), at most 3; known with factKnown
	foreignMask        = 3 << foreignShift
	factParticleName   = 1 << 13 // a lower-case article glued to a capitalised name ("al-Ghanemi"); known with factKnown
	gazYes             = 1 << 14 // the name gazetteer lists the word alone
	gazKnown           = 1 << 15 // gazYes is worked out
)

// sharedFacts keeps what is known of every spelling met in a run, keyed by
// Document.WordHash, for all documents and workers of one engine. One entry
// holds every check's answers, so a word costs one cache line however many
// checks ask about it.
type sharedFacts struct {
	lex   *lexicon.Lexicon
	cache wordtable.Cache
}

// spellingCache returns the engine's shared facts, made on first use.
func (s *Setup) spellingCache() (*sharedFacts, error) {
	if s.facts == nil {
		lex, err := lexicon.English()
		if err != nil {
			return nil, err
		}
		s.facts = &sharedFacts{lex: lex}
	}
	return s.facts, nil
}

// spellings is a document's view of the shared facts: what is known of each
// of its spellings (indexed by document.Token.Word), so a check asks the
// shared cache about a spelling once per document, and works it out once a
// run. One per document, shared by the checks through Document.Memo.
type spellings struct {
	d      *document.Document
	shared *sharedFacts
	bits   []uint16
}

type spellingsKey struct{}

// spellingsOf returns the document's view. It asks the shared cache about
// every spelling at once: the lookups do not depend on each other, so the
// processor overlaps their cache misses, where one lookup per word as the
// checks meet it waited for each miss in turn (the language check, first to
// ask, spent 4% of a run there).
func spellingsOf(d *document.Document, shared *sharedFacts) *spellings {
	return d.Memo(spellingsKey{}, func() any {
		bits := make([]uint16, d.NumWords())
		for id := range bits {
			a, _ := shared.cache.Get(d.WordHash(int32(id)))
			bits[id] = a
		}
		return &spellings{d: d, shared: shared, bits: bits}
	}).(*spellings)
}

// known returns what is known of a spelling: a group's bits are absent
// while no check has worked them out.
func (s *spellings) known(id int32) uint16 { return s.bits[id] }

// learn records what a check worked out about a spelling.
func (s *spellings) learn(id int32, bits uint16) {
	s.bits[id] |= bits
	s.shared.cache.Merge(s.d.WordHash(id), bits)
}

// facts returns the word facts of a spelling.
func (s *spellings) facts(id int32) uint16 {
	v := s.bits[id]
	if v&factKnown != 0 {
		return v
	}
	w := s.d.Word(id)
	f := uint16(factKnown)
	if englishFunctionWords[w] {
		f |= factFunction
	}
	if inLowered(englishFunctionWords, w) {
		f |= factFunctionFolded
	}
	if lv := s.shared.lex.LevelFoldASCII(w); lv > 0 && lv <= 50 {
		f |= factCommon
	}
	if inLowered(nameTitles, w) {
		f |= factTitle
	}
	if startsUpper(w) {
		f |= factUpper
	}
	f |= uint16(min(nonEnglishLetters(w), 3)) << foreignShift
	if particleName(w) {
		f |= factParticleName
	}
	s.learn(id, f)
	return f
}

func (s *spellings) isFunctionFolded(id int32) bool { return s.facts(id)&factFunctionFolded != 0 }
func (s *spellings) isCommon(id int32) bool         { return s.facts(id)&factCommon != 0 }
func (s *spellings) isTitle(id int32) bool          { return s.facts(id)&factTitle != 0 }
