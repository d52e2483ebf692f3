// Package markdown finds the parts of a Markdown file that are not prose: code
// blocks and code spans, raw HTML, link and image destinations, autolinks
// and link reference definitions. copydesk checks .md files as text and drops
// the findings that fall in these parts ("func", "fmt" and "%s" in a code
// block are no typos or leaked placeholders, "https" in a link is no word).
// Parsing is goldmark's (CommonMark); this package only turns its tree into
// byte spans.
package markdown

import (
	"bytes"
	"path/filepath"
	"sort"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// Span is a half-open byte range [Start, End) of the source.
type Span struct{ Start, End int }

// IsMarkdown reports whether a path names a Markdown file by its extension.
func IsMarkdown(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".md", ".markdown", ".mdown", ".mkd":
		return true
	}
	return false
}

// FrontMatter is the metadata block a static-site generator reads at the top
// of a Markdown file: YAML between "---" lines (closed by "---" or "..."), or
// TOML between "+++" lines. Its fields (tags, slugs, authors) are no prose.
// The span is empty when the file has none, or when the block is never closed.
func FrontMatter(src []byte) Span {
	var closers []string
	switch {
	case bytes.HasPrefix(src, []byte("---\n")) || bytes.HasPrefix(src, []byte("---\r\n")):
		closers = []string{"---", "..."}
	case bytes.HasPrefix(src, []byte("+++\n")) || bytes.HasPrefix(src, []byte("+++\r\n")):
		closers = []string{"+++"}
	default:
		return Span{}
	}
	for i := bytes.IndexByte(src, '\n') + 1; i < len(src); {
		end := bytes.IndexByte(src[i:], '\n')
		next := len(src)
		if end >= 0 {
			end += i
			next = end + 1
		} else {
			end = len(src)
		}
		line := strings.TrimRight(string(src[i:end]), " \t\r")
		for _, c := range closers {
			if line == c {
				return Span{0, end}
			}
		}
		i = next
	}
	return Span{}
}

// Literal returns the spans of src that are code, markup or addresses, in
// order and without overlaps (front matter is FrontMatter's).
func Literal(src []byte) []Span {
	doc := goldmark.DefaultParser().Parse(text.NewReader(src))
	var out []Span
	add := func(s, e int) {
		if s >= 0 && e > s && e <= len(src) {
			out = append(out, Span{s, e})
		}
	}
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.FencedCodeBlock:
			add(n.Pos(), closingFenceEnd(src, n))
			return ast.WalkSkipChildren, nil
		case *ast.CodeBlock, *ast.HTMLBlock, *ast.LinkReferenceDefinition:
			if l := n.Lines(); l.Len() > 0 {
				add(l.At(0).Start, l.At(l.Len()-1).Stop)
			}
			return ast.WalkSkipChildren, nil
		case *ast.CodeSpan:
			add(n.Pos(), codeSpanEnd(src, n))
			return ast.WalkSkipChildren, nil
		case *ast.RawHTML:
			for i := 0; i < n.Segments.Len(); i++ {
				s := n.Segments.At(i)
				add(s.Start, s.Stop)
			}
		case *ast.AutoLink:
			if p := n.Pos(); p >= 0 && p < len(src) {
				end := bytes.IndexByte(src[p:], '>')
				if end < 0 {
					end = len(n.URL(src))
				}
				add(p, p+end+1)
			}
		case *ast.Link, *ast.Image:
			// The destination follows the label: from its closing bracket to the end of
			// "(url "title")" or "[ref]".
			if s := labelEnd(n); s >= 0 {
				add(s, destinationEnd(src, s))
			}
		}
		return ast.WalkContinue, nil
	})
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	merged := out[:0]
	for _, s := range out {
		if k := len(merged) - 1; k >= 0 && s.Start <= merged[k].End {
			merged[k].End = max(merged[k].End, s.End)
			continue
		}
		merged = append(merged, s)
	}
	return merged
}

// closingFenceEnd is the end of a fenced block's closing fence line, or of
// its last content line when the block runs to the end of the file.
func closingFenceEnd(src []byte, n *ast.FencedCodeBlock) int {
	end := n.Pos()
	if end < 0 {
		return end
	}
	if l := n.Lines(); l.Len() > 0 {
		end = l.At(l.Len() - 1).Stop
	} else if k := bytes.IndexByte(src[end:], '\n'); k >= 0 {
		end += k + 1 // an empty block: past the opening fence line
	}
	rest := src[end:]
	line := rest
	if k := bytes.IndexByte(rest, '\n'); k >= 0 {
		line = rest[:k]
	}
	if t := bytes.TrimSpace(line); bytes.HasPrefix(t, []byte("```")) || bytes.HasPrefix(t, []byte("~~~")) {
		return end + len(line)
	}
	return end
}

// codeSpanEnd is the end of a code span's closing backticks, as many as open it.
func codeSpanEnd(src []byte, n *ast.CodeSpan) int {
	p := n.Pos()
	if p < 0 {
		return p
	}
	ticks := 0
	for p+ticks < len(src) && src[p+ticks] == '`' {
		ticks++
	}
	if ticks == 0 {
		return p
	}
	k := bytes.Index(src[p+ticks:], bytes.Repeat([]byte{'`'}, ticks))
	if k < 0 {
		return p
	}
	return p + ticks + k + ticks
}

// labelEnd is the offset of a link's "]": after the last text of its label,
// or one past its "[" when the label is empty.
func labelEnd(n ast.Node) int {
	end := -1
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if t, ok := c.(*ast.Text); ok && entering {
			end = max(end, t.Segment.Stop)
		}
		return ast.WalkContinue, nil
	})
	if end < 0 && n.Pos() >= 0 {
		end = n.Pos() + 1
		if _, img := n.(*ast.Image); img {
			end++ // "!["
		}
	}
	return end
}

// destinationEnd is the end of "](url "title")" or "][ref]" starting at s,
// with balanced parentheses; s itself when neither follows.
func destinationEnd(src []byte, s int) int {
	if s < 0 || s+1 >= len(src) || src[s] != ']' {
		return s
	}
	open, close := src[s+1], byte(')')
	switch open {
	case '(':
	case '[':
		close = ']'
	default:
		return s + 1 // a shortcut reference "[text]": only the bracket
	}
	depth := 0
	for i := s + 1; i < len(src); i++ {
		switch src[i] {
		case '\\':
			i++
		case open:
			depth++
		case close:
			depth--
			if depth == 0 {
				return i + 1
			}
		case '\n':
			if open == '[' {
				return s
			}
		}
	}
	return s
}
