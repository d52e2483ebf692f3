package document

// NoWord is Token.Word for tokens that are not words.
const NoWord = -1

// hashWord is FNV-1a with a final avalanche (MurmurHash3's fmix64), inline:
// cheaper than a maphash call for words of a few letters, and every bit of
// the result depends on every byte, as the interner's low bits and the
// run-wide caches' high bits both need. It is the same for the same
// spelling in every document and every process.
func hashWord(w string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint64(w[i])) * 1099511628211
	}
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	return h
}

// interner gives each distinct spelling an id in order of first appearance.
// It is an open-addressing table of ids keyed by hashWord: cheaper than a Go
// map for the many short, mostly repeated words of a text, and it keeps no
// copy of the spellings (they are substrings of the document's text).
type interner struct {
	text   string
	slots  []slot
	words  []Span   // first occurrence of each spelling: no pointers for the collector to follow
	hashes []uint64 // each spelling's hash, for the checks' run-wide caches (see Document.WordHash)
}

// slot holds an id+1 (0 is empty) and the top bits of its hash, so a probe
// compares spellings only when the hashes agree.
type slot struct {
	hash uint32
	id   int32
}

// newInterner sizes the table for n word tokens. A short text has nearly as
// many spellings as words (half of a 300-word article's are distinct and
// the slices grew on most documents); a long one far fewer.
// Its slices come from sb when they are large enough.
func newInterner(text string, n int, sb *segBuffers) interner {
	distinct := n
	if n > 2048 {
		distinct = max(2048, n/2)
	}
	size := 64
	for size < 2*distinct {
		size *= 2
	}
	slots := sb.slots
	if cap(slots) >= size {
		slots = slots[:size]
		clear(slots)
	} else {
		slots = make([]slot, size)
		sb.slots = slots
	}
	return interner{text: text, slots: slots, words: reuse(sb.words, distinct), hashes: reuse(sb.hashes, distinct)}
}

func (in *interner) id(s Span) int32 {
	w := in.text[s.Start:s.End]
	if len(in.words)*2 >= len(in.slots) {
		in.grow()
	}
	h := hashWord(w)
	top := uint32(h >> 32)
	mask := uint64(len(in.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		sl := in.slots[i]
		if sl.id == 0 {
			in.words = append(in.words, s)
			in.hashes = append(in.hashes, h)
			in.slots[i] = slot{top, int32(len(in.words))}
			return int32(len(in.words) - 1)
		}
		if sl.hash == top && in.text[in.words[sl.id-1].Start:in.words[sl.id-1].End] == w {
			return sl.id - 1
		}
	}
}

func (in *interner) grow() {
	n := max(64, 2*len(in.slots))
	in.slots = make([]slot, n)
	mask := uint64(n - 1)
	for k, h := range in.hashes {
		i := h & mask
		for in.slots[i].id != 0 {
			i = (i + 1) & mask
		}
		in.slots[i] = slot{uint32(h >> 32), int32(k + 1)}
	}
}

// internWords numbers the distinct word spellings: Word(t.Word) is the text
// of every word token t. Checks that ask the word list or a pack about a word
// keep one answer per spelling in a slice indexed by this id, so a document of
// 15,000 words costs a few thousand lookups, not 15,000.
func (d *Document) internWords(sb *segBuffers) {
	n := 0
	for i := range d.Tokens {
		if d.Tokens[i].Kind == Word {
			n++
		}
	}
	in := newInterner(d.Text, n, sb)
	for i := range d.Tokens {
		t := &d.Tokens[i]
		if t.Kind != Word {
			t.Word = NoWord
			continue
		}
		t.Word = in.id(t.Span)
	}
	d.words, d.wordHashes = in.words, in.hashes
	sb.slots = in.slots // perhaps grown: the larger table goes back to the pool
}

// Word is the spelling with id (see Token.Word).
func (d *Document) Word(id int32) string {
	s := d.words[id]
	return d.Text[s.Start:s.End]
}

// WordHash is a 64-bit hash of the spelling with id, the same for the same
// spelling in every document of the process: checks key what they work out
// per spelling by it, across documents, without hashing the word again.
func (d *Document) WordHash(id int32) uint64 { return d.wordHashes[id] }

// NumWords is the number of distinct word spellings: checks size their
// per-spelling answers by it.
func (d *Document) NumWords() int { return len(d.words) }
