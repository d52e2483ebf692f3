package lexicon

import (
	"math"
	"slices"
	"sort"
	"strings"
	"unsafe"
)

// trie holds every lower-case spelling, for bounded edit-distance search.
// Nodes are stored in flat arrays: children of a node are a linked list.
type trie struct {
	label   []byte
	child   []int32
	sibling []int32
	word    []int32 // index of the word that ends here, -1 if none
	// The k-th word is data[start[k] : start[k]+size[k]]: offsets, not
	// strings, so the collector has no pointer per word to follow.
	data    string
	start   []uint32
	size    []uint8
	longest int // bytes of the longest word: a longer target has no near neighbour
}

func (t *trie) wordAt(k int32) string {
	s := int(t.start[k])
	return t.data[s : s+int(t.size[k])]
}

// sortedKeys returns every spelling lower-cased, in byte order. The word
// list is stored in that order, so only the spellings with capitals (and the
// extra words) are sorted, then merged in: sorting all 354,000 took half of
// building the trie, which every worker waits for at the first unknown word.
func (l *Lexicon) sortedKeys() []string {
	plain := make([]string, 0, len(l.start))
	var lowered []string
	for i := range l.start {
		if w := l.word(i); hasUpperASCII(w) {
			lowered = append(lowered, strings.ToLower(w))
		} else {
			plain = append(plain, w)
		}
	}
	for w := range l.extra {
		if hasUpperASCII(w) {
			w = strings.ToLower(w)
		}
		lowered = append(lowered, w)
	}
	if !slices.IsSorted(plain) { // a list not stored in order still works
		slices.Sort(plain)
	}
	slices.Sort(lowered)
	keys := make([]string, 0, len(plain)+len(lowered))
	i, j := 0, 0
	for i < len(plain) && j < len(lowered) {
		if plain[i] <= lowered[j] {
			keys = append(keys, plain[i])
			i++
		} else {
			keys = append(keys, lowered[j])
			j++
		}
	}
	keys = append(keys, plain[i:]...)
	return append(keys, lowered[j:]...)
}

// buildTrie builds the trie of the sorted spellings. A spelling shares
// with the one before it every node of their common prefix, and no other
// (they are in order), so the nodes of that prefix are taken from the
// previous spelling's path and the rest are new: no child is searched for.
func (l *Lexicon) buildTrie() *trie {
	keys := l.sortedKeys()
	nodes := len(keys)*9/4 + 1024 // the English list's trie has 2.26 nodes a spelling
	t := &trie{label: make([]byte, 1, nodes), child: make([]int32, 1, nodes), sibling: make([]int32, 1, nodes), word: make([]int32, 1, nodes),
		start: make([]uint32, 0, len(keys)), size: make([]uint8, 0, len(keys))}
	t.child[0], t.sibling[0], t.word[0] = -1, -1, -1
	var data []byte
	path := []int32{0} // path[d]: the previous spelling's node at depth d
	prev := ""
	for i, w := range keys {
		if i > 0 && prev == w {
			continue // "Iraq" and "iraq" are one entry
		}
		common := 0
		for common < len(w) && common < len(prev) && w[common] == prev[common] {
			common++
		}
		path = path[:common+1]
		n := path[common]
		for _, b := range []byte(w[common:]) {
			n = t.newChild(n, b)
			path = append(path, n)
		}
		t.word[n] = int32(len(t.start))
		t.start = append(t.start, uint32(len(data)))
		t.size = append(t.size, uint8(min(len(w), 255)))
		t.longest = max(t.longest, len(w))
		data = append(data, w...)
		prev = w
	}
	if len(data) > 0 {
		t.data = unsafe.String(&data[0], len(data))
	}
	return t
}

// newChild adds a child labelled b to node n, first in its list.
func (t *trie) newChild(n int32, b byte) int32 {
	id := int32(len(t.label))
	t.label = append(t.label, b)
	t.child = append(t.child, -1)
	t.sibling = append(t.sibling, t.child[n])
	t.word = append(t.word, -1)
	t.child[n] = id
	return id
}

// search collects the words within maxDist (Damerau–Levenshtein, a transposition
// of neighbours counting 1) of target, walking the trie with one row of the
// distance table per depth and pruning rows whose minimum exceeds maxDist.
// Rows live in one buffer, one per depth, so the walk does not allocate.
func (t *trie) search(target string, maxDist int, found func(w string, d int)) {
	n := len(target)
	maxDepth := n + maxDist + 1
	buf := make([]int, (maxDepth+1)*(n+1))
	row := func(depth int) []int { return buf[depth*(n+1) : (depth+1)*(n+1)] }
	r0 := row(0)
	for i := range r0 {
		r0[i] = i
	}
	labels := make([]byte, maxDepth+1)
	var walk func(node int32, depth int)
	walk = func(node int32, depth int) {
		if depth >= maxDepth {
			return
		}
		prev := row(depth)
		var prevPrev []int
		if depth > 0 {
			prevPrev = row(depth - 1)
		}
		cur := row(depth + 1)
		for c := t.child[node]; c >= 0; c = t.sibling[c] {
			b := t.label[c]
			labels[depth+1] = b
			cur[0] = prev[0] + 1
			minv := cur[0]
			for j := 1; j <= n; j++ {
				cost := 1
				if target[j-1] == b {
					cost = 0
				}
				v := min(cur[j-1]+1, prev[j]+1, prev[j-1]+cost)
				if prevPrev != nil && j > 1 && target[j-1] == labels[depth] && target[j-2] == b {
					v = min(v, prevPrev[j-2]+1)
				}
				cur[j] = v
				if v < minv {
					minv = v
				}
			}
			if t.word[c] >= 0 && cur[n] <= maxDist {
				found(t.wordAt(t.word[c]), cur[n])
			}
			if minv <= maxDist {
				walk(c, depth+1)
				// The child's walk overwrote deeper rows only; this depth's row is recomputed for the next sibling.
			}
		}
	}
	walk(0, 0)
}

// Suggestion is one candidate correction.
type Suggestion struct {
	Word  string
	Cost  float64 // weighted edit cost; lower is better
	Level int
}

// Suggest returns up to max corrections for a lower-case word, best first:
// ranked by a weighted edit distance (transposition 1, a neighbouring key or a
// doubled letter cheaper than other edits) and then by how common the word is.
func (l *Lexicon) Suggest(word string, max int) []Suggestion {
	word = strings.ToLower(normalise(word))
	l.trieOnce.Do(func() { l.trie = l.buildTrie() })
	maxDist := 2
	if len(word) <= 4 {
		maxDist = 1
	}
	if len(word) > l.trie.longest+maxDist {
		// No word is that close to it; and the search's table grows with the
		// square of the length (a 10,000-letter token would take 800 MB).
		return nil
	}
	var out []Suggestion
	l.trie.search(word, maxDist, func(w string, d int) {
		if w == word {
			return
		}
		lv := l.LevelLower(w)
		cost := WeightedDistance(word, w) + levelPenalty(lv)
		if strings.ContainsAny(w, "'-.") && !strings.ContainsAny(word, "'-.") {
			cost += 0.3 // "front's" for "frontns": punctuation the writer did not type is less likely
		}
		cost += inflectionPenalty(word, w)
		out = append(out, Suggestion{Word: l.Form(w), Cost: cost, Level: lv})
	})
	sort.Slice(out, func(i, j int) bool {
		if out[i].Cost != out[j].Cost {
			return out[i].Cost < out[j].Cost
		}
		return out[i].Word < out[j].Word
	})
	if len(out) > max {
		out = out[:max]
	}
	return out
}

// inflectionPenalty prefers a correction with the typed word's plural: a
// writer misspells the stem and keeps the ending ("heros" is heroes,
// "emploies" employees), so a candidate that drops or adds a final s is less
// likely. (The same for -ed, -ing and -ly lost more top-5 hits than it gained.)
func inflectionPenalty(typed, cand string) float64 {
	plural := func(w string) bool {
		return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "'s")
	}
	if len(typed) > 3 && plural(typed) != plural(cand) {
		return 0.3
	}
	return 0
}

// levelPenalty prefers common words: SCOWL level 10 costs nothing, 80 costs most.
func levelPenalty(lv int) float64 {
	if lv == 0 {
		return 1
	}
	return math.Log2(float64(lv)/10) * 0.25
}

var keyboardRows = []string{"qwertyuiop", "asdfghjkl", "zxcvbnm"}

// adjacent reports whether two letters are neighbours on a QWERTY keyboard.
func adjacent(a, b byte) bool {
	pos := func(c byte) (int, int) {
		for r, row := range keyboardRows {
			if i := strings.IndexByte(row, c); i >= 0 {
				return r, i
			}
		}
		return -9, -9
	}
	ra, ca := pos(a)
	rb, cb := pos(b)
	if ra < 0 || rb < 0 {
		return false
	}
	dr, dc := ra-rb, ca-cb
	return dr >= -1 && dr <= 1 && dc >= -1 && dc <= 1
}

func isVowel(c byte) bool { return strings.IndexByte("aeiouy", c) >= 0 }

// WeightedDistance is an optimal-string-alignment distance whose edits cost
// less when they are the common slips: a doubled or undoubled letter 0.5, a
// neighbouring key 0.7, one vowel for another 0.8, a transposition 0.6, else 1.
func WeightedDistance(a, b string) float64 {
	n, m := len(a), len(b)
	d := make([][]float64, n+1)
	for i := range d {
		d[i] = make([]float64, m+1)
		d[i][0] = float64(i)
	}
	for j := 0; j <= m; j++ {
		d[0][j] = float64(j)
	}
	for i := 1; i <= n; i++ {
		for j := 1; j <= m; j++ {
			ai, bj := a[i-1], b[j-1]
			sub := 0.0
			if ai != bj {
				switch {
				case adjacent(ai, bj):
					sub = 0.7
				case isVowel(ai) && isVowel(bj):
					sub = 0.8
				default:
					sub = 1
				}
			}
			del := 1.0 // a letter of a not in b
			if i >= 2 && a[i-2] == ai || i < n && a[i] == ai {
				del = 0.5 // doubled letter written once too often
			}
			ins := 1.0
			if j >= 2 && b[j-2] == bj || j < m && b[j] == bj {
				ins = 0.5
			}
			v := math.Min(d[i-1][j-1]+sub, math.Min(d[i-1][j]+del, d[i][j-1]+ins))
			if i > 1 && j > 1 && ai == b[j-2] && a[i-2] == bj && ai != bj {
				v = math.Min(v, d[i-2][j-2]+0.6)
			}
			d[i][j] = v
		}
	}
	return d[n][m]
}
