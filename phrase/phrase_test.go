package phrase

import (
	"encoding/binary"
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/copydesk/copydesk/document"
)

func TestFind(t *testing.T) {
	m := New([]string{"Leave a Reply", "notify of", "don't miss", "NATO"}, []Options{{}, {}, {}, {Case: true}})
	text := "LEAVE A\u00a0 REPLY here. Notify of. Don’t miss it; leave a replying; nato and NATO."
	d := document.New("x", "x", []byte(text))
	var got []string
	m.Find(d, func(mt Match) { got = append(got, d.Slice(mt.Span)) })
	want := []string{"LEAVE A\u00a0 REPLY", "Notify of", "Don’t miss", "NATO"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q want %q", got, want)
	}
	g := New([]string{"comment image"}, []Options{{Glued: true}})
	d = document.New("x", "x", []byte("from now oncomment image and comment images"))
	got = nil
	g.Find(d, func(mt Match) { got = append(got, d.Slice(mt.Span)) })
	if strings.Join(got, "|") != "comment image" {
		t.Errorf("glued: got %q", got)
	}
}

func TestConcurrentUse(t *testing.T) {
	m := New([]string{"alpha beta"}, nil)
	done := make(chan int)
	for g := 0; g < 4; g++ {
		go func() {
			d := document.New("x", "x", []byte(strings.Repeat("alpha beta gamma ", 1000)))
			n := 0
			m.Find(d, func(Match) { n++ })
			done <- n
		}()
	}
	for g := 0; g < 4; g++ {
		if n := <-done; n != 1000 {
			t.Errorf("got %d matches", n)
		}
	}
}

// reference is the matcher's contract written plainly: from each place a
// phrase may start, the longest phrase that matches there and ends on a word
// boundary; then on after it.
func reference(pats []string, glued []bool, t string) []string {
	var out []string
	for i := 0; i < len(t); i++ {
		if !utf8.RuneStart(t[i]) {
			continue
		}
		inWord := i > 0 && wordByteBefore(t, i) && isWordStart(t, i)
		best := -1
		for k, p := range pats {
			if (inWord && !glued[k]) || !strings.HasPrefix(t[i:], p) || !endBoundary(t, i+len(p)) {
				continue
			}
			if best < 0 || len(p) > len(pats[best]) {
				best = k
			}
		}
		if best >= 0 {
			out = append(out, t[i:i+len(pats[best])])
			i += len(pats[best]) - 1
		}
	}
	return out
}

// randomText strings up to 15 of the pieces together, at random.
func randomText(rng *rand.Rand, pieces []string) string {
	var b strings.Builder
	for k := rng.IntN(14); k >= 0; k-- {
		b.WriteString(pieces[rng.IntN(len(pieces))])
	}
	return b.String()
}

// TestTrieAgreesWithReference: the trie walk finds what the plain search finds,
// on random texts made of the phrases' own pieces.
func TestTrieAgreesWithReference(t *testing.T) {
	// "to the", "image of" and "of a": phrases whose first word starts no
	// shorter phrase, followed by a space and two bytes or fewer.
	pats := []string{"leave a reply", "reply", "notify of", "a reply to", "comment", "comment image", "the", "al-",
		"تعليق", "اترك تعليق", "a", "re", "leave", "to the", "image of", "of a"}
	glued := make([]bool, len(pats))
	opts := make([]Options, len(pats))
	for k, p := range pats {
		glued[k] = p == "al-" || p == "comment image" || p == "re" || p == "تعليق" // glued: one word, two words, non-ASCII
		opts[k].Glued = glued[k]
	}
	m := New(pats, opts)
	pieces := []string{"leave", " ", "a", "reply", "to", "the", "comment", "image", "notify", "of", "al-", "x", ".",
		"اترك", "تعليق", "re", "s", "-", "th", "\n"}
	rng := rand.New(rand.NewPCG(1, 2))
	for n := 0; n < 30000; n++ {
		text := randomText(rng, pieces)
		var got []string
		m.find(text, func(k, s, e int) bool { got = append(got, text[s:e]); return true })
		if want := reference(pats, glued, text); strings.Join(got, "|") != strings.Join(want, "|") {
			t.Fatalf("%q:\ntrie      %q\nreference %q", text, got, want)
		}
	}
}

// Groups are searched as if by separate matchers: a grouped matcher finds the
// union of what one matcher per group finds.
func TestGroupsAreIndependent(t *testing.T) {
	pats := []string{"leave a reply", "reply", "a reply to", "comment", "comment image", "the", "a", "re", "leave", "al-", "image"}
	opts := make([]Options, len(pats))
	glued := make([]bool, len(pats))
	for k := range pats {
		opts[k].Group = k % 3
		glued[k] = pats[k] == "al-"
		opts[k].Glued = glued[k]
	}
	all := New(pats, opts)
	pieces := []string{"leave", " ", "a", "reply", "to", "the", "comment", "image", "al-", "x", ".", "re"}
	rng := rand.New(rand.NewPCG(7, 8))
	for n := 0; n < 20000; n++ {
		text := randomText(rng, pieces)
		var got []string
		all.find(text, func(k, s, e int) bool { got = append(got, fmt.Sprintf("%d-%d:%s", s, e, pats[k])); return true })
		var want []string
		for g := 0; g < 3; g++ {
			var gp []string
			var gg []bool
			for k := range pats {
				if k%3 == g {
					gp, gg = append(gp, pats[k]), append(gg, glued[k])
				}
			}
			one := New(gp, func() []Options {
				o := make([]Options, len(gp))
				for i := range o {
					o[i].Glued = gg[i]
				}
				return o
			}())
			one.find(text, func(k, s, e int) bool { want = append(want, fmt.Sprintf("%d-%d:%s", s, e, gp[k])); return true })
		}
		sort.Strings(got)
		sort.Strings(want)
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Fatalf("%q:\ngrouped   %q\nseparate  %q", text, got, want)
		}
	}
}

// Two callers' phrases that fold alike but differ in case sensitivity are both kept.
func TestCaseVariantsOfOnePhrase(t *testing.T) {
	m := New([]string{"nato", "NATO"}, []Options{{}, {Case: true}})
	d := document.New("x", "x", []byte("Nato said. NATO said."))
	var got []string
	m.Find(d, func(mt Match) { got = append(got, fmt.Sprintf("%d:%s", mt.Index, d.Slice(mt.Span))) })
	if want := "0:Nato|0:NATO"; strings.Join(got, "|") != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestNonWordBytes checks the eight-bytes-at-a-time word test against its
// byte-at-a-time meaning, for every byte value at every place of a word.
func TestNonWordBytes(t *testing.T) {
	for b := 0; b < 256; b++ {
		for pos := 0; pos < 8; pos++ {
			for _, fill := range []byte{'a', ' ', 0xC3, 'Z', '_'} {
				w := []byte{fill, fill, fill, fill, fill, fill, fill, fill}
				w[pos] = byte(b)
				x := binary.LittleEndian.Uint64(w)
				got := nonWordBytes(x)
				var want uint64
				for k, c := range w {
					if !wordASCII[c] {
						want |= 0x80 << (8 * k)
					}
				}
				if got != want {
					t.Fatalf("nonWordBytes(%q) = %#x, want %#x", w, got, want)
				}
			}
		}
	}
	for _, s := range []string{"", "a", "abc def", "abcdefghijklmnop", "abcdefgh_ijklm-n", "x\xc3\xa9y", "0123456789ab cd"} {
		for i := 0; i <= len(s); i++ {
			want := 0
			for i+want < len(s) && wordASCII[s[i+want]] {
				want++
			}
			if got := asciiWordLen(s, i); got != want {
				t.Errorf("asciiWordLen(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
	}
}
