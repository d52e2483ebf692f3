// Package phrase finds many literal phrases in a document in one pass over
// the document's folded text (lower-case ASCII, white space squeezed, curly
// quotes straightened), with matches kept only on word boundaries and mapped
// back to the original bytes.
//
// The phrases live in a byte trie. A search walks the trie from each place a
// phrase may start (word starts, and anywhere for phrases that may be glued
// to the word before them) and keeps the longest phrase that ends on a word
// boundary. Most walks stop after a byte or two; a general Aho–Corasick
// library spent about twice the instructions per byte on the same packs.
package phrase

import (
	"bytes"
	"math/bits"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/document"
	"github.com/copydesk/copydesk/internal/swar"
)

// Matcher finds any of a set of phrases. It is read-only after New and safe
// for concurrent use.
type Matcher struct {
	t       trie    // every phrase, walked from word starts
	g       trie    // the phrases that may be glued to the word before them, walked from inside words
	owner   [][]int // pattern index -> the caller's phrases that fold to it
	exact   []string
	caseSen []bool
	glued   []bool
	group   []int // pattern -> its group
	groups  int   // 1 + the largest group
	anyGlue bool
	// glueLens are the lengths of the glued phrases' first words (up to
	// their first byte that is not a letter, digit or underscore), longest
	// first. A glued phrase that starts inside an ASCII word ends that word
	// with its first word, so it can start only that far before the word's
	// end: find walks there instead of from every byte of every word.
	glueLens []int
	// glueEnds marks the last bytes of those first words, and glueKeys
	// holds their keys (see wordKey): a word is walked into only where its
	// last bytes could be such a first word. Checking the first byte alone
	// walked into every word ending in "-al", "-ment" or "-age".
	glueEnds [256]bool
	glueKeys wordKeySet
	// A phrase that starts with an ASCII word matches only where the text's
	// word is that same word, so a word start is walked from only if some
	// phrase starts with its word: most words start no phrase, and a walk
	// costs cache misses in the trie. The sets hold keys (see wordKey).
	// firstWords has the first words of the phrases that are one word, or
	// go on with anything but a space and two more bytes. leadWords has the
	// others' ("the" of "the judiciary"), and leadPairs their first word
	// with the two bytes after the space ("the ju"): "the" opened 40% of
	// the walks on news text, nearly all of them in vain.
	firstWords, leadWords, leadPairs wordKeySet
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
	Group int  // phrases of different groups (0 to 63) are searched as if by separate matchers
}

// New builds a matcher; opts, when not nil, has one entry per phrase.
func New(phrases []string, opts []Options) *Matcher {
	m := &Matcher{groups: 1}
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
		if o.Group < 0 || o.Group > 63 {
			o.Group = 0
		}
		key := f + "\x00" + string(rune('0'+o.Group))
		if k, dup := seen[key]; dup && !o.Case && !m.caseSen[k] && o.Glued == m.glued[k] {
			m.owner[k] = append(m.owner[k], i) // several callers' phrases share one pattern
			continue
		}
		seen[key] = len(pats)
		pats = append(pats, f)
		m.owner = append(m.owner, []int{i})
		m.exact = append(m.exact, strings.Join(strings.Fields(p), " "))
		m.caseSen = append(m.caseSen, o.Case)
		m.glued = append(m.glued, o.Glued)
		m.group = append(m.group, o.Group)
		m.groups = max(m.groups, o.Group+1)
		m.anyGlue = m.anyGlue || o.Glued
	}
	m.t = buildTrie(pats, nil)
	for _, p := range pats {
		l := asciiWordLen(p, 0)
		if l == 0 {
			continue
		}
		k := wordKey(p, 0, l)
		if l+2 < len(p) && p[l] == ' ' {
			m.leadWords.add(k)
			m.leadPairs.add(pairKey(k, p[l+1], p[l+2]))
		} else {
			m.firstWords.add(k)
		}
	}
	if m.anyGlue {
		m.g = buildTrie(pats, m.glued)
		for k, p := range pats {
			if !m.glued[k] {
				continue
			}
			l := asciiWordLen(p, 0)
			if l == 0 {
				continue
			}
			if !slices.Contains(m.glueLens, l) {
				m.glueLens = append(m.glueLens, l)
			}
			m.glueEnds[p[l-1]] = true
			m.glueKeys.add(wordKey(p, 0, l))
		}
		sort.Sort(sort.Reverse(sort.IntSlice(m.glueLens)))
	}
	return m
}

// Find calls fn for every match in d, left to right, longest first, not overlapping.
func (m *Matcher) Find(d *document.Document, fn func(Match)) {
	if m == nil || len(m.owner) == 0 {
		return
	}
	f := d.Fold()
	m.find(f.Text, func(k, s, e int) bool {
		span := f.Orig(s, e)
		if m.caseSen[k] && strings.Join(strings.Fields(d.Slice(span)), " ") != m.exact[k] {
			return false
		}
		for _, idx := range m.owner[k] {
			fn(Match{Index: idx, Span: span})
		}
		return true
	})
}

// find walks the trie from every place a phrase may start and reports the
// longest phrase found there that ends on a word boundary and that accept
// takes; the search goes on after it. Each group of phrases is searched as if
// alone: a phrase of one group neither hides nor is hidden by another group's.
// At an ASCII word start the walk is tried only if some phrase starts with
// that word (see firstWords). Inside an ASCII word only glued phrases may
// start, and only where their first word would end the word (see glueLens);
// the rest of a word is skipped in a tight loop.
func (m *Matcher) find(t string, accept func(k, s, e int) bool) {
	st := &search{m: m, accept: accept, resume: make([]int, m.groups)}
	single := m.groups == 1 // after a match, the next one starts after it
	for i := 0; i < len(t); {
		c := t[i]
		word := wordASCII[c]
		end := i
		if word {
			end += asciiWordLen(t, i)
		}
		var tr *trie // the trie to walk from i, if any
		// Every phrase is in m.t, so a byte no phrase starts with (most
		// spaces and punctuation) needs no test of where it stands.
		if m.t.root[c] != 0 {
			if i == 0 || !m.inWord(t, i) {
				if !word || m.startsPhrase(t, i, end) {
					tr = &m.t
				}
			} else if m.anyGlue && m.g.root[c] != 0 {
				tr = &m.g
			}
		}
		if tr != nil {
			if e := st.walk(tr, t, i); e > 0 && single {
				i = e
				continue
			}
		}
		if !word {
			i++
			continue
		}
		if !m.glueEnds[t[end-1]] {
			i = end // no glued phrase's first word ends this word
			continue
		}
		next := end
		for _, l := range m.glueLens { // longest first: the places in text order
			p := end - l
			if p <= i || !m.glueKeys.has(wordKey(t, p, l)) {
				continue
			}
			if e := st.walk(&m.g, t, p); e > 0 && single {
				next = e // a phrase ends on a boundary: the word is over
				break
			}
		}
		i = next
	}
}

// asciiWordLen is the number of ASCII letters, digits and underscores at
// t[i:], found eight bytes at a time: most words end within one load.
func asciiWordLen(t string, i int) int {
	n := 0
	for i+n+8 <= len(t) {
		if nw := nonWordBytes(swar.Load(t, i+n)); nw != 0 {
			return n + bits.TrailingZeros64(nw)/8
		}
		n += 8
	}
	for i+n < len(t) && wordASCII[t[i+n]] {
		n++
	}
	return n
}

// startsPhrase: some phrase may start with the ASCII word t[i:end] and
// what follows it (see firstWords).
func (m *Matcher) startsPhrase(t string, i, end int) bool {
	k := wordKey(t, i, end-i)
	if m.firstWords.has(k) {
		return true
	}
	return m.leadWords.has(k) && end+2 < len(t) && t[end] == ' ' && m.leadPairs.has(pairKey(k, t[end+1], t[end+2]))
}

// pairKey is the key of a first word (its key k) with the two bytes after
// the space that follows it.
func pairKey(k uint32, x, y byte) uint32 {
	return ((k<<16 | uint32(x)<<8 | uint32(y)) * 0x9E3779B1) >> (32 - wordKeyBits)
}

// nonWordBytes sets the high bit of each byte of x (a little-endian load)
// that is not an ASCII letter, digit or underscore, and no other bit.
func nonWordBytes(x uint64) uint64 {
	y := x &^ swar.Highs // each byte below 0x80: the sums below carry into no other byte
	ge := func(lo byte) uint64 { return y + (0x80-uint64(lo))*swar.Ones }
	word := ge('a')&^ge('z'+1) | ge('A')&^ge('Z'+1) | ge('0')&^ge('9'+1) | ge('_')&^ge('_'+1)
	return (^word | x) & swar.Highs
}

// wordKey sums up the ASCII word t[i:i+n] (n > 0) by its length and its
// first, second and last bytes: two words with different keys differ, and
// few words of text share a key with a phrase's first word.
func wordKey(t string, i, n int) uint32 {
	var second byte
	if n > 1 {
		second = t[i+1]
	}
	k := uint32(t[i]) | uint32(second)<<8 | uint32(t[i+n-1])<<16 | uint32(min(n, 255))<<24
	return (k * 0x9E3779B1) >> (32 - wordKeyBits)
}

const wordKeyBits = 14

// wordKeySet is a set of word keys, one bit each (2 KB).
type wordKeySet [1 << wordKeyBits / 64]uint64

func (s *wordKeySet) add(k uint32)      { s[k>>6] |= 1 << (k & 63) }
func (s *wordKeySet) has(k uint32) bool { return s[k>>6]&(1<<(k&63)) != 0 }

// inWord: a phrase starting at i (> 0) would start inside a word.
func (m *Matcher) inWord(t string, i int) bool {
	b, c := t[i-1], t[i]
	if c < 0x80 && b < 0x80 {
		return wordASCII[b] && wordASCII[c]
	}
	if c >= 0x80 && c < 0xC0 {
		return true // inside a character: never a start
	}
	return wordByteBefore(t, i) && isWordStart(t, i)
}

// search is the state of one find: where each group may match again.
type search struct {
	m      *Matcher
	accept func(k, s, e int) bool
	resume []int // group -> the offset its next match may start at
	cands  [16]cand
}

type cand struct{ k, e int }

// walk follows the trie from i and offers accept, for each group free to
// match here, its phrases that end on a word boundary, longest first; it
// returns the end of the longest one taken, or -1.
func (st *search) walk(tr *trie, t string, i int) int {
	if i+1 < len(t) && !tr.pairs.has(t[i], t[i+1]) && !tr.single[t[i]] {
		return -1 // no phrase starts with these two bytes: most words end here
	}
	cands := &st.cands // phrases ending along the walk, longest last
	n := 0
	node := tr.root[t[i]]
	for j := i; node != 0; {
		if e := tr.nodes[node].term; e >= 0 && endBoundary(t, j+1) {
			for _, k := range tr.ends[e] {
				if st.resume[st.m.group[k]] > i {
					continue // inside its group's previous match
				}
				if n == len(cands) {
					copy(cands[:], cands[1:]) // keep the longest ones
					n--
				}
				cands[n] = cand{int(k), j + 1}
				n++
			}
		}
		j++
		if j == len(t) {
			break
		}
		node = tr.next(node, t[j])
	}
	end := -1
	var done uint64 // groups that matched at i
	for cnt := n; n > 0; {
		n--
		// Among phrases of equal length, the first in pattern order wins: the
		// patterns at one node are listed in that order.
		for n > 0 && cands[n-1].e == cands[n].e {
			n--
		}
		e := cands[n].e
		for x := n; x < cnt && cands[x].e == e; x++ {
			g := st.m.group[cands[x].k]
			if done&(1<<g) != 0 {
				continue
			}
			if st.accept(cands[x].k, i, e) {
				done |= 1 << g
				st.resume[g] = e
				end = max(end, e)
			}
		}
		cnt = n
	}
	return end
}

// wordByteBefore: the character before i is a letter, digit or underscore.
func wordByteBefore(t string, i int) bool {
	b := t[i-1]
	if b < 0x80 {
		return wordASCII[b]
	}
	r, _ := utf8.DecodeLastRuneInString(t[:i])
	return isWordRune(r)
}

// isWordStart: the character at i is a letter, digit or underscore (so a
// phrase starting here would start inside a word if one precedes it).
func isWordStart(t string, i int) bool {
	if t[i] < 0x80 {
		return wordASCII[t[i]]
	}
	r, _ := utf8.DecodeRuneInString(t[i:])
	return isWordRune(r)
}

// endBoundary: a phrase ending at e does not end inside a word.
func endBoundary(t string, e int) bool {
	if e >= len(t) {
		return true
	}
	return !(isWordStart(t, e) && wordByteBefore(t, e))
}

// wordASCII marks the ASCII letters, digits and the underscore.
var wordASCII = func() (t [256]bool) {
	for b := 0; b < 0x80; b++ {
		t[b] = b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b == '_' || b >= 'A' && b <= 'Z'
	}
	return
}()

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' }

// trie is a byte trie in flat arrays. Node 0 is "no node"; node 1 is the
// root, whose children are found in one table lookup; a node with one child
// holds that child itself, and other nodes list their children's bytes and
// node numbers side by side, in byte order. A step of a walk reads one node
// (12 bytes), and most steps (one phrase going on) nothing else: walks are
// bound by cache misses, not instructions.
type trie struct {
	root   [256]int32
	nodes  []tnode
	labels []byte
	kids   []int32
	ends   [][]int32 // the patterns that end at a node, in pattern order
	pairs  pairSet   // the first two bytes of the patterns
	single [256]bool // the one-byte patterns
}

// tnode is one node of a trie.
type tnode struct {
	edge  int32 // count == 1: the child; else the index of the first child in labels/kids
	term  int32 // index into ends, or -1
	count uint16
	label byte // count == 1: the child's byte
}

// pairSet is a set of byte pairs, one bit each (8 KB).
type pairSet [256][4]uint64

func (p *pairSet) add(a, b byte)      { p[a][b>>6] |= 1 << (b & 63) }
func (p *pairSet) has(a, b byte) bool { return p[a][b>>6]&(1<<(b&63)) != 0 }

// next follows the edge labelled c, or returns 0.
func (t *trie) next(node int32, c byte) int32 {
	nd := &t.nodes[node]
	f, n := int(nd.edge), int(nd.count)
	if n == 1 { // most nodes below the first few levels: one phrase goes on
		if nd.label == c {
			return nd.edge
		}
		return 0
	}
	if n > 16 {
		if i := bytes.IndexByte(t.labels[f:f+n], c); i >= 0 {
			return t.kids[f+i]
		}
		return 0
	}
	for i, l := range t.labels[f : f+n] { // a few children: a loop beats the vector search's set-up
		if l == c {
			return t.kids[f+i]
		}
	}
	return 0
}

// buildTrie builds the trie of patterns (those with keep[i], if keep is not
// nil). Nodes are numbered breadth first, so each node's children are contiguous.
func buildTrie(pats []string, keep []bool) trie {
	var order []int
	t := trie{nodes: []tnode{{term: -1}, {term: -1}}}
	for i, p := range pats {
		if keep == nil || keep[i] {
			order = append(order, i)
			if len(p) == 1 {
				t.single[p[0]] = true
			} else if len(p) > 1 {
				t.pairs.add(p[0], p[1])
			}
		}
	}
	sort.SliceStable(order, func(a, b int) bool { return pats[order[a]] < pats[order[b]] })

	// A node is a range [lo, hi) of sorted patterns sharing a prefix of length depth.
	type pending struct {
		lo, hi, depth int
	}
	queue := []pending{{0, len(order), 0}}
	for q := 0; q < len(queue); q++ {
		node := int32(q + 1)
		p := queue[q]
		lo := p.lo
		// The patterns equal to the prefix come first in sorted order and end here.
		var ends []int32
		for lo < p.hi && len(pats[order[lo]]) == p.depth {
			ends = append(ends, int32(order[lo]))
			lo++
		}
		if len(ends) > 0 {
			sort.Slice(ends, func(a, b int) bool { return ends[a] < ends[b] })
			t.nodes[node].term = int32(len(t.ends))
			t.ends = append(t.ends, ends)
		}
		t.nodes[node].edge = int32(len(t.labels))
		for lo < p.hi {
			c := pats[order[lo]][p.depth]
			hi := lo + 1
			for hi < p.hi && pats[order[hi]][p.depth] == c {
				hi++
			}
			child := int32(len(queue) + 1)
			queue = append(queue, pending{lo, hi, p.depth + 1})
			t.nodes = append(t.nodes, tnode{term: -1})
			if node == 1 {
				t.root[c] = child
			}
			t.labels = append(t.labels, c)
			t.kids = append(t.kids, child)
			t.nodes[node].count++
			lo = hi
		}
		if nd := &t.nodes[node]; nd.count == 1 {
			nd.label, nd.edge = t.labels[nd.edge], t.kids[nd.edge]
		}
	}
	return t
}
