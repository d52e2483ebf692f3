package wordtable

import (
	"fmt"
	"strings"
	"testing"
)

func TestPutGet(t *testing.T) {
	tb := New(4) // small on purpose: the table grows several times
	want := map[string]uint8{}
	for i := 0; i < 20000; i++ {
		w := fmt.Sprintf("w%d", i)
		want[w] = uint8(i % 7) // value 0 included: a stored 0 is still found
		tb.Put(w, uint8(i%7))
	}
	tb.Put("w5", 99) // replacing keeps one entry
	want["w5"] = 99
	if tb.Len() != len(want) {
		t.Errorf("Len = %d, want %d", tb.Len(), len(want))
	}
	for w, v := range want {
		if got, ok := tb.Get(w); !ok || got != v {
			t.Fatalf("Get(%q) = %d, %v; want %d, true", w, got, ok, v)
		}
	}
	for i := 20000; i < 40000; i++ {
		if _, ok := tb.Get(fmt.Sprintf("w%d", i)); ok {
			t.Fatalf("w%d found but never stored", i)
		}
	}
	if _, ok := tb.Get(""); ok {
		t.Error("empty word found")
	}
}

func TestGetFold(t *testing.T) {
	tb := New(10)
	tb.Put("the", 10)
	tb.Put("iraq", 0)
	tb.Put("café", 35)
	for _, c := range []struct {
		w    string
		want bool
	}{{"The", true}, {"THE", true}, {"the", true}, {"IRAQ", true}, {"Café", true}, {"CAFÉ", false}, {"thee", false}} {
		if _, ok := tb.GetFold(c.w); ok != c.want {
			t.Errorf("GetFold(%q) found = %v, want %v", c.w, ok, c.want)
		}
		if _, ok := tb.Get(c.w); ok != (c.w == strings.ToLower(c.w) && c.want) {
			t.Errorf("Get(%q) found = %v", c.w, ok)
		}
	}
}

func TestBuild(t *testing.T) {
	var words []string
	var vals []uint8
	for i := 0; i < 50000; i++ {
		words = append(words, fmt.Sprintf("word%d", i))
		vals = append(vals, uint8(i))
	}
	tb := Build(len(words), func(i int) string { return words[i] }, vals)
	if tb.Len() != len(words) {
		t.Fatalf("Len = %d, want %d", tb.Len(), len(words))
	}
	for i, w := range words {
		if v, ok := tb.Get(w); !ok || v != vals[i] {
			t.Fatalf("Get(%q) = %d, %v; want %d", w, v, ok, vals[i])
		}
	}
	tb.Put("extra", 3) // a built table takes more words
	if v, ok := tb.Get("extra"); !ok || v != 3 {
		t.Errorf("Get(extra) = %d, %v", v, ok)
	}
	if _, ok := tb.Get("word50000"); ok {
		t.Error("word50000 found but never stored")
	}
}

// TestCacheFollowsPut: a large table answers from its cache, and a Put after
// a lookup is seen by the next lookup, found or not before.
func TestCacheFollowsPut(t *testing.T) {
	tb := New(cacheMinSlot)
	if tb.cache == nil {
		t.Fatal("a table of this size should have a cache")
	}
	for i := 0; i < 3*cacheSize; i++ { // more words than cache entries: entries are replaced
		tb.Put(fmt.Sprintf("w%d", i), uint8(i%5))
	}
	for round := 0; round < 2; round++ { // the second round answers from the cache where it can
		for i := 0; i < 3*cacheSize; i++ {
			if v, ok := tb.Get(fmt.Sprintf("w%d", i)); !ok || v != uint8(i%5) {
				t.Fatalf("round %d: Get(w%d) = %d, %v", round, i, v, ok)
			}
		}
	}
	if _, ok := tb.Get("new"); ok {
		t.Fatal("new found before Put")
	}
	tb.Put("new", 7)
	if v, ok := tb.Get("new"); !ok || v != 7 {
		t.Errorf("Get(new) after Put = %d, %v; the cache kept the old answer", v, ok)
	}
	tb.Put("w1", 9)
	if v, _ := tb.Get("w1"); v != 9 {
		t.Errorf("Get(w1) after a second Put = %d, want 9", v)
	}
	if v, ok := tb.GetFold("W1"); !ok || v != 9 {
		t.Errorf("GetFold(W1) = %d, %v", v, ok)
	}
}

func TestCacheGetPut(t *testing.T) {
	var c Cache
	h1, h2 := hash("said"), hash("Baghdad")
	if _, hit := c.Get(h1); hit {
		t.Fatal("empty cache hit")
	}
	c.Put(h1, 3)
	c.Merge(h2, 0x10)
	c.Merge(h2, 0x01) // a second check adds its answer about the same word
	if a, hit := c.Get(h1); !hit || a != 3 {
		t.Errorf("Get(said) = %#x, %v", a, hit)
	}
	if a, hit := c.Get(h2); !hit || a != 0x11 {
		t.Errorf("Get(Baghdad) = %#x, %v; want both merged bits", a, hit)
	}
	// Two more words of the same set: the first replaces nothing, the second
	// evicts the entry put in earliest. An evicted word is a miss, never a
	// wrong answer.
	sameSet := func(from uint64) uint64 {
		o := from + 1<<20 // another tag; look for one with the same set
		for cacheIndex(o) != cacheIndex(h1) {
			o += 1 << 20
		}
		return o
	}
	o1 := sameSet(h1)
	o2 := sameSet(o1)
	c.Merge(o1, 7)
	if a, hit := c.Get(h1); !hit || a != 3 {
		t.Errorf("Get(said) = %#x, %v after another word joined its set", a, hit)
	}
	c.Merge(o2, 5)
	if _, hit := c.Get(h1); hit {
		t.Error("the set's oldest entry still answers after two newer words")
	}
	if a, hit := c.Get(o1); !hit || a != 7 {
		t.Errorf("Get(o1) = %#x, %v; a merge into another word's entry must not keep its bits", a, hit)
	}
	if a, hit := c.Get(o2); !hit || a != 5 {
		t.Errorf("Get(o2) = %#x, %v", a, hit)
	}
	c.Put(o1, 9) // an update stays in place
	if a, hit := c.Get(o2); !hit || a != 5 {
		t.Errorf("Get(o2) = %#x, %v after Put(o1)", a, hit)
	}
	c.forget(o1)
	if _, hit := c.Get(o1); hit {
		t.Error("forgotten word still answers")
	}
}
