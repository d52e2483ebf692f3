package wordtable

import "sync/atomic"

// Cache remembers recent answers about words, keyed by a 64-bit hash of the
// word, in 64 KB that stay near the core: a large Table keeps one in front
// of its slots, and an engine's checks keep one for what they work out per
// spelling, so a spelling met in every document ("said", "Baghdad") is
// worked out once a run rather than once a document. An answer is 16 bits
// of the caller's; Merge adds bits to what an entry holds, so several checks
// can keep their answers about one word in one entry (one cache line to
// miss, not one per check).
//
// Each entry is one machine word, so workers share a Cache with atomic loads,
// stores and compare-and-swap and never see a torn entry: tag<<16 | answer,
// the tag being the top 48 bits of the hash with its top bit set so that no
// entry is 0. Two words share an answer only if they agree in the tag and
// the set, about one pair in 2^60.
//
// The cache is two-way set associative: a word may sit in either entry of
// its set (one 16-byte pair, in one cache line), the one put in last first.
// Direct-mapped, the 2,800 spellings of the benchmark sample's 46
// documents evicted each other often enough that 15% of lookups missed,
// and each miss made several checks work a word out again (6% of a run);
// with two ways, 6% miss, nearly all of them spellings no check asks about. A word is evicted only when two others that share its
// set are put in after it (a hit moves nothing: a store on every hit would
// bounce the line between workers). The zero value is an empty cache.
type Cache struct {
	e [cacheSize]atomic.Uint64
}

const (
	cacheBits = 13 // entries; a set is two of them
	cacheSize = 1 << cacheBits
)

func cacheTag(h uint64) uint64 { return (h>>16 | 1<<47) << 16 }

// cacheIndex is the first entry of h's set.
func cacheIndex(h uint64) uint64 { return (h * mix) >> (64 - cacheBits + 1) << 1 }

// Get returns the answer kept for h, if any (hit).
func (c *Cache) Get(h uint64) (answer uint16, hit bool) {
	i, tag := cacheIndex(h), cacheTag(h)
	if e := c.e[i].Load(); e&^0xffff == tag {
		return uint16(e), true
	}
	if e := c.e[i+1].Load(); e&^0xffff == tag {
		return uint16(e), true
	}
	return 0, false
}

// Put keeps an answer for h, replacing what it had, or else the entry of
// its set put in earliest.
func (c *Cache) Put(h uint64, answer uint16) {
	i, tag := cacheIndex(h), cacheTag(h)
	switch {
	case c.e[i].Load()&^0xffff == tag:
		c.e[i].Store(tag | uint64(answer))
	case c.e[i+1].Load()&^0xffff == tag:
		c.e[i+1].Store(tag | uint64(answer))
	default:
		c.insert(i, tag|uint64(answer))
	}
}

// insert makes e the first entry of the set at i, the first one moving to
// the second place. Racing workers may lose an entry or keep a word twice,
// the first copy with fewer bits: a cache may forget, and bits are only
// ever added, so no answer is ever wrong.
func (c *Cache) insert(i, e uint64) {
	c.e[i+1].Store(c.e[i].Load())
	c.e[i].Store(e)
}

// Merge adds bits to the answer kept for h (to none if h is not kept, which
// then takes the place of the set's entry put in earliest).
func (c *Cache) Merge(h uint64, bits uint16) {
	i, tag := cacheIndex(h), cacheTag(h)
	for k := i; k < i+2; k++ {
		e := &c.e[k]
		for {
			old := e.Load()
			if old&^0xffff != tag {
				break
			}
			next := old | uint64(bits)
			if old == next || e.CompareAndSwap(old, next) {
				return
			}
		}
	}
	c.insert(i, tag|uint64(bits))
}

// forget drops the answer kept for h.
func (c *Cache) forget(h uint64) {
	i, tag := cacheIndex(h), cacheTag(h)
	for k := i; k < i+2; k++ {
		if e := &c.e[k]; e.Load()&^0xffff == tag {
			e.Store(0)
		}
	}
}
