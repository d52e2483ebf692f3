package markdown

import (
	"strings"
	"testing"
)

// TestLiteral: every piece of code, markup and address in a small Markdown
// file, and none of its prose.
func TestLiteral(t *testing.T) {
	src := "# Talks in Baghdad\n\n" +
		"The [defence ministry](https://example.com/x_(y) \"statement\") said `fmt.Printf(\"%s\")` and <https://a.b/c>.\n" +
		"See ![the map](map.png) and [the report][ref].\n\n" +
		"```go\nfunc main() { teh() }\n```\n\n" +
		"    indented code\n\n" +
		"<div class=\"x\">raw</div>\n\n" +
		"Text <b>bold</b> end.\n\n" +
		"[ref]: http://example.org/ref\n"
	var got []string
	for _, s := range Literal([]byte(src)) {
		got = append(got, src[s.Start:s.End])
	}
	want := []string{
		"](https://example.com/x_(y) \"statement\")",
		"`fmt.Printf(\"%s\")`",
		"<https://a.b/c>",
		"](map.png)",
		"][ref]",
		"```go\nfunc main() { teh() }\n```",
		"indented code\n",
		"<div class=\"x\">raw</div>\n",
		"<b>", "</b>",
		"[ref]: http://example.org/ref",
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

func TestIsMarkdown(t *testing.T) {
	for p, want := range map[string]bool{"a.md": true, "b/README.MD": true, "c.markdown": true, "d.txt": false, "e.jsonl#7": false} {
		if IsMarkdown(p) != want {
			t.Errorf("IsMarkdown(%q) = %v", p, !want)
		}
	}
}

// FuzzLiteral: any input gives spans inside it, in order, without overlaps.
func FuzzLiteral(f *testing.F) {
	f.Add([]byte("The [a](b(c)) `x` <http://y> ![i](j)\n```\nk\n```\n    l\n<m>\n[n]: o\n"))
	f.Add([]byte("``` \n[x][\n`` ` ``"))
	f.Fuzz(func(t *testing.T, src []byte) {
		end := 0
		for _, s := range Literal(src) {
			if s.Start < end || s.End <= s.Start || s.End > len(src) {
				t.Fatalf("span %v after %d in %d bytes", s, end, len(src))
			}
			end = s.End
		}
	})
}

// BenchmarkLiteral: what a .md file costs on top of its checks, on news text
// with a little markup.
func BenchmarkLiteral(b *testing.B) {
	para := "The [defence ministry](https://example.com/statement) said on Wednesday that `talks` would resume, " +
		"and that the two sides had agreed to meet again in Baghdad next month, officials said.\n\n"
	src := []byte(strings.Repeat("## Talks\n\n"+strings.Repeat(para, 8)+"```\ncode here\n```\n\n", 40))
	b.SetBytes(int64(len(src)))
	for i := 0; i < b.N; i++ {
		Literal(src)
	}
}

func TestFrontMatter(t *testing.T) {
	for _, c := range []struct {
		src  string
		want string // the front matter's text, "" for none
	}{
		{"---\ntitle: x\ntags: [a, b]\n---\n# Body\n", "---\ntitle: x\ntags: [a, b]\n---"},
		{"---\r\ntitle: x\r\n...\r\nBody\r\n", "---\r\ntitle: x\r\n...\r"},
		{"+++\ntitle = 'x'\n+++\nBody\n", "+++\ntitle = 'x'\n+++"},
		{"---\ntitle: never closed\n\nBody\n", ""},
		{"Body\n---\nnot: front matter\n---\n", ""},
		{"", ""},
	} {
		fm := FrontMatter([]byte(c.src))
		if got := c.src[fm.Start:fm.End]; got != c.want {
			t.Errorf("FrontMatter(%q) = %q, want %q", c.src, got, c.want)
		}
	}
}
