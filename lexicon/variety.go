package lexicon

import (
	_ "embed"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/copydesk/copydesk/internal/wordtable"
)

//go:generate go run ../tools/genvarieties -out varieties.zst

// varietiesData is the table of words American and British English spell
// differently (see tools/genvarieties): "word<TAB>mask<TAB>counterparts".
//
//go:embed varieties.zst
var varietiesData []byte

// Variety is a set of English spelling varieties, as bits.
type Variety uint8

const (
	American   Variety = 1 << iota // color, organize, center
	BritishISE                     // colour, organise, centre
	BritishIZE                     // colour, organize, centre (Oxford spelling)
)

// String names a set of varieties for messages: "American", "British",
// "British -ise", "-ize" (American and Oxford British), "Oxford -ize".
func (v Variety) String() string {
	switch v {
	case American:
		return "American"
	case BritishISE | BritishIZE:
		return "British"
	case BritishISE:
		return "British -ise"
	case BritishIZE:
		return "Oxford -ize"
	case American | BritishIZE:
		return "-ize"
	case American | BritishISE:
		return "American and British -ise"
	}
	return "any"
}

// Varieties knows, for each word only some varieties spell so, which they
// are and how the others spell it. Read-only after loading.
type Varieties struct {
	in           *wordtable.Table    // word -> its Variety: asked of every lower-case word, so a compact table
	counterparts map[string][]string // word -> its spellings in other varieties, asked only to fix
}

var (
	varietiesOnce sync.Once
	varieties     *Varieties
	varietiesErr  error
)

// SpellingVarieties returns the embedded table, loading it on first use
// (about a millisecond: 7,800 words).
func SpellingVarieties() (*Varieties, error) {
	varietiesOnce.Do(func() { varieties, varietiesErr = LoadVarieties(varietiesData) })
	return varieties, varietiesErr
}

// LoadVarieties reads a zstd-compressed table of "word<TAB>mask<TAB>a,b" lines.
func LoadVarieties(compressed []byte) (*Varieties, error) {
	raw, err := decompress(compressed)
	if err != nil {
		return nil, fmt.Errorf("spelling varieties: %w", err)
	}
	lines := strings.Split(strings.TrimSuffix(string(raw), "\n"), "\n")
	if len(lines) == 0 || lines[0] == "" {
		return nil, errors.New("spelling varieties: empty table")
	}
	v := &Varieties{in: wordtable.New(len(lines)), counterparts: make(map[string][]string, len(lines))}
	for n, line := range lines {
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			return nil, fmt.Errorf("spelling varieties: line %d: want 3 fields, got %d", n+1, len(f))
		}
		m, err := strconv.Atoi(f[1])
		if err != nil || m <= 0 || m >= 8 {
			return nil, fmt.Errorf("spelling varieties: line %d: bad mask %q", n+1, f[1])
		}
		v.in.Put(f[0], uint8(m))
		v.counterparts[f[0]] = strings.Split(f[2], ",")
	}
	return v, nil
}

// Of returns the varieties that spell a lower-case word so; ok is false for
// a word every variety spells alike (or that the table does not know).
func (v *Varieties) Of(word string) (in Variety, ok bool) {
	m, ok := v.in.Get(word)
	return Variety(m), ok
}

// In returns the spelling of word in the variety want ("colour" in American
// is "color"); ok is false when the table knows none.
func (v *Varieties) In(word string, want Variety) (string, bool) {
	in, ok := v.Of(word)
	if !ok {
		return "", false
	}
	if in&want != 0 {
		return word, true
	}
	for _, c := range v.counterparts[word] {
		if cin, _ := v.Of(c); cin&want != 0 {
			return c, true
		}
	}
	return "", false
}
