package checks

import (
	"context"
	"fmt"
	"html"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/document"
)

// htmlResidueCheck finds HTML that a scraper left in the text: character
// references a browser would have shown as one character ("&amp;",
// "&#8217;", "&nbsp;", "&amp;#8217;" encoded twice), tags ("<br>", "</p>",
// `<a href="…">`), comments, and script or style elements whole. A document
// that is an HTML page is one finding instead: copydesk checks text, and the
// page's text has to be extracted first. Tag names come from the markup pack.
type htmlResidueCheck struct {
	kind      map[string]tagKind // lower-case element name -> how its tag is removed
	shortcode map[string]tagKind // WordPress shortcode name -> tagInline, or tagRaw for one whose content goes too
}

// tagKind says what removing a tag does to the text around it.
type tagKind uint8

const (
	tagInline  tagKind = iota + 1 // inside a line: removed, the words are as a browser showed them
	tagBlock                      // breaks a line: between two words its place needs a space
	tagRaw                        // holds code (script, style): the whole element goes
	tagComment                    // <!-- … -->
)

var tagKindOf = map[string]tagKind{"inline": tagInline, "block": tagBlock, "raw": tagRaw}

// shortcodeKindOf are the markup pack's shortcode entries: a tag removed
// alone ([caption …], [/caption]) or with its content ([embed]URL[/embed]).
var shortcodeKindOf = map[string]tagKind{"shortcode": tagInline, "shortcode-raw": tagRaw}

func init() {
	Register(Family{ID: "format.html", Rules: []RuleInfo{
		{ID: "format.html-residue", Category: Formatting, Severity: Warning, Fixable: true,
			Description: "HTML left in the text by a scraper: character references (\"&amp;\", \"&#8217;\", \"&nbsp;\"), tags (\"<br>\", \"</p>\", \"<a href=…>\"), comments and scripts."},
		{ID: "format.html-page", Category: Formatting, Severity: Error,
			Description: "The document is an HTML page, not text: its text has to be extracted before it is checked."},
	}, New: newHTMLResidue})
}

func newHTMLResidue(s *Setup) (Check, error) {
	c := &htmlResidueCheck{kind: map[string]tagKind{}, shortcode: map[string]tagKind{}}
	for _, e := range s.Packs.ForRule("format.html-residue") {
		into, k := c.kind, tagKindOf[e.ID]
		if k == 0 {
			into, k = c.shortcode, shortcodeKindOf[e.ID]
		}
		if k == 0 {
			return nil, fmt.Errorf("%s: markup entry %q: the id must be inline, block, raw, shortcode or shortcode-raw", e.Source, e.ID)
		}
		for _, w := range e.Words {
			into[strings.ToLower(w)] = k
		}
	}
	return c, nil
}

func (*htmlResidueCheck) ID() string { return "format.html" }

// Windows bound how far a tag, a comment and a raw element may reach.
const (
	tagWindow     = 2000
	commentWindow = 4000
	rawWindow     = 64 << 10
)

func (c *htmlResidueCheck) Check(ctx context.Context, d *document.Document, emit func(Finding)) {
	t := d.Text
	if s, ok := htmlPage(t); ok {
		emit(Finding{Rule: "format.html-page", Category: Formatting, Span: s, Confidence: 1,
			Message: "The document is an HTML page, not text: extract the article's text first (copydesk checks text)"})
		return
	}
	ends := &closers{t: t}
	starts := newByteFinder(t, "&<[")
	for i := 0; i < len(t); i++ {
		if i = starts.from(i); i == len(t) {
			return
		}
		var f Finding
		switch t[i] {
		case '&':
			f = charRefFinding(t, i)
		case '<':
			f = c.tagFinding(t, i, ends)
		default:
			f = c.shortcodeFinding(t, i, ends)
		}
		if f.Rule == "" {
			continue
		}
		emit(f)
		i = f.Span.End - 1
	}
}

// htmlPage: the text starts, after white space, with a doctype or an html
// tag. The span is that first tag.
func htmlPage(t string) (document.Span, bool) {
	s := len(t) - len(strings.TrimLeft(t, " \t\r\n\ufeff"))
	head := t[s:min(len(t), s+tagWindow)]
	low := strings.ToLower(head[:min(len(head), 15)])
	if !strings.HasPrefix(low, "<!doctype html") && !strings.HasPrefix(low, "<html>") && !strings.HasPrefix(low, "<html ") {
		return document.Span{}, false
	}
	e := strings.IndexByte(head, '>')
	if e < 0 {
		return document.Span{}, false
	}
	return document.Span{Start: s, End: s + e + 1}, true
}

// charRefFinding reports the character reference at t[i] ('&'), if there is
// one: "&name;" for a name HTML knows, "&#8217;", "&#x2019;". "&amp;"
// followed by the body of another reference was encoded twice and is one
// finding. "AT&T" and "R&D" have no semicolon and are left alone.
func charRefFinding(t string, i int) Finding {
	e := charRefEnd(t, i)
	if e == 0 {
		return Finding{}
	}
	raw := t[i:e]
	shown := html.UnescapeString(raw)
	twice := ""
	if raw == "&amp;" {
		window := "&" + t[e:min(len(t), e+40)]
		if e2 := charRefEnd(window, 0); e2 > 0 {
			e += e2 - 1
			raw = t[i:e]
			shown = html.UnescapeString(window[:e2])
			twice = ", encoded twice,"
		}
	}
	f := Finding{Rule: "format.html-residue", Category: Formatting, Span: document.Span{Start: i, End: e}, Confidence: 0.95}
	switch {
	case shown == "\u00a0" || shown == "\u202f" || shown == "\u2009":
		f.Message = fmt.Sprintf("HTML character reference %q%s (a no-break or thin space) left in the text; write a space", raw, twice)
		f.Fixes = []Fix{{Replacement: " ", Safe: true}}
	case invisible(shown):
		f.Message = fmt.Sprintf("HTML character reference %q%s (an invisible or invalid character) left in the text; remove it", raw, twice)
		f.Fixes = []Fix{{Replacement: "", Safe: true}}
	default:
		verb := "a browser shows"
		if twice != "" {
			verb = "it stood for" // a browser shows the inner reference itself
		}
		f.Message = fmt.Sprintf("HTML character reference %q%s left in the text; %s %q", raw, twice, verb, shown)
		f.Fixes = []Fix{{Replacement: shown, Safe: true}}
	}
	return f
}

// charRefEnd returns the end of the character reference at t[i] ('&'), or 0.
func charRefEnd(t string, i int) int {
	j := i + 1
	if j < len(t) && t[j] == '#' {
		j++
		hex := j < len(t) && (t[j] == 'x' || t[j] == 'X')
		if hex {
			j++
		}
		k := j
		for k < len(t) && k-j < 7 && (t[k] >= '0' && t[k] <= '9' || hex && strings.IndexByte("abcdefABCDEF", t[k]) >= 0) {
			k++
		}
		if k == j || k >= len(t) || t[k] != ';' {
			return 0
		}
		return k + 1
	}
	k := j
	for k < len(t) && k-j < 32 && asciiWord(t[k]) && t[k] != '_' {
		k++
	}
	if k == j || k >= len(t) || t[k] != ';' || t[j] >= '0' && t[j] <= '9' {
		return 0
	}
	// A name HTML knows decodes to one or two characters; Go's decoder also
	// reads legacy names without a semicolon ("&ampx;" -> "&x;"), which are
	// not references.
	raw := t[i : k+1]
	dec := html.UnescapeString(raw)
	if dec == raw || strings.ContainsRune(dec, ';') || utf8.RuneCountInString(dec) > 2 {
		return 0
	}
	return k + 1
}

// invisible: a decoded reference a reader would not see (a soft hyphen, a
// zero-width or control character) or an invalid one (U+FFFD).
func invisible(s string) bool {
	for _, r := range s {
		if !(unicode.Is(unicode.Cf, r) || unicode.IsControl(r) || r == utf8.RuneError) {
			return false
		}
	}
	return true
}

// tagFinding reports the tag, comment or raw element at t[i] ('<'), if
// there is one. A tag name must be one of the markup pack's, written all in
// lower case or all in capitals ("<Time>" is a title set in angle brackets
// by machine translation from Chinese, not a tag), and attributes need an
// "=" ("a<b and c>d" is arithmetic).
func (c *htmlResidueCheck) tagFinding(t string, i int, ends *closers) Finding {
	rest := t[i:min(len(t), i+tagWindow)]
	f := Finding{Rule: "format.html-residue", Category: Formatting, Confidence: 0.9}
	if strings.HasPrefix(rest, "<!--") {
		k := ends.find(i+4, "-->")
		if k < 0 || k-i > commentWindow {
			return Finding{}
		}
		f.Span = document.Span{Start: i, End: k + 3}
		f.Message = "HTML comment left in the text; remove it"
		f.Fixes = []Fix{{Replacement: "", Safe: true}}
		return f
	}
	j := 1
	closing := j < len(rest) && rest[j] == '/'
	if closing {
		j++
	}
	k := j
	for k < len(rest) && (rest[k] >= 'a' && rest[k] <= 'z' || rest[k] >= 'A' && rest[k] <= 'Z' || k > j && rest[k] >= '0' && rest[k] <= '9') {
		k++
	}
	name := rest[j:k]
	low := strings.ToLower(name)
	kind := c.kind[low]
	if kind == 0 || name != low && name != strings.ToUpper(name) {
		return Finding{}
	}
	var end int
	switch {
	case k < len(rest) && rest[k] == '>':
		end = k + 1
	case k+1 < len(rest) && rest[k] == '/' && rest[k+1] == '>':
		end = k + 2
	case k < len(rest) && (rest[k] == ' ' || rest[k] == '\t') && !closing:
		gt := attributesEnd(rest, k)
		if gt < 0 {
			return Finding{}
		}
		end = gt + 1
	default:
		return Finding{}
	}
	tag := rest[:end]
	end += i
	if kind == tagRaw && !closing {
		// The element whole, up to its end tag.
		if m := ends.find(end, "</"+low); m >= 0 && m-end <= rawWindow {
			if gt := strings.IndexByte(t[m:min(len(t), m+tagWindow)], '>'); gt >= 0 {
				end = m + gt + 1
			}
		}
		f.Span = document.Span{Start: i, End: end}
		f.Message = fmt.Sprintf("HTML %s element left in the text; remove it", low)
		f.Fixes = []Fix{{Replacement: "", Safe: true}}
		return f
	}
	f.Span = document.Span{Start: i, End: end}
	f.Message = fmt.Sprintf("HTML tag %q left in the text; remove it", tag)
	// Between two words a block tag was a line break: a space keeps them
	// apart, and whether a line break was meant is the editor's call.
	if kind == tagBlock && i > 0 && end < len(t) && !edgeSpace(t[i-1]) && !edgeSpace(t[end]) {
		f.Fixes = []Fix{{Replacement: " ", Safe: false}}
	} else {
		f.Fixes = []Fix{{Replacement: "", Safe: true}}
	}
	return f
}

// shortcodeFinding reports the WordPress shortcode at t[i] ('['), if there
// is one: "[name]", "[/name]" or "[name attr=…]" for a name of the markup
// pack's, in lower case, on one line. Content management systems expand
// them when they render a page; copy taken from a feed or an export keeps
// them raw. A raw shortcode ([embed]) goes with its content.
func (c *htmlResidueCheck) shortcodeFinding(t string, i int, ends *closers) Finding {
	rest := t[i:min(len(t), i+tagWindow)]
	j := 1
	closing := j < len(rest) && rest[j] == '/'
	if closing {
		j++
	}
	k := j
	for k < len(rest) && (rest[k] >= 'a' && rest[k] <= 'z' || k > j && (rest[k] >= '0' && rest[k] <= '9' || rest[k] == '_' || rest[k] == '-')) {
		k++
	}
	name := rest[j:k]
	kind := c.shortcode[name]
	if kind == 0 || k >= len(rest) {
		return Finding{}
	}
	end := k + 1
	if rest[k] != ']' {
		if closing || rest[k] != ' ' {
			return Finding{}
		}
		rb := strings.IndexAny(rest[k:], "]\n")
		if rb < 0 || rest[k+rb] != ']' || !strings.Contains(rest[k:k+rb], "=") {
			return Finding{}
		}
		end = k + rb + 1
	}
	tag := rest[:end]
	end += i
	f := Finding{Rule: "format.html-residue", Category: Formatting, Confidence: 0.9, Fixes: []Fix{{Replacement: "", Safe: true}}}
	if kind == tagRaw && !closing {
		if m := ends.find(end, "[/"+name+"]"); m >= 0 && m-end <= tagWindow {
			f.Span = document.Span{Start: i, End: m + len(name) + 3}
			f.Message = fmt.Sprintf("WordPress [%s] shortcode left in the text with its content; remove it", name)
			return f
		}
	}
	f.Span = document.Span{Start: i, End: end}
	f.Message = fmt.Sprintf("WordPress shortcode %q left in the text; remove it", tag)
	return f
}

// attributesEnd returns the index of the '>' that ends a tag's attributes
// starting at rest[k], or -1: quoted values may hold '>', the tag stays on
// one line, and at least one attribute has a value.
func attributesEnd(rest string, k int) int {
	sawValue := false
	for ; k < len(rest); k++ {
		switch b := rest[k]; b {
		case '"', '\'':
			q := strings.IndexByte(rest[k+1:], b)
			if q < 0 {
				return -1
			}
			k += q + 1
		case '=':
			sawValue = true
		case '\n', '<':
			return -1
		case '>':
			if !sawValue {
				return -1
			}
			return k
		}
	}
	return -1
}

// closers finds where comments and raw elements end. It remembers, for each
// marker, the next place found, so each stretch of text is searched once: a
// page of "<script>" or "<!--" that never close stays a linear scan, where a
// search per opening was quadratic.
type closers struct {
	t    string
	next map[string]int // marker -> its next index at or after the last query; -1: none left
}

// find returns the index of the first marker at or after from (ASCII case
// ignored), or -1. Successive calls for one marker must not go back.
func (c *closers) find(from int, marker string) int {
	if k, ok := c.next[marker]; ok && (k < 0 || k >= from) {
		return k
	}
	k := indexFoldASCII(c.t[min(from, len(c.t)):], marker)
	if k >= 0 {
		k += from
	}
	if c.next == nil { // most documents have no comment or script: no map for them
		c.next = map[string]int{}
	}
	c.next[marker] = k
	return k
}

// indexFoldASCII is strings.Index with ASCII letters of marker matched in
// either case, without a lower-case copy of the text.
func indexFoldASCII(t, marker string) int {
	for i := 0; i+len(marker) <= len(t); {
		k := strings.IndexByte(t[i:], marker[0])
		if k < 0 || i+k+len(marker) > len(t) {
			return -1
		}
		i += k
		if strings.EqualFold(t[i:i+len(marker)], marker) {
			return i
		}
		i++
	}
	return -1
}

// edgeSpace: white space or a line end, next to which a removed tag leaves no words joined.
func edgeSpace(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }
