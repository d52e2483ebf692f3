package document

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unsafe"
)

func tokenTexts(d *Document) []string {
	var out []string
	for _, t := range d.Tokens {
		out = append(out, d.Text[t.Start:t.End])
	}
	return out
}

func TestTokenize(t *testing.T) {
	cases := []struct {
		in   string
		want string // tokens joined by |
	}{
		{"Gen. Gen. Othman al-Ghanemi met", "Gen|.|Gen|.|Othman|al-Ghanemi|met"},
		{"don’t isn't 2,500 $ 10: 26", "don’t|isn't|2,500|$|10|:|26"},
		{"see twitter.com/Presidency_Sy now", "see|twitter.com/Presidency_Sy|now"},
		{"mail me@example.org or @handle #tag.", "mail|me@example.org|or|@handle|#tag|."},
		{"https://example.com/a?b=c).", "https://example.com/a?b=c|)|."},
		{"US -Russian ((TV))", "US|-|Russian|(|(|TV|)|)"},
		{"اترك تعليق and Иран", "اترك|تعليق|and|Иран"},
		{"20th 1990s COVID-19", "20th|1990s|COVID-19"},
		{"Amon -Ra- DeArmond", "Amon|-|Ra|-|DeArmond"},
	}
	for _, c := range cases {
		d := New("x", "x", []byte(c.in))
		if got := strings.Join(tokenTexts(d), "|"); got != c.want {
			t.Errorf("tokenize(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestTokenKinds(t *testing.T) {
	for _, c := range []struct {
		text string
		want []TokenKind
	}{
		{"Read https://x.org, write a@b.co, ping @ed #news 42", []TokenKind{Word, URL, Punct, Word, Email, Punct, Word, Handle, Hashtag, Number}},
		// Addresses in brackets and quotes: the marks stay tokens of their own.
		{"Free Software <https://fsf.org/> (a@b.co)", []TokenKind{Word, Word, Symbol, URL, Symbol, Punct, Email, Punct}},
		// A Markdown link's address, after "](".
		{"[ISC license](https://en.wikipedia.org/wiki/ISC_license).", []TokenKind{Punct, Word, Word, Punct, Punct, URL, Punct, Punct}},
		// Joined to a word by a hyphen: not an address of its own.
		{"persistent-https://x.org", []TokenKind{Word, Punct, Punct, Punct, Word, Punct, Word}},
	} {
		d := New("x", "x", []byte(c.text))
		var got []TokenKind
		for _, tk := range d.Tokens {
			got = append(got, tk.Kind)
		}
		if fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("%q: kinds %v of %q, want %v", c.text, got, tokenTexts(d), c.want)
		}
	}
}

func TestLinesParagraphsCRLFAndBOM(t *testing.T) {
	raw := "\xEF\xBB\xBFTitle\r\n\r\nFirst line\r\nsecond line\r\n \u00a0\r\nLast"
	d := New("x", "x", []byte(raw))
	var lines []string
	for _, l := range d.Lines {
		lines = append(lines, d.Slice(l))
	}
	if got := strings.Join(lines, "|"); got != "Title||First line|second line| \u00a0|Last" {
		t.Errorf("lines = %q", got)
	}
	var paras []string
	for _, p := range d.Paragraphs {
		paras = append(paras, d.Slice(p))
	}
	if len(paras) != 3 || paras[1] != "First line\r\nsecond line" {
		t.Errorf("paragraphs = %q", paras)
	}
	if p := d.Position(3); p != (Position{1, 1}) {
		t.Errorf("position after BOM = %v, want 1:1", p)
	}
	off := strings.Index(raw, "second")
	if p := d.Position(off); p != (Position{4, 1}) {
		t.Errorf("position of 'second' = %v, want 4:1", p)
	}
}

func TestPositionCountsCodePoints(t *testing.T) {
	raw := "abc\nاترك تعليق x\n"
	d := New("x", "x", []byte(raw))
	off := strings.Index(raw, "x")
	if p := d.Position(off); p != (Position{2, 12}) {
		t.Errorf("got %v, want 2:12", p)
	}
	// Round trip on every rune boundary.
	for i := range raw {
		if got := d.Offset(d.Position(i)); got != i {
			t.Errorf("Offset(Position(%d)) = %d", i, got)
		}
	}
}

func TestSentences(t *testing.T) {
	raw := "Gen. Othman al-Ghanemi met the U.S. envoy on Tuesday. He said “yes.” Then he left!\nHeadline Without Stop\nNext line starts. And ends"
	d := New("x", "x", []byte(raw))
	var got []string
	for _, s := range d.Sentences {
		got = append(got, d.Slice(s))
	}
	want := []string{
		"Gen. Othman al-Ghanemi met the U.S. envoy on Tuesday.",
		"He said “yes.”",
		"Then he left!",
		"Headline Without Stop",
		"Next line starts.",
		"And ends",
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("sentences:\n got %q\nwant %q", got, want)
	}
}

// sameTokens: a and b are the same stretch of one document's tokens.
func sameTokens(a, b []Token) bool {
	return len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0])
}

// TestSentenceTokens: on the seed documents (scraped and translated text,
// headlines, comment threads), each line's and each sentence's tokens as
// segmentation recorded them are the ones TokensIn finds.
func TestSentenceTokens(t *testing.T) {
	paths, _ := filepath.Glob("../testdata/seeds/*.txt")
	if len(paths) == 0 {
		t.Fatal("no seed documents in ../testdata/seeds")
	}
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		d := New(p, p, raw)
		for i, l := range d.Lines {
			if got, want := d.LineTokens(i), d.TokensIn(l); !sameTokens(got, want) {
				t.Fatalf("%s: line %d %q: LineTokens has %d tokens, TokensIn %d", p, i, d.Slice(l), len(got), len(want))
			}
		}
		for i, s := range d.Sentences {
			if got, want := d.SentenceTokens(i), d.TokensIn(s); !sameTokens(got, want) {
				t.Fatalf("%s: sentence %d %q: SentenceTokens has %d tokens, TokensIn %d", p, i, d.Slice(s), len(got), len(want))
			}
		}
	}
}

func TestScriptRuns(t *testing.T) {
	for _, c := range []struct{ raw, want string }{
		{"Leave: اترك تعليق! Then Иран, 2017.", "Latin:Leave|Arabic:اترك تعليق|Latin:Then|Cyrillic:Иран"},
		// Digits and combining marks at a word's end belong to no script: the run ends at the last letter.
		{"COVID19 and كتبَ 12", "Latin:COVID19 and|Arabic:كتب"},
		// Letters outside words: an address, an ordinal's suffix.
		{"see https://ar.example.org/سوريا on the 20th", "Latin:see https://ar.example.org|Arabic:سوريا|Latin:on the 20th"},
		{"Москва-Berlin", "Cyrillic:Москва|Latin:Berlin"},
		{"١٢٣ ...", ""},
	} {
		d := New("x", "x", []byte(c.raw))
		var got []string
		for _, r := range d.Scripts {
			got = append(got, r.Script.String()+":"+d.Slice(r.Span))
		}
		if strings.Join(got, "|") != c.want {
			t.Errorf("%q: script runs = %q, want %q", c.raw, strings.Join(got, "|"), c.want)
		}
	}
}

func TestInvalidUTF8IsKept(t *testing.T) {
	raw := []byte("caf\xe9 au lait")
	d := New("x", "x", raw)
	if d.ValidUTF8 {
		t.Fatal("ValidUTF8 = true for Latin-1 bytes")
	}
	if got := strings.Join(tokenTexts(d), "|"); got != "caf|au|lait" {
		t.Errorf("tokens = %q", got)
	}
	if p := d.Position(len(raw)); p.Line != 1 || p.Column != 13 {
		t.Errorf("end position = %v", p)
	}
}

func TestTokensIn(t *testing.T) {
	d := New("x", "x", []byte("one two three four"))
	toks := d.TokensIn(Span{4, 13})
	if len(toks) != 2 || d.Text[toks[0].Start:toks[0].End] != "two" {
		t.Errorf("TokensIn = %v", toks)
	}
}

// TestPositionOnLongLines: the column index of long lines gives the same
// answers as counting from the line's start.
func TestPositionOnLongLines(t *testing.T) {
	line := strings.Repeat("aé“b ", 3000) // 5 code points, 8 bytes
	d := New("x", "x", []byte("first\n"+line+"\nlast"))
	start := len("first\n")
	for _, k := range []int{0, 1, 4095, 4096, 4097, 9000, 18000, 23999} {
		off := start + k/8*8
		want := Position{Line: 2, Column: k/8*5 + 1}
		if got := d.Position(off); got != want {
			t.Errorf("Position(%d) = %v, want %v", off, got, want)
		}
		if back := d.Offset(want); back != off {
			t.Errorf("Offset(%v) = %d, want %d", want, back, off)
		}
	}
}

func TestWordsInterned(t *testing.T) {
	d := New("t.txt", "t", []byte("The army and the Army: the army's army. 2,500 al-Daesh al-Daesh"))
	seen := map[string]int32{}
	for _, tk := range d.Tokens {
		if tk.Kind != Word {
			if tk.Word != NoWord {
				t.Errorf("%s token %q has word id %d", tk.Kind, d.Slice(tk.Span), tk.Word)
			}
			continue
		}
		w := d.Slice(tk.Span)
		if d.Word(tk.Word) != w {
			t.Errorf("token %q has id %d, which is %q", w, tk.Word, d.Word(tk.Word))
		}
		if id, ok := seen[w]; ok && id != tk.Word {
			t.Errorf("%q has two ids: %d and %d", w, id, tk.Word)
		}
		seen[w] = tk.Word
	}
	want := []string{"The", "army", "and", "the", "Army", "army's", "al-Daesh"}
	var words []string
	for id := 0; id < d.NumWords(); id++ {
		words = append(words, d.Word(int32(id)))
	}
	if !reflect.DeepEqual(words, want) {
		t.Errorf("words = %q, want %q", words, want)
	}
	// Many distinct words: the table grows and keeps every id.
	var b strings.Builder
	for i := 0; i < 5000; i++ {
		fmt.Fprintf(&b, "w%dx ", i)
	}
	d = New("t.txt", "t", []byte(b.String()))
	if d.NumWords() != 5000 {
		t.Fatalf("%d distinct words, want 5000", d.NumWords())
	}
	for i, tk := range d.Tokens {
		if int(tk.Word) != i {
			t.Fatalf("token %d has id %d", i, tk.Word)
		}
	}
	if s := unsafe.Sizeof(Token{}); s != 24 {
		t.Errorf("Token is %d bytes; the word id should fit in the padding (24)", s)
	}
}

// Positions agrees with Position for every offset, in order, out of order and
// across lines, long lines and invalid bytes.
func TestPositionsSweep(t *testing.T) {
	long := strings.Repeat("é word ", 2000)
	text := "\uFEFFfirst line\r\nsecond \xff line\n\n" + long + "\nlast"
	d := New("t.txt", "t", []byte(text))
	var offs []int
	for off := 0; off <= len(text); off += 7 {
		offs = append(offs, off)
	}
	offs = append(offs, 3, len(text), 0, 12, 12)
	got := d.Positions(offs)
	for i, off := range offs {
		if want := d.Position(off); got[i] != want {
			t.Fatalf("Positions at offset %d = %+v, Position says %+v", off, got[i], want)
		}
	}
}

// After Compact, what reports use still works: positions, lines, the word
// count, the text; the segmentation is gone.
func TestCompact(t *testing.T) {
	raw := "First line here.\nSecond “line” with words\n"
	d := New("t.txt", "t", []byte(raw))
	words, pos, lines, fold := d.WordCount(), d.Position(20), len(d.Lines), d.Fold().Text
	d.Compact()
	d.Compact() // twice is harmless
	if d.Tokens != nil || d.NumWords() != 0 || d.Sentences != nil || d.Paragraphs != nil {
		t.Error("segmentation kept after Compact")
	}
	if d.WordCount() != words || d.Position(20) != pos || len(d.Lines) != lines || d.Text != raw {
		t.Errorf("after Compact: words %d (want %d), position %v (want %v), %d lines (want %d)",
			d.WordCount(), words, d.Position(20), pos, len(d.Lines), lines)
	}
	if d.Fold().Text != fold {
		t.Errorf("Fold after Compact = %q, want %q", d.Fold().Text, fold)
	}
	// Expand gives back the same segmentation.
	fresh := New("t.txt", "t", []byte(raw))
	d.Expand()
	if d.Compacted() || !reflect.DeepEqual(d.Tokens, fresh.Tokens) || !reflect.DeepEqual(d.Sentences, fresh.Sentences) ||
		!reflect.DeepEqual(d.Lines, fresh.Lines) || !reflect.DeepEqual(d.words, fresh.words) || !reflect.DeepEqual(d.Scripts, fresh.Scripts) {
		t.Error("Expand does not rebuild the segmentation New makes")
	}
}

func TestParagraphOf(t *testing.T) {
	d := New("p.txt", "p", []byte("One para.\n\nTwo para\nstill two.\n\n\nThree."))
	for _, c := range []struct {
		off  int
		want int
	}{{0, 0}, {8, 0}, {11, 1}, {25, 1}, {10, -1}, {len(d.Text) - 1, 2}} {
		if got := d.ParagraphOf(c.off); got != c.want {
			t.Errorf("ParagraphOf(%d) = %d, want %d (paragraphs %v)", c.off, got, c.want, d.Paragraphs)
		}
	}
}
