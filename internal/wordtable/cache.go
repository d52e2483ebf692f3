package wordtable

import "sync/atomic"

// Cache remembers recent answers about words, keyed by a 64-bit hash of the
// word, in 64 KB that stay in a core's L2: a large Table keeps one in front
// of its slots, and checks keep one for what they work out per spelling, so
// a spelling met in every document ("said", "Baghdad") is worked out once a
// run rather than once a document. An answer is a byte and whether it was
// found.
//
// Each entry is one word, so workers share a Cache with plain atomic loads
// and stores and never see a torn entry: tag<<9 | found<<8 | value, the tag
// being the top 55 bits of the hash with its top bit set so that no entry is
// 0. Two words agreeing in those 55 bits share an answer, as rare as a
// Table's own fingerprint collisions. The zero value is an empty cache.
type Cache struct {
	e [cacheSize]atomic.Uint64
}

const (
	cacheBits = 13
	cacheSize = 1 << cacheBits
)

func cacheTag(h uint64) uint64   { return (h>>9 | 1<<54) << 9 }
func cacheIndex(h uint64) uint64 { return (h * mix) >> (64 - cacheBits) }

// Get returns the answer kept for h, if any (hit).
func (c *Cache) Get(h uint64) (v uint8, found, hit bool) {
	e := c.e[cacheIndex(h)].Load()
	if e&^0x1ff != cacheTag(h) {
		return 0, false, false
	}
	return uint8(e), e&0x100 != 0, true
}

// Put keeps an answer for h, replacing whatever shared its entry.
func (c *Cache) Put(h uint64, v uint8, found bool) {
	e := cacheTag(h) | uint64(v)
	if found {
		e |= 0x100
	}
	c.e[cacheIndex(h)].Store(e)
}

// forget drops the answer kept for h.
func (c *Cache) forget(h uint64) {
	if e := &c.e[cacheIndex(h)]; e.Load()&^0x1ff == cacheTag(h) {
		e.Store(0)
	}
}
