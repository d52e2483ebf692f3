package document

import (
	"reflect"
	"slices"
	"testing"
)

// TestBuffersRecycled: documents segmented one after another with one
// Buffers, each compacted before the next, get the segmentation they would
// get alone, and a compacted document segments again correctly.
func TestBuffersRecycled(t *testing.T) {
	texts := []string{
		"Osman Al-Ghanmi said on Tuesday that the operation would start soon.\n\nLeave a Reply",
		"Short.",
		"A longer text, with more words than the first one had, so the slices must grow: " +
			"the table of spellings, the tokens, the hashes; and again the table of spellings.",
		"",
		"Osman Al-Ghanmi said on Tuesday that the operation would start soon.\n\nLeave a Reply",
	}
	var b Buffers
	var docs []*Document
	for _, s := range texts {
		want := New("x", "x", []byte(s))
		d := NewDeferred("x", "x", []byte(s))
		d.ExpandWith(&b)
		if !reflect.DeepEqual(d.Tokens, want.Tokens) || d.NumWords() != want.NumWords() {
			t.Fatalf("%q: tokens differ from a document segmented alone", s)
		}
		if !slices.Equal(d.Sentences, want.Sentences) || !slices.Equal(d.sentToks, want.sentToks) || !slices.Equal(d.lineToks, want.lineToks) {
			t.Fatalf("%q: sentences differ from a document segmented alone", s)
		}
		if f, wf := d.Fold(), want.Fold(); f.Text != wf.Text || !reflect.DeepEqual(f.cps, wf.cps) {
			t.Fatalf("%q: folded %q, alone %q", s, f.Text, wf.Text)
		}
		for id := int32(0); id < int32(d.NumWords()); id++ {
			if d.Word(id) != want.Word(id) || d.WordHash(id) != want.WordHash(id) {
				t.Fatalf("%q: word %d is %q, want %q", s, id, d.Word(id), want.Word(id))
			}
		}
		d.Compact()
		if d.Tokens != nil {
			t.Fatal("Compact kept the tokens")
		}
		docs = append(docs, d)
	}
	d := docs[0]
	d.ExpandWith(&b)
	if want := New("x", "x", []byte(texts[0])); !reflect.DeepEqual(d.Tokens, want.Tokens) {
		t.Error("a compacted document segmented again differs")
	}
}
