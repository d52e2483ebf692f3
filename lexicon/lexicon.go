// Package lexicon is copydesk's English word list: SCOWL words up to size 80
// (American, British, Canadian and Australian spellings, contractions, proper
// names) with their size level as a frequency rank, embedded in the binary,
// plus spelling suggestions from a trie searched within a small edit distance.
package lexicon

//go:generate go run ../tools/genwords -out en.words.zst

import (
	_ "embed"
	"errors"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unsafe"

	"github.com/klauspost/compress/zstd"
)

//go:embed en.words.zst
var embedded []byte

// Lexicon answers whether a word is English and suggests corrections.
// It is read-only after loading and safe for concurrent use.
//
// Spellings are kept sorted, as the generator wrote them, and found by binary
// search inside a bucket chosen by their first two bytes: loading builds no
// hash map, so the list is ready in a few tens of milliseconds.
type Lexicon struct {
	words  []string // sorted by bytes
	levels []uint8  // SCOWL level of words[i]
	bucket []int32  // bucket[k]..bucket[k+1]: the words whose first two bytes make k

	extra  map[string]uint8 // accepted vocabulary added at run time
	common map[string]uint8 // the words of level 50 and below: nearly all tokens of any text, found in one hash probe

	capOnce sync.Once
	capital map[string]string // lower-cased spelling with capitals -> that spelling ("arabia" -> "Arabia")

	trieOnce sync.Once
	trie     *trie
}

var (
	once    sync.Once
	english *Lexicon
	loadErr error
)

// English returns the embedded English lexicon, loading it on first use.
func English() (*Lexicon, error) {
	once.Do(func() { english, loadErr = Load(embedded) })
	return english, loadErr
}

func bucketKey(w string) int {
	switch len(w) {
	case 0:
		return 0
	case 1:
		return int(w[0]) << 8
	}
	return int(w[0])<<8 | int(w[1])
}

// Load reads a zstd-compressed word list of "word<TAB>level" lines sorted by
// word (zstd decodes it in a few milliseconds). The words are substrings of
// one decompressed string: no allocation per word.
func Load(compressed []byte) (*Lexicon, error) {
	dec, err := zstd.NewReader(nil, zstd.WithDecoderConcurrency(1))
	if err != nil {
		return nil, err
	}
	defer dec.Close()
	raw, err := dec.DecodeAll(compressed, make([]byte, 0, len(compressed)*4))
	if err != nil {
		return nil, err
	}
	if len(raw) == 0 {
		return nil, errors.New("lexicon: empty word list")
	}
	data := unsafe.String(&raw[0], len(raw))
	n := strings.Count(data, "\n")
	l := &Lexicon{words: make([]string, 0, n), levels: make([]uint8, 0, n), bucket: make([]int32, 1<<16+1)}
	prev := ""
	for len(data) > 0 {
		nl := strings.IndexByte(data, '\n')
		if nl < 0 {
			nl = len(data)
		}
		line := data[:nl]
		data = data[min(nl+1, len(data)):]
		tab := strings.IndexByte(line, '\t')
		if tab <= 0 {
			continue
		}
		w := line[:tab]
		if w <= prev {
			return nil, errors.New("lexicon: word list is not sorted at " + w)
		}
		prev = w
		l.words = append(l.words, w)
		l.levels = append(l.levels, uint8(atoi(line[tab+1:])))
	}
	// bucket[k] = index of the first word whose key is >= k.
	k := 0
	for i, w := range l.words {
		for bk := bucketKey(w); k <= bk; k++ {
			l.bucket[k] = int32(i)
		}
	}
	for ; k <= 1<<16; k++ {
		l.bucket[k] = int32(len(l.words))
	}
	l.common = make(map[string]uint8, 110000)
	for i, w := range l.words {
		if l.levels[i] <= 50 {
			l.common[w] = l.levels[i]
		}
	}
	return l, nil
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// exact returns the level of a spelling as written, or 0.
func (l *Lexicon) exact(w string) int {
	if lv, ok := l.common[w]; ok {
		return int(lv)
	}
	if w == "" {
		return 0
	}
	k := bucketKey(w)
	lo, hi := int(l.bucket[k]), int(l.bucket[k+1])
	ws := l.words[lo:hi]
	i := sort.SearchStrings(ws, w)
	if i < len(ws) && ws[i] == w {
		return int(l.levels[lo+i])
	}
	if lv, ok := l.extra[w]; ok {
		return int(lv)
	}
	return 0
}

func (l *Lexicon) capitals() map[string]string {
	l.capOnce.Do(func() {
		l.capital = map[string]string{}
		add := func(w string, lv int) {
			lw := strings.ToLower(w)
			if old, ok := l.capital[lw]; !ok || lv < l.exact(old) {
				l.capital[lw] = w
			}
		}
		for i, w := range l.words {
			if hasUpperASCII(w) {
				add(w, int(l.levels[i]))
			}
		}
		for w, lv := range l.extra {
			if hasUpperASCII(w) {
				add(w, int(lv))
			}
		}
	})
	return l.capital
}

func hasUpperASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' || s[i] >= 0x80 {
			return true
		}
	}
	return false
}

// Add puts extra words in (accepted vocabulary); call before any concurrent use.
func (l *Lexicon) Add(words []string, lv uint8) {
	if l.extra == nil {
		l.extra = map[string]uint8{}
	}
	for _, w := range words {
		if old, ok := l.extra[w]; !ok || lv < old {
			l.extra[w] = lv
		}
	}
}

// normalise turns curly apostrophes into straight ones.
func normalise(w string) string {
	if strings.ContainsRune(w, '’') {
		return strings.ReplaceAll(w, "’", "'")
	}
	return w
}

// Level returns the SCOWL level of a word as written (a lower-case word also
// matches a capitalised entry only if it is not a proper name), or 0 if unknown.
// Capitalised and upper-case words match their lower-case forms too.
func (l *Lexicon) Level(w string) int {
	w = normalise(w)
	if lv := l.exact(w); lv > 0 {
		return lv
	}
	if hasUpper(w) {
		lw := strings.ToLower(w)
		if lv := l.exact(lw); lv > 0 {
			return lv // "The" at the start of a sentence
		}
		if lv := l.exact(strings.ToUpper(lw[:1]) + lw[1:]); lv > 0 {
			return lv // "IRAQ" -> "Iraq"
		}
		if c, ok := l.capitals()[lw]; ok {
			return l.exact(c) // "MCDONALD'S" -> "McDonald's"
		}
	}
	return 0
}

// Known reports whether w is an English word, allowing possessives ("army's").
func (l *Lexicon) Known(w string) bool {
	if l.Level(w) > 0 {
		return true
	}
	w = normalise(w)
	for _, suf := range []string{"'s", "'"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+1 && l.Level(w[:len(w)-len(suf)]) > 0 {
			return true
		}
	}
	return false
}

// Form returns the dictionary spelling of a word found by its lower-case form.
func (l *Lexicon) Form(lower string) string {
	if l.exact(lower) > 0 {
		return lower
	}
	return l.capitals()[lower]
}

// LevelLower returns the best level of any spelling of a lower-case form.
func (l *Lexicon) LevelLower(lower string) int {
	lv := l.exact(lower)
	if c, ok := l.capitals()[lower]; ok {
		if cl := l.exact(c); lv == 0 || cl < lv {
			lv = cl
		}
	}
	return lv
}

func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// LevelFoldASCII is the level of a word's lower-case form ("The" -> "the"),
// lower-cased on the stack: no allocation for the common case.
func (l *Lexicon) LevelFoldASCII(w string) int {
	var buf [48]byte
	if len(w) > len(buf) {
		return l.Level(strings.ToLower(w))
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return l.Level(strings.ToLower(w))
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	if lv, ok := l.common[string(buf[:len(w)])]; ok { // map lookups with string(bytes) do not allocate
		return int(lv)
	}
	return l.Level(string(buf[:len(w)]))
}

// Size is the number of spellings.
func (l *Lexicon) Size() int { return len(l.words) + len(l.extra) }
