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
// entry is 0. The entry's index comes from all the hash's bits, so two words
// share an answer only if they agree in the tag and the index, about one
// pair in 2^60. The zero value is an empty cache.
type Cache struct {
	e [cacheSize]atomic.Uint64
}

const (
	cacheBits = 13
	cacheSize = 1 << cacheBits
)

func cacheTag(h uint64) uint64   { return (h>>16 | 1<<47) << 16 }
func cacheIndex(h uint64) uint64 { return (h * mix) >> (64 - cacheBits) }

// Get returns the answer kept for h, if any (hit).
func (c *Cache) Get(h uint64) (answer uint16, hit bool) {
	e := c.e[cacheIndex(h)].Load()
	if e&^0xffff != cacheTag(h) {
		return 0, false
	}
	return uint16(e), true
}

// Put keeps an answer for h, replacing whatever shared its entry.
func (c *Cache) Put(h uint64, answer uint16) {
	c.e[cacheIndex(h)].Store(cacheTag(h) | uint64(answer))
}

// Merge adds bits to the answer kept for h (to none if another word holds
// the entry, which h then takes over).
func (c *Cache) Merge(h uint64, bits uint16) {
	e, tag := &c.e[cacheIndex(h)], cacheTag(h)
	for {
		old := e.Load()
		next := tag | uint64(bits)
		if old&^0xffff == tag {
			next |= old
		}
		if old == next || e.CompareAndSwap(old, next) {
			return
		}
	}
}

// forget drops the answer kept for h.
func (c *Cache) forget(h uint64) {
	if e := &c.e[cacheIndex(h)]; e.Load()&^0xffff == cacheTag(h) {
		e.Store(0)
	}
}
