package lexicon

import (
	"strings"
	"testing"

	"github.com/klauspost/compress/zstd"
)

// TestVarieties: the embedded table knows the systematic differences, both
// ways, and leaves out words every variety spells alike and spellings SCOWL
// files under one variety for another reason.
func TestVarieties(t *testing.T) {
	v, err := SpellingVarieties()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		word string
		in   Variety
		am   string // the American spelling
		gb   string // the British -ise spelling
	}{
		{"colour", BritishISE | BritishIZE, "color", "colour"},
		{"color", American, "color", "colour"},
		{"organise", BritishISE, "organize", "organise"},
		{"organize", American | BritishIZE, "organize", "organise"},
		{"defence", BritishISE | BritishIZE, "defense", "defence"},
		{"travelled", BritishISE | BritishIZE, "traveled", "travelled"},
		{"centres", BritishISE | BritishIZE, "centers", "centres"},
		{"judgement", BritishISE | BritishIZE, "judgment", "judgement"},
		{"neighbourhood", BritishISE | BritishIZE, "neighborhood", "neighbourhood"},
	} {
		in, ok := v.Of(c.word)
		if !ok || in != c.in {
			t.Errorf("Of(%q) = %v %v, want %v", c.word, in, ok, c.in)
		}
		if got, _ := v.In(c.word, American); got != c.am {
			t.Errorf("In(%q, American) = %q, want %q", c.word, got, c.am)
		}
		if got, _ := v.In(c.word, BritishISE); got != c.gb {
			t.Errorf("In(%q, BritishISE) = %q, want %q", c.word, got, c.gb)
		}
	}
	// Alike in every variety, or two words rather than two spellings (UK "licence" the noun and
	// "license" the verb; "program" for software), or filed under one variety for usage ("flyers").
	for _, w := range []string{"said", "program", "programme", "licence", "practise", "flyers", "tyre", "formae"} {
		if in, ok := v.Of(w); ok {
			t.Errorf("Of(%q) = %v; want no variant", w, in)
		}
	}
}

func TestLoadVarietiesRejectsBadTables(t *testing.T) {
	enc, _ := zstd.NewWriter(nil)
	for _, c := range []struct{ table, want string }{
		{"colour\t6\n", "want 3 fields"},
		{"colour\t9\tcolor\n", "bad mask"},
		{"", "empty table"},
	} {
		_, err := LoadVarieties(enc.EncodeAll([]byte(c.table), nil))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("LoadVarieties(%q): %v, want an error with %q", c.table, err, c.want)
		}
	}
	if _, err := LoadVarieties([]byte("not zstd")); err == nil {
		t.Error("LoadVarieties of bytes that are not zstd: no error")
	}
}

// BenchmarkLoadVarieties: what typo.mixed-spelling adds to a run's start.
func BenchmarkLoadVarieties(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := LoadVarieties(varietiesData); err != nil {
			b.Fatal(err)
		}
	}
}
