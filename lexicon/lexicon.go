// Package lexicon is copydesk's English word list: SCOWL words up to size 80
// (American, British, Canadian and Australian spellings, contractions, proper
// names) with their size level as a frequency rank, embedded in the binary,
// plus spelling suggestions from a trie searched within a small edit distance.
package lexicon

//go:generate go run ../tools/genwords -out en.words.zst

import (
	_ "embed"
	"errors"
	"strings"
	"sync"
	"unicode"
	"unsafe"

	"github.com/klauspost/compress/zstd"

	"github.com/copydesk/copydesk/internal/wordtable"
)

//go:embed en.words.zst
var embedded []byte

// Lexicon answers whether a word is English and suggests corrections.
// It is read-only after loading and safe for concurrent use.
//
// Spellings are kept sorted, as the generator wrote them (the suggestion trie
// is built from them), and looked up in a fingerprint table: every token of
// every document is looked up, so one cache miss per lookup matters.
type Lexicon struct {
	// The i-th spelling is data[start[i] : start[i]+size[i]], sorted by bytes:
	// offsets, not strings, so the collector has no 354,000 pointers to follow
	// on every cycle.
	data   string
	start  []uint32
	size   []uint8
	levels []uint8 // SCOWL level of the i-th spelling
	table  *wordtable.Table

	extra map[string]uint8 // accepted vocabulary added at run time

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

// Load reads a zstd-compressed word list of "word<TAB>level" lines sorted by
// word (zstd decodes it in a few milliseconds). The words are substrings of
// one decompressed string: no allocation per word.
func Load(compressed []byte) (*Lexicon, error) {
	raw, err := decompress(compressed)
	if err != nil {
		return nil, err
	}
	if len(raw) == 0 {
		return nil, errors.New("lexicon: empty word list")
	}
	all := unsafe.String(&raw[0], len(raw))
	data := all
	n := strings.Count(data, "\n")
	l := &Lexicon{data: all, start: make([]uint32, 0, n), size: make([]uint8, 0, n), levels: make([]uint8, 0, n)}
	prev := ""
	for len(data) > 0 {
		lineStart := len(all) - len(data)
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
		if len(w) > 255 {
			return nil, errors.New("lexicon: word longer than 255 bytes at " + w[:40])
		}
		if w <= prev {
			return nil, errors.New("lexicon: word list is not sorted at " + w)
		}
		prev = w
		l.start = append(l.start, uint32(lineStart))
		l.size = append(l.size, uint8(len(w)))
		l.levels = append(l.levels, uint8(atoi(line[tab+1:])))
	}
	l.table = wordtable.Build(len(l.start), l.word, l.levels)
	return l, nil
}

// word is the i-th spelling of the list.
func (l *Lexicon) word(i int) string {
	s := int(l.start[i])
	return l.data[s : s+int(l.size[i])]
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
	if lv, ok := l.table.Get(w); ok {
		return int(lv)
	}
	if len(l.extra) > 0 {
		return int(l.extra[w])
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
		for i := range l.start {
			if w := l.word(i); hasUpperASCII(w) {
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
// hashed lower-case as it is read: no lower-case copy for ASCII words.
func (l *Lexicon) LevelFoldASCII(w string) int {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return l.Level(strings.ToLower(w))
		}
	}
	if lv, ok := l.table.GetFold(w); ok {
		return int(lv)
	}
	if len(l.extra) > 0 {
		return l.Level(strings.ToLower(w))
	}
	return 0
}

// Size is the number of spellings.
func (l *Lexicon) Size() int { return len(l.start) + len(l.extra) }

// decompress decodes one of the embedded zstd files.
func decompress(compressed []byte) ([]byte, error) {
	dec, err := zstd.NewReader(nil, zstd.WithDecoderConcurrency(1))
	if err != nil {
		return nil, err
	}
	defer dec.Close()
	return dec.DecodeAll(compressed, make([]byte, 0, len(compressed)*4))
}
