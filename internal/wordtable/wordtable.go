// Package wordtable is a compact read-mostly set of words with a one-byte
// value each (a SCOWL level, a flag), for the lookups a linter does on every
// token. Words are stored only as 56-bit fingerprints in one flat array of
// 8-byte slots, so a lookup hashes the word and reads one or two adjacent
// slots: no pointer to follow, no string to compare. A Go map of the 130,000
// words of the English list spreads keys, values and string bytes over ~6 MB
// and costs three cache misses per lookup; this table is 2 MB and costs one.
//
// A word that is not stored is reported found only if its 64-bit FNV-1a hash
// agrees with a stored word's in the top 56 bits: about one lookup in 2^55,
// far rarer than any other error the checks make.
//
// A large table also keeps a small direct-mapped cache of recent answers
// (see Cache), because its slots do not fit a core's private caches: each
// lookup of a 4 MB table missed the cache and the TLB, about 80 ns, and
// wordtable.get took 14% of a whole run although a news corpus asks about a
// few thousand distinct words.
package wordtable

// Table maps words to a byte. The zero value is not usable; call New.
type Table struct {
	slots []uint64 // fingerprint<<8 | value; 0 is an empty slot
	shift uint
	n     int
	cache *Cache // nil while the table is small enough to stay in a core's caches
}

// cacheMinSlot: tables of 256 KB and more get a Cache in front.
const cacheMinSlot = 1 << 15

// New returns a table sized for about n words (it grows past that).
func New(n int) *Table {
	t := &Table{}
	t.alloc(n)
	return t
}

// alloc makes room for n words at a load of at most 0.7: linear probing
// stays short, and probes of one lookup share a cache line.
func (t *Table) alloc(n int) {
	bits := uint(6)
	for 1<<bits*7 < 10*n {
		bits++
	}
	t.slots = make([]uint64, 1<<bits)
	t.shift = 64 - bits
	if len(t.slots) >= cacheMinSlot && t.cache == nil {
		t.cache = new(Cache)
	}
}

// Len is the number of words stored.
func (t *Table) Len() int { return t.n }

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
	mix       = 0x9E3779B97F4A7C15 // Fibonacci hashing spreads the hash over the index bits
)

func hash(w string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(w); i++ {
		h ^= uint64(w[i])
		h *= fnvPrime
	}
	return h
}

// hashFold is hash of w with ASCII capitals lower-cased, without building the lower-case string.
func hashFold(w string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c-'A' < 26 {
			c += 'a' - 'A'
		}
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

func fingerprint(h uint64) uint64 {
	fp := h >> 8
	if fp == 0 {
		fp = 1
	}
	return fp << 8
}

// Build makes a table of n distinct words, word(i), and their values. The slots are
// filled in the order of their place in the table, so the writes walk the
// memory once instead of missing the cache for every word: the English list
// (354,000 words) builds in a few milliseconds.
func Build(n int, word func(int) string, values []uint8) *Table {
	t := &Table{}
	t.alloc(n)
	const kb = 12 // sort by the top bits of the index: 4,096 runs of neighbouring slots
	sorted := make([]uint64, n)
	var count [1<<kb + 1]int
	for i := range n {
		s := fingerprint(hash(word(i))) | uint64(values[i])
		sorted[i] = s
		count[(s&^0xff)*mix>>(64-kb)+1]++
	}
	for k := 1; k <= 1<<kb; k++ {
		count[k] += count[k-1]
	}
	order := make([]uint64, n)
	for _, s := range sorted {
		k := (s &^ 0xff) * mix >> (64 - kb)
		order[count[k]] = s
		count[k]++
	}
	for _, s := range order {
		t.putSlot(s)
	}
	return t
}

// Put stores w with value v, replacing an earlier value.
func (t *Table) Put(w string, v uint8) {
	if 10*(t.n+1) > 7*len(t.slots) {
		t.grow()
	}
	h := hash(w)
	t.put(h, v)
	if t.cache != nil {
		t.cache.forget(h) // the cached answer may be the old one
	}
}

func (t *Table) put(h uint64, v uint8) {
	fp := fingerprint(h)
	mask := uint64(len(t.slots) - 1)
	for i := indexOf(fp, t.shift); ; i = (i + 1) & mask {
		s := t.slots[i]
		if s == 0 {
			t.slots[i] = fp | uint64(v)
			t.n++
			return
		}
		if s&^0xff == fp {
			t.slots[i] = fp | uint64(v)
			return
		}
	}
}

// grow doubles the table. Slots keep only fingerprints, so rehashing uses
// them: the index of a word is recomputed from its fingerprint's hash bits.
func (t *Table) grow() {
	old := t.slots
	t.alloc(len(old)) // room for len(old) words at a load of 0.7: the next power of two, twice the slots
	t.n = 0
	for _, s := range old {
		if s != 0 {
			t.putSlot(s)
		}
	}
}

// putSlot re-inserts a stored slot; its index comes from the fingerprint alone
// (see indexOf), which is why lookups use the same derivation.
func (t *Table) putSlot(s uint64) {
	mask := uint64(len(t.slots) - 1)
	for i := indexOf(s&^0xff, t.shift); ; i = (i + 1) & mask {
		if t.slots[i] == 0 {
			t.slots[i] = s
			t.n++
			return
		}
	}
}

func indexOf(fp uint64, shift uint) uint64 { return (fp * mix) >> shift }

// Get returns the value of w and whether the table holds it.
func (t *Table) Get(w string) (uint8, bool) { return t.get(hash(w)) }

// GetFold is Get of w with its ASCII capitals lower-cased ("The" finds "the").
func (t *Table) GetFold(w string) (uint8, bool) { return t.get(hashFold(w)) }

func (t *Table) get(h uint64) (uint8, bool) {
	if t.cache == nil {
		return t.lookup(h)
	}
	if a, hit := t.cache.Get(h); hit {
		return uint8(a), a&0x100 != 0
	}
	v, ok := t.lookup(h)
	a := uint16(v)
	if ok {
		a |= 0x100
	}
	t.cache.Put(h, a)
	return v, ok
}

// lookup probes the slots.
func (t *Table) lookup(h uint64) (uint8, bool) {
	fp := fingerprint(h)
	mask := uint64(len(t.slots) - 1)
	for i := indexOf(fp, t.shift); ; i = (i + 1) & mask {
		s := t.slots[i]
		if s == 0 {
			return 0, false
		}
		if s&^0xff == fp {
			return uint8(s), true
		}
	}
}
