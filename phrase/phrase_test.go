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
