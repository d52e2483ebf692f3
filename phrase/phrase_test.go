package phrase

import (
	"strings"
	"testing"

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

// TestNFAAndDFAAgree: the automaton used at start-up and the one that replaces
// it find the same matches.
func TestNFAAndDFAAgree(t *testing.T) {
	pats := []string{"leave a reply", "reply", "notify of", "a reply to", "comment", "comment image", "the"}
	text := document.FoldText("Leave a reply to the comment image. Notify of reply; the comments; a reply to nothing").Text
	find := func(dfa bool) []string {
		ac := *buildAC(pats, dfa)
		var out []string
		for _, m := range ac.FindAll(text) {
			out = append(out, text[m.Start():m.End()])
		}
		return out
	}
	if nfa, dfa := find(false), find(true); strings.Join(nfa, "|") != strings.Join(dfa, "|") || len(nfa) < 5 {
		t.Errorf("NFA %q\nDFA %q", nfa, dfa)
	}
}
